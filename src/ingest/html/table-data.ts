import type { TableNode } from "../document.ts";
import { stripFactMarks } from "../fact-marks.ts";
import { isNumericCell } from "../table/numeric-cell.ts";
import { isTitleWord } from "../table/row-label.ts";
import type { Grid, GridCell } from "./table-grid.ts";
import { composeHeader, placeHeaderCells } from "./table-header.ts";
import { isWideRow } from "./table-layout.ts";

/** A cell being assembled: where it starts on the grid, how far it spans, and its text (fact marks kept). */
export interface WorkCell {
  readonly column: number;
  readonly colSpan: number;
  readonly bold: boolean;
  text: string;
}

// Printed in a cell of its own before the figure it belongs to: a currency sign, an opening parenthesis.
const OPENER = /^(?:(?:US)?[$€£¥]|\(|[$€£¥]\s*\()$/;
// A closing parenthesis or percent sign in a cell of its own, perhaps with the figure's footnote mark after it.
const CLOSER = /^(?:\)|%|\)\s*%|%\s*\))(?:\s*\*+|(?:\s*\([A-Za-z0-9]{1,3}\))*)$/;
const MARKS_ONLY = /^(?:\([A-Za-z0-9]{1,3}\)|\*{1,3}|†+|‡+)(?:\s*(?:\([A-Za-z0-9]{1,3}\)|\*|†|‡))*$/;
const YEAR = /^(?:19|20)\d{2}$/;

/** True for a figure or a "none" mark: "1,234", "$(5)", "12.5%", "—"; a footnote mark alone is not one. */
export function isFigure(text: string): boolean {
  return isNumericCell(text) && !MARKS_ONLY.test(text);
}

/**
 * Returns a data table as a table node, like the fixed-width reader's: header rows stacked into one
 * header per column, spacer columns dropped, `$` and `)`/`%` cells glued to their figure, footnote-mark
 * columns folded into the figure beside them, and a row label split over several `<tr>`s joined.
 */
export function buildDataTable(grid: Grid): TableNode | undefined {
  const all = grid.rows.map((cells) => cells.filter((cell) => cell.plain !== "")).filter((cells) => cells.length > 0);
  // Rows of one cell across the table after the last figures are its footnotes.
  let end = all.length;
  while (end > 1 && isWideRow(all[end - 1]!, grid.width)) end -= 1;
  const rows = all.slice(0, end);
  const notes = all.slice(end).map((cells) => ({ type: "paragraph" as const, text: cells[0]!.text, line: cells[0]!.line }));
  if (rows.length === 0) return undefined;
  const bodyStart = findBodyStart(rows);
  const headerRows = rows.slice(0, bodyStart);
  const bodyRows = rows.slice(bodyStart).map(glueAffixes);
  const columns = logicalColumns(bodyRows.length ? bodyRows : headerRows.map((row) => row.map(toWork)), headerRows);
  const { header, caption } = composeHeader(placeHeaderCells(headerRows, columns));
  const matrix = bodyRows.map((row) => cellsByColumn(row, columns));
  foldMarkColumns(matrix, header);
  const headings = new Set<readonly string[]>(bodyRows.flatMap((row, index) => (row.some((cell) => cell.bold && columns[0]!.includes(cell.column)) ? [matrix[index]!] : [])));
  const body = joinWrappedLabels(
    matrix.filter((cells) => cells.some((text) => text !== "")),
    (cells) => headings.has(cells),
  );
  const kept = header.map((_, index) => index).filter((index) => header[index] !== "" || body.some((cells) => cells[index] !== ""));
  return {
    type: "table",
    id: "",
    heading: undefined,
    intro: [],
    caption: [...grid.caption, ...caption],
    header: kept.map((index) => header[index]!),
    rows: body.map((cells) => kept.map((index) => cells[index]!)),
    notes,
    lines: [grid.firstLine, grid.lastLine],
    line: grid.firstLine,
  };
}

function toWork(cell: GridCell): WorkCell {
  return { column: cell.column, colSpan: cell.colSpan, bold: cell.bold, text: cell.text };
}

/**
 * The header ends at the first row that prints a figure beside its label column; a row of years alone
 * ("2023 | 2022") still heads the columns. With no figures at all, bold or `<th>` rows on top are the header.
 */
function findBodyStart(rows: readonly (readonly GridCell[])[]): number {
  // A loop, not Math.min(...cells): a holdings table may have more cells than a call takes arguments.
  const labelColumn = rows.reduce((least, row) => row.reduce((low, cell) => Math.min(low, cell.column), least), Number.POSITIVE_INFINITY);
  const isBody = (row: readonly GridCell[]) => {
    if (row.every((cell) => cell.header)) return false;
    const figures = row.filter((cell) => cell.column > labelColumn && isFigure(cell.plain));
    if (figures.length === 0) return false;
    const years = figures.every((cell) => YEAR.test(cell.plain));
    // A row of years heads the columns: bare, or beside a label when the whole row is set in bold ("Name | 2008 | 2007").
    const labelled = row.some((cell) => cell.column === labelColumn);
    return !years || (labelled && !row.every((cell) => cell.bold));
  };
  let first = rows.findIndex(isBody);
  // A name alone in the label column just above the figures ("Jane Roe" over her TSU and PSU rows) is a row.
  while (first > 1 && rows[first - 1]!.every((cell) => cell.column === labelColumn && cell.colSpan === 1)) first -= 1;
  if (first >= 0) return first;
  let top = 0;
  while (top < rows.length - 1 && rows[top]!.every((cell) => cell.bold || cell.header)) top += 1;
  return top;
}

/** Glues a `$` cell to the figure after it and a `)` or `%` cell to the figure before it. */
function glueAffixes(row: readonly GridCell[]): WorkCell[] {
  const cells = row.map(toWork);
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    const plain = stripFactMarks(cell.text);
    const next = cells[index + 1];
    if (OPENER.test(plain) && next) {
      // The figure stands where its sign does, so the header over the sign's column heads it.
      cells[index + 1] = { ...next, column: cell.column, colSpan: next.column + next.colSpan - cell.column, text: `${cell.text.replace(/\s+/g, "")}${next.text}` };
      cell.text = "";
    } else if (CLOSER.test(plain) && index > 0) {
      const previous = cells.slice(0, index).reverse().find((other) => other.text !== "");
      if (previous) {
        // "(4,210" + ")(2)" → "(4,210) (2)": the mark after the figure as the fixed-width path prints it.
        const [, closer, mark] = /^([)%\s]+)(.*)$/.exec(stripFactMarks(cell.text).trim()) ?? [];
        previous.text = `${previous.text}${(closer ?? "").replace(/\s+/g, "")}${mark ? ` ${mark.trim()}` : ""}`;
        cell.text = "";
      }
    }
  }
  return cells.filter((cell) => cell.text !== "");
}

/**
 * Returns the table's columns, each the grid columns it gathers: one per grid column a body cell starts in.
 * Two neighbours that are never filled in the same row under the same header are one column printed
 * unevenly (a figure spanning its `$` cell in one row and not in the next).
 */
function logicalColumns(bodyRows: readonly (readonly WorkCell[])[], headerRows: readonly (readonly GridCell[])[]): number[][] {
  const starts = [...new Set(bodyRows.flat().map((cell) => cell.column))].sort((a, b) => a - b);
  const columns = starts.map((column) => [column]);
  const owner = (column: number) => headerRows.map((row) => row.find((cell) => cell.column <= column && column < cell.column + cell.colSpan));
  let index = 0;
  while (index < columns.length - 1) {
    const left = columns[index]!;
    const right = columns[index + 1]!;
    const clash = bodyRows.some((row) => row.some((cell) => left.includes(cell.column)) && row.some((cell) => right.includes(cell.column)));
    const leftOwners = owner(left[0]!);
    const rightOwners = owner(right[0]!);
    const sameHeader = leftOwners.every((cell, row) => cell === rightOwners[row]);
    if (!clash && sameHeader && headerRows.length > 0) {
      columns.splice(index, 2, [...left, ...right]);
    } else index += 1;
  }
  return columns;
}

/** Returns a row's texts by column: every body cell starts in a grid column some column gathers. */
function cellsByColumn(row: readonly WorkCell[], columns: readonly number[][]): string[] {
  const texts = columns.map(() => "");
  for (const cell of row) {
    const index = columns.findIndex((grid) => grid.includes(cell.column));
    if (index < 0) throw new Error(`expected a column for grid column ${cell.column}, not none`);
    texts[index] = texts[index] ? `${texts[index]} ${cell.text}` : cell.text;
  }
  return texts;
}

/** A column that prints only footnote marks, under no header of its own, belongs to the figure on its left. */
function foldMarkColumns(matrix: string[][], header: string[]): void {
  for (let column = header.length - 1; column >= 1; column -= 1) {
    const printed = matrix.map((cells) => cells[column]!).filter((text) => text !== "");
    if (header[column] !== "" || printed.length === 0 || !printed.every((text) => MARKS_ONLY.test(stripFactMarks(text)))) continue;
    for (const cells of matrix) {
      const mark = cells[column]!;
      if (mark) cells[column - 1] = cells[column - 1] ? `${cells[column - 1]} ${mark}` : mark;
      cells.splice(column, 1);
    }
    header.splice(column, 1);
  }
}

/**
 * Joins a row label printed over several rows: a label alone on its row goes down to the figures below
 * it when they print no label or it plainly runs on ("Retirement and" over "Compensation Committee"),
 * and a lowercase remainder or a plain line under a holder (an address) goes up to the row it continues;
 * a bold label alone is a heading over the rows below. In a table with a year column (one person over
 * several years), a title wrapped onto the next year's row ("Chief Financial Officer") goes up to the name.
 */
function joinWrappedLabels(rows: string[][], isBold: (cells: readonly string[]) => boolean): string[][] {
  if (rows.length === 0 || rows.every((cells) => cells.length < 2)) return rows;
  const labelIsFigure = rows.filter((cells) => cells[0] !== "").every((cells) => isFigure(stripFactMarks(cells[0]!)));
  if (labelIsFigure) return rows;
  const titlesWrap = hasYearColumn(rows);
  const out: string[][] = [];
  let record: string[] | undefined;
  rows.forEach((cells, index) => {
    const label = cells[0]!;
    const plain = stripFactMarks(label);
    const hasData = cells.slice(1).some((text) => text !== "");
    const next = rows[index + 1];
    const nextHasData = next !== undefined && next.slice(1).some((text) => text !== "");
    if (label && !hasData && nextHasData && !plain.endsWith(":") && (next[0] === "" || labelRunsOn(plain) || /^[a-z]/.test(stripFactMarks(next[0]!)))) {
      next[0] = next[0] ? `${label} ${next[0]}` : label;
      return;
    }
    const continues = /^[a-z]/.test(plain) || (titlesWrap && isTitleWord(plain.split(/\s+/)[0] ?? "")) || (!hasData && !isBold(cells) && !plain.endsWith(":"));
    if (label && record && continues) {
      record[0] = `${record[0]} ${label}`;
      if (hasData) out.push(["", ...cells.slice(1)]);
      return;
    }
    if (label) record = hasData ? cells : undefined;
    out.push(cells);
  });
  return out;
}

/** A label that ends on a connecting word or mark runs on to the next row. */
function labelRunsOn(label: string): boolean {
  return /(?:\b(?:and|or|of|for|the|to|in|&)|[,&-])$/i.test(label);
}

function hasYearColumn(rows: readonly (readonly string[])[]): boolean {
  const width = rows.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  for (let column = 1; column < width; column += 1) {
    const printed = rows.map((cells) => stripFactMarks(cells[column] ?? "")).filter((text) => text !== "");
    if (printed.length >= 2 && printed.every((text) => YEAR.test(text.replace(/\s*\(\w{1,3}\)$/, "")))) return true;
  }
  return false;
}
