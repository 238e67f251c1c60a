import { INITIAL, NAME_WORD, isOrganizationName, isPersonName, isTitleStart, stripMarks, titleCaseName } from "./person-names.ts";

/** A table cell that starts with a person's name, split into the name and what follows it. */
export interface NameCell {
  /** The name as printed, marks removed: "Jane Q. Roe", "JOHN P. DOE". */
  readonly printed: string;
  /** The name in title case. */
  readonly name: string;
  /** Footnote marks on the cell, upper case: ["A", "B"], ["4"]. */
  readonly marks: readonly string[];
  /** What follows the name: an office ("Former President, …"), an address, or "". */
  readonly rest: string;
}

const WORD = new RegExp(`^(?:${NAME_WORD}|${INITIAL}|[A-Z][A-Z'-]+|[A-Z]\\.[A-Z]\\.)$`);
const PARTICLES = new Set(["van", "von", "de", "der", "del", "della", "di", "da", "la", "le", "du"]);
const SUFFIX = /^(?:Jr|Sr|JR|SR|II|III|IV)\.?,?$/;

/** Returns the person's name a table cell starts with ("Jane Roe (3) Former President, …"), or undefined. */
export function parseNameCell(cell: string): NameCell | undefined {
  // Leader dots ("Jane Roe(3)........ 1,000") separate the name from the rest of the cell.
  const { text, marks } = stripMarks(cell.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, "").replace(/\s*\.{2,}\s*/g, " "));
  const tokens = text.split(" ");
  const taken: string[] = [];
  for (const token of tokens) {
    const bare = token.replace(/,$/, "");
    const previous = taken[taken.length - 1];
    if (previous?.endsWith(",") && !SUFFIX.test(token)) break;
    if (taken.length >= 2 && isTitleStart(bare)) break;
    if (!WORD.test(bare) && !(taken.length > 0 && PARTICLES.has(bare)) && !(taken.length >= 2 && SUFFIX.test(token))) break;
    taken.push(token);
  }
  const next = tokens[taken.length];
  if (next === "&" || (next !== undefined && isOrganizationName(next))) return undefined;
  const printed = taken.join(" ").replace(/,$/, "");
  if (!isPersonName(printed)) return undefined;
  const rest = tokens.slice(taken.length).join(" ").replace(/^[,\s]+/, "");
  return { printed, name: titleCaseName(printed), marks, rest };
}
