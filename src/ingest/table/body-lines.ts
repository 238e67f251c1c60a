import { splitBodyChunks } from "./chunks.ts";
import type { Column } from "./columns.ts";
import { isNumericCell } from "./numeric-cell.ts";
import { assignCells, pickColumn, splitStraddling } from "./pick-column.ts";
import type { TableLine } from "./table-lines.ts";

/** A body line cut into cells, with what the row builder needs to know about it. */
export interface BodyLine {
  readonly line: number;
  /** A blank line or a rule separates groups of rows. */
  readonly kind: "separator" | "text";
  readonly cells: readonly string[];
  /** Where the first-column text starts, to tell an indented continuation from a new label. */
  readonly labelStart: number | undefined;
  /** Whether the line prints a figure in a figure column (or the table has no figure column at all). */
  readonly isData: boolean;
}

/** The body of a table cut into cells. */
export interface Body {
  readonly lines: readonly BodyLine[];
  /** Whether the first column holds row labels (it is not a figure column). */
  readonly labelled: boolean;
}

/** A column is a figure column when at least half of its printed cells are figures or "none" marks. */
function findFigureColumns(rows: readonly (readonly string[])[], width: number): boolean[] {
  return Array.from({ length: width }, (_, column) => {
    const printed = rows.map((cells) => cells[column] ?? "").filter((cell) => cell !== "");
    const figures = printed.filter(isNumericCell).length;
    return figures > 0 && figures * 2 >= printed.length;
  });
}

/**
 * Returns whether dot leaders run from the label to text in a figure column (`"Code".......  Recitals`):
 * leaders tie a label to its value, so the line is a row even when that value is not a figure.
 */
function hasLeaderToValue(cells: readonly string[], figureColumns: readonly boolean[]): boolean {
  const leads = /\.{3,}$/.test(cells[0] ?? "");
  return leads && cells.some((cell, column) => column > 0 && figureColumns[column] === true && cell !== "");
}

function cutLine(line: TableLine, columns: readonly Column[]): { cells: string[]; labelStart?: number } {
  const chunks = splitBodyChunks(line.text).flatMap((chunk) => splitStraddling(chunk, columns));
  const label = chunks.find((chunk) => pickColumn(chunk, columns) === 0);
  return { cells: assignCells(chunks, columns), labelStart: label?.start };
}

/** Returns the body lines cut into cells and marked as data lines or text-only lines. */
export function cutBody(lines: readonly TableLine[], columns: readonly Column[]): Body {
  const cut = lines.map((line) => (line.kind === "text" ? cutLine(line, columns) : undefined));
  const figureColumns = findFigureColumns(
    cut.flatMap((entry) => (entry ? [entry.cells] : [])),
    columns.length,
  );
  const anyFigures = figureColumns.some(Boolean);
  const bodyLines = lines.map((line, index): BodyLine => {
    const entry = cut[index];
    if (!entry) return { line: line.line, kind: "separator", cells: [], labelStart: undefined, isData: false };
    const isData =
      !anyFigures ||
      entry.cells.some((cell, column) => figureColumns[column] === true && isNumericCell(cell)) ||
      hasLeaderToValue(entry.cells, figureColumns);
    return { line: line.line, kind: "text", cells: entry.cells, labelStart: entry.labelStart, isData };
  });
  return { lines: bodyLines, labelled: columns.length > 1 && figureColumns[0] !== true };
}
