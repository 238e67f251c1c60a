import type { DirectorFee, PayUnit } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPersonRefs, uniqueRefs } from "./person-refs.ts";
import { findMoney } from "./prose-figures.ts";
import { headingsBySection, readProse, trimStop, type ProseSentence } from "./prose.ts";

// A paragraph is about director pay when its heading says so or it speaks of directors as a class.
const DIRECTOR_HEADING = /director/i;
const PAY_HEADING = /compensation|fees?\b|remuneration/i;
const DIRECTOR_PARAGRAPH =
  /\b(?:non-employee|outside|non-management|independent) directors?\b|\beach director\b|\bserving on the board\b|\bdirectors?['’]? fees?\b|\bmembers of the board\b/i;
// Executive pay stated near directors is not director pay.
const OTHER_PAY = /salar|consult|severance|employment agreement|\bloan/i;
const PAY_WORD = /\b(?:paid|pay|fees?|retainer|receives?|received|granted|grants?|awarded|compensat)/i;
const OPTION_SHARES = /\b(?:options?|grants?)\s+(?:to\s+(?:purchase|acquire)|for|covering)\s+([\d,]+)\s+shares\b/gi;
const SEGMENT_END = /,\s+|;\s+|\s+plus\s+|\s+and\s+(?=\$|receives?\b|will\b|is\b|are\b)/g;
const VERB = /\b(?:paid|pays?|receives?|received|granted|awarded|entitled\s+to)\s+/gi;

/** Returns the cash fees and option awards that a filing's prose states for its directors. */
export function extractDirectorFees(doc: FilingDoc): DirectorFee[] {
  const headings = headingsBySection(doc);
  return readProse(doc).flatMap((sentence) => {
    const heading = headings.get(sentence.block.section) ?? "";
    const aboutDirectors = (DIRECTOR_HEADING.test(heading) && PAY_HEADING.test(heading)) || DIRECTOR_PARAGRAPH.test(sentence.block.text);
    if (!aboutDirectors || OTHER_PAY.test(sentence.text) || !PAY_WORD.test(sentence.text)) return [];
    return feesOf(sentence);
  });
}

function feesOf(sentence: ProseSentence): DirectorFee[] {
  const names = uniqueRefs(findPersonRefs(sentence.text)).map((ref) => ref.name);
  return segments(sentence.text).flatMap((segment) => {
    // A cash item states what it is per, or calls itself a fee or retainer; "$1 million" in a tax rule is neither.
    const feeWord = /\bfees?\b|\bretainers?\b/i.test(segment.text);
    const cash = findMoney(segment.text)
      .filter((money) => money.cents !== null && money.per !== "share" && (money.per !== null || feeWord))
      .map((money) => ({ at: money.start, amount: money.cents, shares: null, unit: (money.per as PayUnit | null) ?? unitBefore(segment.text.slice(0, money.start)) }));
    const awards = [...segment.text.matchAll(OPTION_SHARES)].map((match) => ({
      at: match.index,
      amount: null,
      shares: Number(match[1]!.replace(/,/g, "")),
      unit: (/\bannual(?:ly)?\b|\beach year\b|\bper year\b/i.test(segment.text) ? "year" : "grant") as PayUnit,
    }));
    return [...cash, ...awards]
      .sort((a, b) => a.at - b.at)
      .map((item) => ({ description: describe(segment.text, item.at), amount: item.amount, shares: item.shares, unit: item.unit, names, source: sentence.source }));
  });
}

/** The unit a fee's own words give before it: "an annual retainer of $12,000", "a quarterly fee of $1,000". */
function unitBefore(text: string): PayUnit | null {
  if (/\bannual(?:ly)?\b/i.test(text)) return "year";
  if (/\bquarterly\b/i.test(text)) return "quarter";
  return /\bmonthly\b/i.test(text) ? "month" : null;
}

/** Splits a sentence where one pay item ends and the next begins: commas, semicolons, "plus", "and receives". */
function segments(text: string): { text: string }[] {
  const parts: { text: string }[] = [];
  let start = 0;
  for (const match of text.matchAll(SEGMENT_END)) {
    parts.push({ text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  parts.push({ text: text.slice(start) });
  return parts.filter((part) => part.text.trim() !== "");
}

/** The words of a segment from its last verb before the figure ("is paid a cash fee of …" → "a cash fee of …"). */
function describe(segment: string, at: number): string {
  const verbs = [...segment.slice(0, at).matchAll(VERB)];
  const last = verbs.at(-1);
  const from = last ? last.index + last[0].length : 0;
  return trimStop(segment.slice(from).replace(/^and\s+/i, ""));
}
