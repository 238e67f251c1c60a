import type { Element, ElementContent } from "hast";
import { stripFactMarks } from "../fact-marks.ts";
import { isHiddenElement } from "./css.ts";
import { collectBlocks, contextWithin, type HtmlBlock, type WalkContext, type WalkSetting } from "./html-blocks.ts";
import { emphasisOf, lineText } from "./html-text.ts";

/** One `<td>`/`<th>` of a table, placed in the grid its row and column spans make. */
export interface GridCell {
  /** The cell's content read as blocks, for a table that only lays out text. */
  readonly blocks: readonly HtmlBlock[];
  /** The cell's text on one line, fact marks kept. */
  readonly text: string;
  /** The text as a reader sees it. */
  readonly plain: string;
  /** Every letter is bold or underlined (the way headers and headings are set), or the cell is a `<th>`. */
  readonly bold: boolean;
  /** A `<th>` or a cell of `<thead>`. */
  readonly header: boolean;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly line: number;
}

/** A table's cells on a grid: each row lists the cells that start in it, left to right. */
export interface Grid {
  readonly rows: readonly (readonly GridCell[])[];
  readonly width: number;
  /** The text of the table's `<caption>`, if any. */
  readonly caption: readonly string[];
  /** The caption's blocks, for a table read as the text it lays out. */
  readonly captionBlocks: readonly HtmlBlock[];
  readonly firstLine: number;
  readonly lastLine: number;
}

// Spans past these are hostile or broken markup (browsers clamp colspan at 1000); a filing's table never
// needs more, and the grid is kept small enough to build at once.
const MAX_COLUMN_SPAN = 100;
const MAX_ROW_SPAN = 500;

/** Returns a table element's rows and cells placed on a grid, spans taken into account. */
export function buildGrid(table: Element, context: WalkContext, setting: WalkSetting): Grid {
  // A table's own `align` centres the table, not its text.
  const tableContext = { ...contextWithin(table, context, setting), align: context.align };
  const rows: GridCell[][] = [];
  const caption: string[] = [];
  const captionBlocks: HtmlBlock[] = [];
  const covered: boolean[][] = [];
  let width = 0;
  const rowElements = tableRows(table, { caption, captionBlocks }, tableContext, setting);
  rowElements.forEach(({ element: tr, head }, rowIndex) => {
    const rowContext = contextWithin(tr, tableContext, setting);
    const cells: GridCell[] = [];
    let column = 0;
    for (const td of childElements(tr).filter((child) => child.tagName === "td" || child.tagName === "th")) {
      if (isHiddenElement(td)) continue;
      while (covered[rowIndex]?.[column]) column += 1;
      const rowSpan = span(td.properties?.rowSpan, MAX_ROW_SPAN);
      const colSpan = span(td.properties?.colSpan, MAX_COLUMN_SPAN);
      const cell = readCell(td, { row: rowIndex, column, rowSpan, colSpan, header: head || td.tagName === "th" }, rowContext, setting);
      cells.push(cell);
      for (let r = rowIndex; r < rowIndex + rowSpan && r < rowElements.length; r += 1) {
        covered[r] ??= [];
        for (let c = column; c < column + colSpan; c += 1) covered[r]![c] = true;
      }
      column += colSpan;
      width = Math.max(width, column);
    }
    rows.push(cells);
  });
  const firstLine = (table.position?.start.line ?? 1) + setting.lineOffset;
  const lastLine = (table.position?.end.line ?? table.position?.start.line ?? 1) + setting.lineOffset;
  return { rows, width, caption, captionBlocks, firstLine, lastLine };
}

function span(value: unknown, most: number): number {
  const number = typeof value === "number" ? value : Number.parseInt(String(value ?? "1"), 10);
  return Number.isFinite(number) && number >= 1 ? Math.min(Math.floor(number), most) : 1;
}

function childElements(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === "element");
}

/** The `<tr>`s of a table in order, its own sections' included, nested tables' not; `<caption>` text is gathered. */
function tableRows(
  table: Element,
  captions: { caption: string[]; captionBlocks: HtmlBlock[] },
  context: WalkContext,
  setting: WalkSetting,
): { element: Element; head: boolean }[] {
  const rows: { element: Element; head: boolean }[] = [];
  for (const child of childElements(table)) {
    if (isHiddenElement(child)) continue;
    if (child.tagName === "tr") rows.push({ element: child, head: false });
    else if (["thead", "tbody", "tfoot"].includes(child.tagName)) {
      for (const tr of childElements(child)) if (tr.tagName === "tr" && !isHiddenElement(tr)) rows.push({ element: tr, head: child.tagName === "thead" });
    } else if (child.tagName === "caption") {
      const blocks = collectBlocks(child.children, context, setting);
      const text = textOfBlocks(blocks);
      if (stripFactMarks(text)) captions.caption.push(text);
      captions.captionBlocks.push(...blocks);
    }
  }
  return rows;
}

function readCell(
  td: Element,
  place: Pick<GridCell, "row" | "column" | "rowSpan" | "colSpan" | "header">,
  context: WalkContext,
  setting: WalkSetting,
): GridCell {
  const inner = contextWithin(td, context, setting);
  const blocks = collectBlocks(td.children as ElementContent[], inner, setting);
  const text = textOfBlocks(blocks);
  const runs = blocks.flatMap((block) => (block.kind === "text" ? block.lines.flat() : []));
  const line = blocks.find((block) => block.kind === "text")?.line ?? (td.position?.start.line ?? 1) + setting.lineOffset;
  const emphasis = emphasisOf(runs);
  return { ...place, blocks, text, plain: stripFactMarks(text), bold: place.header || emphasis.bold || emphasis.underline, line };
}

/** Returns the text blocks' lines joined into one line, the way a table cell reads. */
export function textOfBlocks(blocks: readonly HtmlBlock[]): string {
  return blocks
    .flatMap((block) => (block.kind === "text" ? block.lines.map(lineText) : block.kind === "pre" ? block.lines.map((line) => line.text) : []))
    .map((text) => text.replace(/\s+/g, " ").trim())
    .filter((text) => stripFactMarks(text) !== "")
    .join(" ");
}
