import type { DocTable } from "../filing-doc.ts";

/** First-column headers that name something other than people. */
const NOT_PEOPLE = /COMPANY|INDEX|ISSUER|FUND|PLAN|SECURITY|CLASS|TITLE OF/i;

/** True when a table lists people in its first column: its header says "Name" there, or it has an age column. */
export function isPersonTable(table: DocTable): boolean {
  const first = table.header[0] ?? "";
  if (NOT_PEOPLE.test(first)) return false;
  return /\bNAME\b/i.test(first) || table.header.some((cell) => /^AGE\b/i.test(cell.trim()));
}
