import { stripFactMarks } from "../fact-marks.ts";
import type { GridCell } from "./table-grid.ts";
import { joinHeaderParts } from "../table/join-header-parts.ts";

/** Header cells placed over the table's columns: each column's own words, group headers, and captions. */
export interface HeaderPlacement {
  readonly own: readonly (readonly string[])[];
  readonly groups: readonly { readonly first: number; readonly last: number; readonly text: string }[];
  readonly caption: readonly string[];
}

/**
 * Places each header cell over the columns its span covers. A cell over one column heads it; over several,
 * it is a group header (the way "Potential Realizable Value …" stands over its 5% and 10% columns); over
 * every column (or every figure column beside the labels) it titles the table and becomes a caption.
 */
export function placeHeaderCells(rows: readonly (readonly GridCell[])[], columns: readonly (readonly number[])[]): HeaderPlacement {
  const own = columns.map((): string[] => []);
  const groups: { first: number; last: number; text: string }[] = [];
  const caption: string[] = [];
  for (const row of rows) {
    for (const cell of row) {
      const text = stripFactMarks(cell.text);
      const covered = columns.flatMap((grid, index) => (grid.some((column) => cell.column <= column && column < cell.column + cell.colSpan) ? [index] : []));
      const spans = covered.length ? covered : [nearestColumn(cell.column, columns)];
      const first = spans[0]!;
      const last = spans.at(-1)!;
      if (first === last) own[first]!.push(text);
      else if (last === columns.length - 1 && (first === 0 || (first === 1 && columns.length >= 3))) caption.push(text);
      else groups.push({ first, last, text });
    }
  }
  return { own, groups, caption };
}

/** A header cell over no column that prints anything (over spacer cells only) heads the next column. */
function nearestColumn(column: number, columns: readonly (readonly number[])[]): number {
  const after = columns.findIndex((grid) => grid[0]! >= column);
  return after >= 0 ? after : columns.length - 1;
}

/** Returns one header per column, a group's words before the column's own ("Group: Own"), and the captions. */
export function composeHeader(placement: HeaderPlacement): { header: string[]; caption: string[] } {
  const header = placement.own.map((words, index) => {
    const prefixes = placement.groups
      .filter((group) => group.first === index)
      .sort((a, b) => b.last - a.last)
      .map((group) => group.text);
    return joinHeaderParts([...prefixes, words.join(" ")]);
  });
  return { header, caption: [...placement.caption] };
}
