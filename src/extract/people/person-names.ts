import { nameWords, type Honorific } from "../../model/people.ts";

/** A capitalised name word: "Luke", "McDonald", "O'Brien", "Smith-Jones". */
export const NAME_WORD = String.raw`[A-Z](?:[a-z]+|'[A-Z][a-z]+)(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?`;
/** An initial: "R.". */
export const INITIAL = String.raw`[A-Z]\.`;
/** A courtesy title before a surname, period optional because filings drop it ("Mr Smith"). */
export const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\b\.?`;

const UPPER_WORD = /^[A-Z][A-Z'-]+$/;
const TITLE_WORD = new RegExp(`^${NAME_WORD}$`);
const INITIAL_WORD = /^[A-Z]\.$/;

/** Words that make a name an organisation's (legal forms and common firm words). */
const ORGANIZATION_WORDS = new Set(
  ("inc incorporated corp corporation co company companies llp llc lp ltd limited plc associates group partners partnership " +
    "fund funds trust bank bancorp index holdings holding capital securities management advisors advisers systems international " +
    "technologies industries enterprises foundation university committee board plan agreement services network media productions " +
    "investors ventures financial insurance exchange association society institute council department office")
    .split(" "),
);

/** Capitalised words that start or end sentences and headings, never names. */
const NOT_NAME_WORDS = new Set(
  ("the this that these those such each any all no in on if for as at by to and or of a an upon under with without " +
    "notwithstanding except subject section article exhibit schedule annex appendix item part class series rule form note " +
    "paragraph clause plan level type phase unit suite room floor box lot parcel route avenue street table figure chapter title " +
    "division region area county volume amendment option proposal date name address attn fax telephone phone signature " +
    "by dated total shares common stock directors officers executive executives others other director nominee nominees " +
    "buyer seller consultant shareholder holder proxy employee employer company agreement witness whereas now therefore")
    .split(" "),
);

/** Words that start an office or a description after a name in a table cell ("Jane Roe President, …"). */
const TITLE_START_WORDS = new Set(
  ("president vice executive chief chairman chairwoman chair director secretary treasurer controller comptroller counsel " +
    "partner manager member founder co-founder consultant trustee principal former senior general managing head officer " +
    "ceo cfo coo evp svp nominee retired")
    .split(" "),
);

/** Words of an office, for telling a role ("tax partner", "director") from other predicates. */
export const OFFICE_WORDS = new Set([
  ...TITLE_START_WORDS,
  ..."accountant attorney advisor adviser analyst engineer employee owner governor commissioner administrator professor dean officers directors positions position".split(
    " ",
  ),
]);

/** Returns the text with footnote marks ("(4)", "(A)(B)", "*") removed, and the marks found. */
export function stripMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const stripped = text.replace(/\s*\(([A-Za-z]|\d{1,2})\)|\*+/g, (_all, mark: string | undefined) => {
    if (mark) marks.push(mark.toUpperCase());
    return " ";
  });
  return { text: stripped.replace(/\s+/g, " ").replace(/\s+([,.;])/g, "$1").trim(), marks };
}

/** Returns a name printed in capitals in title case ("JANE Q. MCDONALD" → "Jane Q. Mcdonald"); others unchanged. */
export function titleCaseName(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_all, before: string, letter: string) => before + letter.toUpperCase());
}

/** True when the text reads as one person's name: two to five name words, no firm or sentence words. */
export function isPersonName(text: string): boolean {
  const words = nameWords(text);
  if (words.length < 2 || words.length > 5) return false;
  const last = words[words.length - 1]!;
  if (INITIAL_WORD.test(last)) return false;
  const upper = words.every((word) => UPPER_WORD.test(word) || INITIAL_WORD.test(word));
  const mixed = words.every((word) => TITLE_WORD.test(word) || INITIAL_WORD.test(word));
  if (!upper && !mixed) return false;
  // "President Jane Roe" is an office before a name, not a name.
  if (isTitleStart(words[0]!)) return false;
  return !words.some((word) => {
    if (INITIAL_WORD.test(word)) return false;
    const lower = word.toLowerCase().replace(/\./g, "");
    return ORGANIZATION_WORDS.has(lower) || NOT_NAME_WORDS.has(lower);
  });
}

/** True when a party's or row's name is an organisation's (a legal form or firm word in it). */
export function isOrganizationName(text: string): boolean {
  return text
    .split(/[\s,]+/)
    .some((word) => ORGANIZATION_WORDS.has(word.toLowerCase().replace(/\./g, "")));
}

/** True when the word starts an office rather than continuing a name. */
export function isTitleStart(word: string): boolean {
  return TITLE_START_WORDS.has(word.toLowerCase().replace(/[.,]/g, ""));
}

/** Returns the honorific written the way the model stores it, or null. */
export function normalizeHonorific(text: string): Honorific | null {
  const bare = text.replace(/\.$/, "").toLowerCase();
  const known: Record<string, Honorific> = { mr: "Mr.", mrs: "Mrs.", ms: "Ms.", miss: "Miss", dr: "Dr.", messrs: "Mr." };
  return known[bare] ?? null;
}
