/** A person's cell of a table: the name, the title or address printed with it, and its footnote marks. */
export interface PersonCell {
  /** The name as printed, without footnote marks and dot leaders. */
  readonly name: string;
  /** What follows the name: a title in a compensation table, an address after dot leaders; null when nothing. */
  readonly rest: string | null;
  /** Footnote marks printed anywhere in the cell, without parentheses. */
  readonly marks: readonly string[];
}

// A mark is one or two digits or one letter in parentheses, printed after the name or after its comma.
const MARK = /\s*\((\d{1,2}|[A-Za-z])\)/g;
const LEADER = /\s*\.{3,}\s*/;
// Words that open a title in "John Q. Doe Executive Vice President": the name stops before them.
const TITLE_WORD =
  /^(?:Former|President|Vice|Vice-Chairman|Executive|Senior|Sr\.|Chief|Chairman|Chairwoman|Chair|Co-Chairman|Director|Secretary|Treasurer|General|Group|Managing|Principal|Controller|Officer|Founder|Co-Founder|Acting|Interim|Assistant|Corporate|Head|Manager|Partner|Counsel|Deputy|Member|CEO|CFO|COO)$/i;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|M\.D\.?|Ph\.D\.?|Esq\.?)$/;
// An abbreviation whose own period ran into the dot leader ("Doe, Jr......", "Doe, M.D.....").
const CLIPPED = /(?:^|[\s,])(?:(?:[A-Za-z]\.)+[A-Za-z]|Jr|Sr|Inc|Co|Corp|Ltd)$/;

/** Returns the name in a table's first cell, with what follows it; `titled` splits a title off the name. */
export function parsePersonCell(text: string, titled: boolean): PersonCell {
  const marks = [...text.matchAll(MARK)].map((match) => match[1]!);
  const plain = text.replace(MARK, "").replace(/\s+/g, " ").trim();
  const leader = LEADER.exec(plain);
  if (leader) {
    const rest = plain.slice(leader.index + leader[0].length).trim();
    return { name: stripLeader(plain.slice(0, leader.index + leader[0].length)), rest: rest || null, marks };
  }
  return { ...(titled ? splitTitle(plain) : splitAddress(plain)), marks };
}

// A holder's address printed after the name without dot leaders, in a cell of its own row or joined to it:
// "c/o …", "P.O. Box …" or a street number, running to a state and ZIP code ("… Boston, MA 02210").
const ADDRESS_START = /\s(?=c\/o\s|P\.\s?O\.\s?Box\s|\d{1,6}\s+[A-Z0-9])/g;
const US_ADDRESS_END = /\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$/;

function splitAddress(text: string): { name: string; rest: string | null } {
  if (!US_ADDRESS_END.test(text)) return { name: text, rest: null };
  for (const match of text.matchAll(ADDRESS_START)) {
    const name = text.slice(0, match.index).trim();
    if (/[A-Za-z]{2}/.test(name)) return { name, rest: text.slice(match.index).trim() };
  }
  return { name: text, rest: null };
}

/** Returns a label without the dot leader after it, giving back an abbreviation's own period ("Doe, Jr......"). */
export function stripLeader(text: string): string {
  const leader = LEADER.exec(text);
  if (!leader) return text.trim();
  const head = text.slice(0, leader.index).trim();
  return CLIPPED.test(head) ? `${head}.` : head;
}

/** True when a line of text reads as the continuation of a title ("and Chief Financial Officer"). */
export function isTitleContinuation(text: string): boolean {
  const first = text.trim().split(" ")[0] ?? "";
  return TITLE_WORD.test(first.replace(/[,;]$/, "")) || /^(?:and|&|of|the)$/i.test(first) || /^[a-z]/.test(first);
}

function splitTitle(text: string): { name: string; rest: string | null } {
  const tokens = text.split(" ");
  let end = 0;
  while (end < tokens.length) {
    const token = tokens[end]!;
    const bare = token.replace(/[,;]$/, "");
    if (end > 0 && TITLE_WORD.test(bare)) break;
    end += 1;
    if (bare !== token && !SUFFIX.test((tokens[end] ?? "").replace(/[,;]$/, ""))) break;
  }
  const name = tokens.slice(0, end).join(" ").replace(/[,;]$/, "");
  const rest = tokens.slice(end).join(" ").replace(/^[,;\s]+/, "").trim();
  return { name, rest: rest || null };
}
