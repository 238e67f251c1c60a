import { stripFactMarks } from "../fact-marks.ts";
import type { HtmlBlock, Run, TextDraft } from "./html-blocks.ts";
import type { Grid, GridCell } from "./table-grid.ts";
import { isFigure } from "./table-data.ts";

// A list laid out as a table puts its marker in a cell of its own: "(a)", "1.", "•", a check box.
const MARKER = /^(?:\(?[A-Za-z0-9]{1,4}[.)]|\([A-Za-z0-9]{1,4}\)|[•·●○◦■□▪☐☑☒✓✔þýo¨xX*–—-]|\[\s?[xX]?\s?\]|Ø|§)$/;
const BULLET = /^[•·●○◦■□▪☐☑☒✓✔þý¨]$/;
// A signature block signs: "By:" or "/s/". ("Name:" alone also labels a cover page's or a form's fields.)
const SIGNATURE = /^By:|\/s\//i;
const MAX_CELL_WORDS = 60;
const MAX_PROSE_WORDS = 10;

/**
 * True when a table only lays out text: one column, cells of prose, a signature block, a list with its
 * markers in their own cells, or tables and page breaks nested in its cells. Such a table is read as the
 * text it holds; any other is a data table.
 */
export function isLayoutTable(grid: Grid): boolean {
  if (grid.rows.flat().every((cell) => cell.plain === "")) return true;
  if (grid.rows.flat().some((cell) => cell.blocks.some((block) => block.kind !== "text"))) return true;
  // A cover page or letter laid out in a table puts most of its text in rows of one cell.
  const contentRows = grid.rows.filter((row) => filled(row).length > 0);
  if (contentRows.filter((row) => filled(row).length >= 2).length * 2 < contentRows.length) return true;
  // A row of one cell across the table (a title, a footnote under the figures) says nothing of its kind.
  const cells = contentRows.filter((row) => !isWideRow(row, grid.width)).flat().filter((cell) => cell.plain !== "");
  if (new Set(cells.map((cell) => cell.column)).size < 2) return true;
  if (cells.some((cell) => SIGNATURE.test(cell.plain) || words(cell.plain) > MAX_CELL_WORDS)) return true;
  if (grid.rows.some(isListRow) && grid.rows.every((row) => isListRow(row) || filled(row).length <= 1)) return true;
  const figures = cells.filter((cell) => isFigure(cell.plain)).length;
  const average = cells.reduce((sum, cell) => sum + words(cell.plain), 0) / cells.length;
  return figures === 0 && average > MAX_PROSE_WORDS;
}

/** Returns a layout table's content as blocks in reading order: its caption, then row by row, a list marker joined to its text. */
export function layoutBlocks(grid: Grid): HtmlBlock[] {
  return [...grid.captionBlocks, ...grid.rows.flatMap((row) => {
    const cells = row.filter((cell) => cell.blocks.length > 0);
    if (!isListRow(row)) {
      const blocks = cells.flatMap((cell) => cell.blocks);
      // Cells side by side (a cover page's state, file number and IRS number) are values, not headings.
      return filled(row).length > 1 ? blocks.map((block) => (block.kind === "text" ? { ...block, besideOthers: true } : block)) : blocks;
    }
    const [marker, text] = filled(row) as [GridCell, GridCell];
    const [first, ...rest] = text.blocks;
    const markerRuns = marker.blocks.flatMap((block) => (block.kind === "text" ? block.lines.flat() : []));
    if (!first || first.kind !== "text") return [...marker.blocks, ...text.blocks];
    const space: Run = { text: " ", style: markerRuns[0]?.style ?? first.lines[0]![0]!.style };
    const joined: TextDraft = { ...first, lines: [[...markerRuns, space, ...first.lines[0]!], ...first.lines.slice(1)], line: marker.line };
    return [joined, ...rest];
  })];
}

/** True for a row whose one printed cell runs across the whole table (or all of it but one column). */
export function isWideRow(row: readonly GridCell[], width: number): boolean {
  const cells = filled(row);
  return cells.length === 1 && width >= 3 && cells[0]!.colSpan >= width - 1;
}

function filled(row: readonly GridCell[]): GridCell[] {
  return row.filter((cell) => cell.plain !== "");
}

/**
 * A row holding a list marker or a short "Term:" label in one cell and its text in the next; a bullet glyph
 * may stand before a short item ("• | Adjusted EBIT"), a number or letter only before a phrase of some words.
 */
function isListRow(row: readonly GridCell[]): boolean {
  const cells = filled(row);
  if (cells.length !== 2 || isFigure(cells[1]!.plain)) return false;
  const label = stripFactMarks(cells[0]!.plain);
  const length = words(cells[1]!.plain);
  if (BULLET.test(label)) return length >= 1;
  if (length < 3) return false;
  return MARKER.test(label) || (label.endsWith(":") && words(label) <= 6 && !isFigure(label.slice(0, -1)));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
