import { precisionOf } from "./calendar.ts";
import type { DateMention } from "./types.ts";

const INSTRUMENT = "(?:Agreement|Amendment|Proxy|Note|Instrument|Guaranty|Guarantee|Lease|Letter|Contract)";
const SELF_REFERENCE = new RegExp(
  `\\bthe\\s+date\\s+(?:of\\s+(?:the\\s+execution\\s+of\\s+)?this\\s+${INSTRUMENT}|hereof|of\\s+(?:its\\s+)?execution(?:\\s+hereof)?|first\\s+(?:above\\s+written|written\\s+above|set\\s+forth\\s+above))\\b`,
  "gi",
);
// Kinds of filing that are themselves the instrument they speak of, so "the date hereof" is the filing's date.
// A current report or proxy statement only quotes instruments whose dates may differ from its own.
const SELF_DATED_KIND = new RegExp(`\\b${INSTRUMENT}$`, "i");

/** Returns the date "this Agreement", "hereof" and "the date of execution" mean in this filing, or null when the filing is no such instrument. */
export function selfDate(kind: string, date: string): string | null {
  return SELF_DATED_KIND.test(kind.trim()) ? date : null;
}

/** Returns the sentence's references to the instrument's own date ("the date of this Agreement") as mentions of that date. */
export function findAnchors(text: string, date: string | null): DateMention[] {
  if (date === null) return [];
  return [...text.matchAll(SELF_REFERENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    date,
    precision: precisionOf(date),
    incomplete: false,
    kind: "anchor" as const,
    phrase: match[0],
  }));
}
