import { rowQuote, type DocTable, type FilingDoc } from "../filing-doc.ts";
import type { ExtraCell, FootnoteMark, UnreadCell } from "../../model/compensation.ts";
import type { Source } from "../../model/facts.ts";
import { centsOf, countOf, percentOf, type CellValue } from "./cell-values.ts";
import { isoFromDateText } from "./dates.ts";
import { parseCell, type CellReading, type ParsedCell } from "./parse-cell.ts";

/**
 * Reads the cells of one table row by column kind, collecting footnote marks, unread cells and extra columns.
 * The "name" column is the caller's to read; a table without one (a pay-versus-performance table starts with
 * its year) gives its first column a kind of its own.
 */
export class RowReader<K extends string> {
  readonly footnotes: FootnoteMark[] = [];
  readonly unread: UnreadCell[] = [];
  readonly extra: ExtraCell[] = [];
  private readonly cells = new Map<string, ParsedCell>();

  constructor(
    row: readonly string[],
    columns: readonly (K | "name" | null)[],
    header: readonly string[],
    nameMarks: readonly string[],
  ) {
    this.footnotes.push(...nameMarks.map((mark) => ({ field: "name", mark })));
    row.forEach((text, index) => {
      const kind = columns[index];
      if (kind === "name") return;
      const cell = parseCell(text);
      if (!kind) {
        if (cell.printed) this.extra.push({ header: header[index] ?? "", printed: cell.printed });
        return;
      }
      this.cells.set(kind, cell);
      this.footnotes.push(...cell.marks.map((mark) => ({ field: kind, mark })));
    });
  }

  /** Returns a money cell in cents. */
  cents(kind: K): number | null {
    return this.take(kind, this.cells.get(kind), (reading) => centsOf(reading));
  }

  /** Returns a share-count cell. */
  count(kind: K): number | null {
    return this.take(kind, this.cells.get(kind), (reading) => countOf(reading));
  }

  /** Returns a percent cell as its exact decimal, and whether it prints "*". */
  percent(kind: K): { value: string | null; lessThanOne: boolean } {
    const cell = this.cells.get(kind);
    return { value: this.take(kind, cell, (reading) => percentOf(reading)), lessThanOne: cell?.reading.kind === "less-than-one-percent" };
  }

  /** Returns the two figures of a "a / b" cell, each read as money or as a count. */
  pair(kind: K, fields: readonly [string, string], as: "cents" | "count"): [number | null, number | null] {
    const cell = this.cells.get(kind);
    const read = as === "cents" ? centsOf : countOf;
    if (!cell || cell.reading.kind === "blank" || cell.reading.kind === "none") return [null, null];
    if (cell.reading.kind !== "pair") {
      this.unread.push({ field: fields[0], printed: cell.printed, reason: "expected two figures split by /" });
      return [null, null];
    }
    const { first, second } = cell.reading;
    return [this.take(fields[0], cell, () => read(first)), this.take(fields[1], cell, () => read(second))];
  }

  /** Returns a cell read by a reader of the caller's, keeping the cell as unread with the reader's reason when it gives one. */
  read<T>(kind: K, reader: (cell: ParsedCell) => CellValue<T>): T | null {
    const cell = this.cells.get(kind);
    return cell ? this.take(kind, cell, () => reader(cell)) : null;
  }

  /** Returns a date cell as ISO ("8/23/06" → "2006-08-23"). */
  date(kind: K, filingDate: string): string | null {
    const cell = this.cells.get(kind);
    if (!cell || cell.reading.kind === "blank" || cell.reading.kind === "none") return null;
    const iso = isoFromDateText(cell.printed.replace(/\s*\((?:\d{1,2}|[A-Za-z])\)$/, ""), filingDate);
    if (iso === null) this.unread.push({ field: kind, printed: cell.printed, reason: "not a date" });
    return iso;
  }

  private take<T>(field: string, cell: ParsedCell | undefined, read: (reading: CellReading) => CellValue<T>): T | null {
    if (!cell) return null;
    const { value, problem } = read(cell.reading);
    if (problem) this.unread.push({ field, printed: cell.printed, reason: problem });
    return value;
  }
}

/** Returns the source of a table row: the table's anchor and the row as printed. */
export function rowSource(doc: FilingDoc, table: DocTable, row: readonly string[]): Source {
  return { filing: doc.id, section: table.section, quote: rowQuote(row), line: table.line };
}
