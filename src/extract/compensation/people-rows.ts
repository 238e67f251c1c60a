import { isTitleContinuation, parsePersonCell } from "./person-cell.ts";

/** A data row of a table with the person it belongs to. */
export interface PersonRow {
  /** The row's cells as printed. */
  readonly row: readonly string[];
  /** The person's name as printed. */
  readonly name: string;
  /** The title or address printed with the name, wrapped lines joined; null when none. */
  readonly rest: string | null;
  /** Footnote marks printed in this row's name cell (none on a continuation row). */
  readonly marks: readonly string[];
}

interface Person {
  name: string;
  rest: string | null;
  /** Marks of a name printed on a row of its own, given to the person's first row of figures. */
  pending: readonly string[];
  /** The person's rows of figures so far. */
  rows: (readonly string[])[];
}

/**
 * Tells a row of figures whose first cell reads as a title ("Chief Financial Officer | 2022 | …", a position
 * wrapped onto the second year's row of an HTML table) from a row that starts a person: true when it continues
 * the person above, given that person's rows of figures so far. Without it, such a row starts a person.
 */
export type ContinuesWithFigures = (row: readonly string[], earlier: readonly (readonly string[])[]) => boolean;

/**
 * Returns the data rows of a table, each with its person: a row whose first cell is empty continues the
 * person above; a row with a name and no figures starts a person whose figures follow, or, when it reads
 * as a title ("and Secretary"), is the wrapped title of the person above, and so is a title on a row with
 * figures when `continuesWithFigures` says the row belongs to that person.
 */
export function readPeopleRows(rows: readonly (readonly string[])[], titled: boolean, continuesWithFigures?: ContinuesWithFigures): PersonRow[] {
  const found: { row: readonly string[]; person: Person; marks: readonly string[] }[] = [];
  let current: Person | undefined;
  for (const row of rows) {
    const first = (row[0] ?? "").trim();
    const hasFigures = row.slice(1).some((cell) => cell.trim() !== "");
    const continueWith = (person: Person) => {
      found.push({ row, person, marks: person.pending });
      person.pending = [];
      person.rows.push(row);
    };
    if (!first) {
      if (current && hasFigures) continueWith(current);
      continue;
    }
    if (current && titled && isTitleContinuation(first) && (!hasFigures || continuesWithFigures?.(row, current.rows))) {
      current.rest = current.rest ? `${current.rest} ${first}` : first;
      if (hasFigures) continueWith(current);
      continue;
    }
    const cell = parsePersonCell(first, titled);
    current = { name: cell.name, rest: cell.rest, pending: hasFigures ? [] : cell.marks, rows: hasFigures ? [row] : [] };
    if (hasFigures) found.push({ row, person: current, marks: cell.marks });
  }
  return found.map(({ row, person, marks }) => ({ row, name: person.name, rest: person.rest, marks }));
}
