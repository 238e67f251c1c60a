import { isTitleContinuation, parsePersonCell } from "./person-cell.ts";

/** A data row of an award table with the person it belongs to and the award type its first cell prints. */
export interface AwardRow {
  /** The row's cells as printed. */
  readonly row: readonly string[];
  /** The person's name as printed, from this row or the name row above it. */
  readonly name: string;
  /** The title printed with the name, wrapped lines joined; null when none. */
  readonly rest: string | null;
  /** Footnote marks of the name cell, given to the person's first row of figures. */
  readonly marks: readonly string[];
  /** The award type the first cell prints instead of a name ("TSU", "Options", "STI"), else null. */
  readonly label: string | null;
}

// Words that name an award rather than a person: the first cell of the rows under a name row ("PSU", "Options",
// "Annual Incentive", "2023 RSUs"). No person's name is made of these words, and none holds a digit.
const AWARD_WORD =
  /\b(?:options?|stock|shares?|units?|awards?|grants?|incentives?|bonus|cash|annual|performance|performance-based|restricted|equity|plan|time-based|time-vested|retention|sign-on|special|matching|deferred|[A-Z]{0,2}(?:RSU|PSU|TSU|RSA|PSA|DSU|MSU|SAR|STI|LTI|AIP|MIP|LTIP|STIP|ICP|PRSU|ESPP)s?)\b|\d/i;
const ACRONYM = /^[A-Z]{2,6}s?$/;

/**
 * True when a first cell names an award type ("TSU", "Stock Options", "Annual Incentive") rather than a person; a
 * title's words ("Chief Performance Officer") come first in a title, so a cell opening with one is a title.
 */
export function isAwardLabel(text: string): boolean {
  const plain = text.replace(/\s*\((?:\d{1,2}|[A-Za-z])\)/g, "").trim();
  if (isTitleContinuation(plain) && !/^[a-z]/.test(plain)) return false;
  return ACRONYM.test(plain) || AWARD_WORD.test(plain);
}

interface Person {
  name: string;
  rest: string | null;
  pending: readonly string[];
}

/**
 * Returns the data rows of an award table, each with its person. A name may stand on a row of its own with the
 * awards below it, each labelled by its type in the first cell, or on the person's first award row with the
 * first cell of the rows below left empty (a rowspan); a title on a row below the name is the title of all its rows.
 * A row with no figures gives no award; a row of dashes is an award row of nothing.
 */
export function readAwardRows(rows: readonly (readonly string[])[]): AwardRow[] {
  // The person, not a copy: a title printed on a later row is the title of the rows above it too.
  const found: { row: readonly string[]; person: Person; marks: readonly string[]; label: string | null }[] = [];
  let current: Person | undefined;
  const add = (person: Person, row: readonly string[], label: string | null) => {
    found.push({ row, person, marks: person.pending, label });
    person.pending = [];
  };
  for (const row of rows) {
    const first = (row[0] ?? "").trim();
    const hasFigures = row.slice(1).some((cell) => cell.trim() !== "");
    if (!first) {
      if (current && hasFigures) add(current, row, null);
    } else if (current && isAwardLabel(first)) {
      if (hasFigures) add(current, row, first);
    } else if (current && isTitleContinuation(first)) {
      current.rest = current.rest ? `${current.rest} ${first}` : first;
      if (hasFigures) add(current, row, null);
    } else {
      const cell = parsePersonCell(first, true);
      current = { name: cell.name, rest: cell.rest, pending: cell.marks };
      if (hasFigures) add(current, row, null);
    }
  }
  return found.map(({ row, person, marks, label }) => ({ row, name: person.name, rest: person.rest, marks, label }));
}
