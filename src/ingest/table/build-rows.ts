import type { Body, BodyLine } from "./body-lines.ts";
import { joinText } from "./pick-column.ts";
import { continuesLabel, readsAsContinuation } from "./row-label.ts";

/** Body rows and, for each, the source lines it was built from. */
export interface Rows {
  readonly rows: readonly (readonly string[])[];
  readonly rowLines: readonly (readonly number[])[];
}

/** One or more body lines read together: held text lines merged into the data line that follows them. */
interface Piece {
  readonly cells: readonly string[];
  readonly lines: readonly number[];
  readonly labelStart: number | undefined;
}

interface DraftRow {
  readonly cells: string[];
  readonly lines: Set<number>;
}

/** The row that opened the current record (one person, one item) and where its label was printed. */
interface OpenRecord {
  readonly first: number;
  readonly labelStart: number | undefined;
}

function mergePieces(pieces: readonly Piece[]): Piece {
  const width = Math.max(...pieces.map((piece) => piece.cells.length));
  return {
    cells: Array.from({ length: width }, (_, column) =>
      pieces.reduce((text, piece) => joinText(text, piece.cells[column] ?? ""), ""),
    ),
    lines: pieces.flatMap((piece) => piece.lines),
    labelStart: pieces.find((piece) => piece.labelStart !== undefined)?.labelStart,
  };
}

function toPiece(line: BodyLine): Piece {
  return { cells: line.cells, lines: [line.line], labelStart: line.labelStart };
}

/** Assembles rows line by line, following how fixed-width filings wrap labels and stack years. */
class RowAssembler {
  readonly drafts: DraftRow[] = [];
  private record: OpenRecord | undefined;
  private held: Piece[] = [];

  constructor(private readonly labelled: boolean) {}

  /** A blank line or a rule ends the group: text held so far becomes a row of its own. */
  closeGroup(): void {
    if (this.held.length > 0) this.startRecord(mergePieces(this.held));
    this.held = [];
    this.record = undefined;
  }

  addDataLine(line: BodyLine): void {
    const piece = toPiece(line);
    const label = piece.cells[0] ?? "";
    if (this.held.length > 0) {
      this.startRecord(mergePieces([...this.held, piece]));
      this.held = [];
    } else if (!this.record || !this.labelled) {
      this.startRecord(piece);
    } else if (label === "") {
      this.pushRow(piece);
    } else if (continuesLabel({ text: label, start: piece.labelStart ?? 0 }, this.record.labelStart)) {
      this.appendCell(this.record.first, 0, label, piece.lines);
      this.pushRow({ ...piece, cells: ["", ...piece.cells.slice(1)] });
    } else {
      this.startRecord(piece);
    }
  }

  addTextLine(line: BodyLine, following: readonly BodyLine[]): void {
    if (this.isHeading(line)) {
      // The heading ends any label wrapped above it, and the rows below it are records of their own.
      this.held.push(toPiece(line));
      this.closeGroup();
      return;
    }
    if (!this.record || this.held.length > 0 || this.opensRecord(line, following)) {
      this.held.push(toPiece(line));
      return;
    }
    const last = this.drafts.length - 1;
    line.cells.forEach((cell, column) => {
      // The label column gathers on the record's first row; other wrapped cells belong to the latest row.
      const target = this.labelled && column === 0 && this.record ? this.record.first : last;
      if (cell !== "") this.appendCell(target, column, cell, [line.line]);
    });
  }

  /** Returns whether a text-only label line opens a new record instead of continuing the current one. */
  private opensRecord(line: BodyLine, following: readonly BodyLine[]): boolean {
    const label = line.cells[0] ?? "";
    const start = line.labelStart;
    if (!this.labelled || label === "" || /^[a-z]/.test(label) || start === undefined) return false;
    if (line.cells.some((cell, column) => column > 0 && cell !== "")) return false;
    const recordStart = this.record?.labelStart;
    if (recordStart !== undefined && start > recordStart) return false;
    return isCapitalHeading(label, following[0]) || wrapsToData(start, following);
  }

  private isHeading(line: BodyLine): boolean {
    return this.labelled && isHeadingLine(line);
  }

  private startRecord(piece: Piece): void {
    this.pushRow(piece);
    this.record = { first: this.drafts.length - 1, labelStart: piece.labelStart };
  }

  private pushRow(piece: Piece): void {
    this.drafts.push({ cells: [...piece.cells], lines: new Set(piece.lines) });
  }

  private appendCell(row: number, column: number, text: string, lines: readonly number[]): void {
    const draft = this.drafts[row];
    if (!draft) throw new Error(`expected a row ${row} to append to, not none`);
    draft.cells[column] = joinText(draft.cells[column] ?? "", text);
    lines.forEach((line) => draft.lines.add(line));
  }
}

/** A line in capitals over a mixed-case data line names the section below it (`INSTRUMENTS` / `Sales....`). */
function isCapitalHeading(label: string, next: BodyLine | undefined): boolean {
  const nextLabel = next?.cells[0] ?? "";
  return /[A-Z]/.test(label) && !/[a-z]/.test(label) && next?.isData === true && /[a-z]/.test(nextLabel);
}

/**
 * Returns whether the label wraps, indented or in lowercase, down to a data line with no blank line
 * between (`Jean-Baptiste` / `  Dupont.....  180,000`).
 */
function wrapsToData(start: number, following: readonly BodyLine[]): boolean {
  for (const next of following) {
    const nextLabel = next.cells[0] ?? "";
    const wraps = nextLabel !== "" && ((next.labelStart ?? 0) > start || /^[a-z]/.test(nextLabel));
    if (next.kind === "separator" || !wraps) return false;
    // A heading below ends the wrap; it continues this line only if it reads as a continuation.
    if (isHeadingLine(next)) return readsAsContinuation(nextLabel);
    if (next.isData) return true;
  }
  return false;
}

/** Returns whether a label-only line ends in a colon, heading the rows below it (`Current assets:`). */
function isHeadingLine(line: BodyLine): boolean {
  const label = line.cells[0] ?? "";
  return label.endsWith(":") && line.cells.every((cell, column) => column === 0 || cell === "");
}

/** Returns the body rows of a table: one row per data line, wrapped text joined into the cells it continues. */
export function buildRows(body: Body): Rows {
  const assembler = new RowAssembler(body.labelled);
  body.lines.forEach((line, index) => {
    if (line.kind === "separator") assembler.closeGroup();
    else if (line.isData) assembler.addDataLine(line);
    else assembler.addTextLine(line, body.lines.slice(index + 1));
  });
  assembler.closeGroup();
  return {
    rows: assembler.drafts.map((draft) => draft.cells),
    rowLines: assembler.drafts.map((draft) => [...draft.lines].sort((a, b) => a - b)),
  };
}
