import type { PayUnit } from "../../model/compensation.ts";
import { decimalToCents } from "./cell-values.ts";

/** A dollar amount a sentence prints, where it is, and what it is per. */
export interface MoneyMention {
  /** Offset of the dollar sign in the sentence. */
  readonly start: number;
  /** Offset just past the amount (and "million", when printed). */
  readonly end: number;
  /** The amount in cents, or null when it needs a fraction of a cent. */
  readonly cents: number | null;
  /** What follows the amount: a pay unit, "share" for a price per share, or null. */
  readonly per: PayUnit | "share" | null;
}

const MONEY = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|billion))?/g;
const SCALE: Record<string, number> = { million: 6, billion: 9 };
// A closing parenthesis may come first: "Three Hundred Thousand Dollars ($300,000.00) per annum".
const PER = /^\)?\s*(?:per|an?|each|every)\s+(hour|day|week|month|quarter|year|annum|share)\b/i;
const PER_MEETING = /^\)?\s*(?:per|for each|for every|each|for attendance at each)\s+(?:[A-Za-z-]+\s+){0,3}meeting/i;
const ADVERB = /^\)?\s*,?\s*(hourly|daily|weekly|monthly|quarterly|annually)\b/i;
const ADVERB_UNIT: Record<string, PayUnit> = { hourly: "hour", daily: "day", weekly: "week", monthly: "month", quarterly: "quarter", annually: "year" };

const WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
/** A count as digits or words ("18", "nine", "twenty-four"), as regular-expression source. */
export const COUNT = String.raw`(?:\d+|(?:twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?|[a-z]+teen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Returns the dollar amounts a sentence prints, with the unit printed after each. */
export function findMoney(text: string): MoneyMention[] {
  return [...text.matchAll(MONEY)].map((match) => {
    const end = match.index + match[0].length;
    return { start: match.index, end, cents: centsOfMatch(match), per: unitAfter(text.slice(end, end + 80)) };
  });
}

/** Returns the pay unit printed right after an amount: "per month", "an hour", "for each committee meeting", "monthly". */
export function unitAfter(text: string): PayUnit | "share" | null {
  const per = PER.exec(text);
  if (per) return per[1]!.toLowerCase() === "annum" ? "year" : (per[1]!.toLowerCase() as PayUnit | "share");
  if (PER_MEETING.test(text)) return "meeting";
  const adverb = ADVERB.exec(text);
  return adverb ? ADVERB_UNIT[adverb[1]!.toLowerCase()]! : null;
}

/** Returns a count printed as digits or words ("18", "six", "twenty-four"), or null. */
export function countFromText(text: string): number | null {
  const word = text.toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  if (WORDS.includes(word)) return WORDS.indexOf(word);
  const [tens, ones] = word.split("-");
  if (tens && TENS[tens] !== undefined) {
    if (ones === undefined) return TENS[tens]!;
    const one = WORDS.indexOf(ones);
    return one > 0 && one < 10 ? TENS[tens]! + one : null;
  }
  return null;
}

function centsOfMatch(match: RegExpExecArray): number | null {
  const whole = match[1]!.replace(/,/g, "");
  const fraction = match[2] ?? "";
  const zeros = match[3] ? SCALE[match[3].toLowerCase()]! : 0;
  const digits = `${whole}${fraction.padEnd(zeros, "0")}`;
  const point = whole.length + zeros;
  const decimal = `${digits.slice(0, point)}${digits.length > point ? `.${digits.slice(point)}` : ""}`;
  return decimalToCents(decimal.replace(/^0+(?=\d)/, ""));
}
