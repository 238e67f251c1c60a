import { COUNT_WORD, parseNumberWords } from "./number-words.ts";

/** A count a sentence states, with what it lists after it, before it gets its source. */
export interface CountMatch {
  readonly what: "directors to be elected" | "names listed" | "amounts listed";
  readonly printed: string;
  readonly count: number;
  readonly items: readonly string[];
  readonly noun: string;
}

const ELECTED = [
  new RegExp(`\\belection\\s+of\\s+(${COUNT_WORD})\\s+directors\\b`, "i"),
  new RegExp(`\\bnumber\\s+of\\s+directors\\s+to\\s+be\\s+elected\\b[^.;]*?\\b(?:is|are|was|be|at)\\s+(?:currently\\s+|now\\s+|presently\\s+|fixed\\s+at\\s+)?(${COUNT_WORD})\\b`, "i"),
  new RegExp(`\\belect\\s+(${COUNT_WORD})\\s+directors\\b`, "i"),
  new RegExp(`\\b(${COUNT_WORD})\\s+directors\\s+(?:are|is|will\\s+be)\\s+(?:to\\s+be\\s+)?elected\\b`, "i"),
];
const NAME = "(?:[A-Z][A-Za-z'’-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][A-Za-z'’-]+|[A-Z]\\.)){0,3}";
// A name may carry its own honorific: "Ms. Poe and Mr. Smith".
const PERSON = `(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?${NAME}`;
const NAME_LIST = `((?:Messrs|Mses|Mmes|Drs)\\.?\\s+)?(${PERSON}(?:\\s*,\\s*${PERSON})*,?\\s+and\\s+${PERSON})`;
const GROUP = "directors|officers|executive officers|members|executives|persons|individuals|nominees|employees|shareholders|stockholders";
// "two of the Company's directors, Messrs. Doe and Roe"; "three directors: Jane Roe, John Doe and Ann Poe".
const LISTED = new RegExp(`\\b(${COUNT_WORD})\\s+(?:of\\s+(?:the|its|our|their)\\s+(?:[A-Z][\\w.]*['’]s\\s+)?)?(?:[a-z]+\\s+)?(${GROUP})\\s*[,:]\\s*(?:namely\\s+)?${NAME_LIST}`, "g");
const AMOUNT = "\\$\\s?\\d[\\d,]*(?:\\.\\d+)?";
const RESPECTIVELY = new RegExp(`(${AMOUNT}(?:\\s*,\\s*${AMOUNT})*,?\\s+and\\s+${AMOUNT})\\s*,?\\s*respectively\\b`);
const PLURAL_NAMES = new RegExp(`\\b(?:Messrs|Mses|Mmes|Drs)\\.?\\s+(${NAME}(?:\\s*,\\s*${NAME})*,?\\s+and\\s+${NAME})`);

/** Returns the counts a sentence states: directors to be elected, a count before a list of names, names against amounts "respectively". */
export function findCounts(text: string): CountMatch[] {
  const counts: CountMatch[] = [];
  for (const pattern of ELECTED) {
    const match = pattern.exec(text);
    const count = match ? parseNumberWords(match[1]!) : undefined;
    if (match && count !== undefined) counts.push({ what: "directors to be elected", printed: match[1]!, count, items: [], noun: "directors" });
  }
  for (const match of text.matchAll(LISTED)) {
    const count = parseNumberWords(match[1]!);
    if (count !== undefined && count >= 2) counts.push({ what: "names listed", printed: match[1]!, count, items: splitList(match[4]!), noun: match[2]! });
  }
  const amounts = RESPECTIVELY.exec(text);
  const names = amounts ? PLURAL_NAMES.exec(text) : null;
  if (amounts && names) {
    const people = splitList(names[1]!);
    counts.push({ what: "amounts listed", printed: names[0], count: people.length, items: splitList(amounts[1]!), noun: "people" });
  }
  return counts;
}

function splitList(list: string): string[] {
  // A comma inside a figure ("$200,000") has no space after it; one between items does.
  return list.split(/\s*,\s+(?:and\s+)?|,?\s+and\s+/).map((item) => item.trim()).filter(Boolean);
}
