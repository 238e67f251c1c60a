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
}

/**
 * Returns the data rows of a table, each with its person: a row whose first cell is empty continues the
 * person above; a row with a name and no figures starts a person whose figures follow, or, when it reads
 * as a title ("and Secretary"), is the wrapped title of the person above.
 */
export function readPeopleRows(rows: readonly (readonly string[])[], titled: boolean): PersonRow[] {
  const found: { row: readonly string[]; person: Person; marks: readonly string[] }[] = [];
  let current: Person | undefined;
  for (const row of rows) {
    const first = (row[0] ?? "").trim();
    const hasFigures = row.slice(1).some((cell) => cell.trim() !== "");
    if (!first) {
      if (current && hasFigures) {
        found.push({ row, person: current, marks: current.pending });
        current.pending = [];
      }
      continue;
    }
    if (!hasFigures && current && titled && isTitleContinuation(first)) {
      current.rest = current.rest ? `${current.rest} ${first}` : first;
      continue;
    }
    const cell = parsePersonCell(first, titled);
    current = { name: cell.name, rest: cell.rest, pending: hasFigures ? [] : cell.marks };
    if (hasFigures) found.push({ row, person: current, marks: cell.marks });
  }
  return found.map(({ row, person, marks }) => ({ row, name: person.name, rest: person.rest, marks }));
}
