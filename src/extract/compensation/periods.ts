import { DATE_PHRASE, isoFromDateText } from "./dates.ts";

/** A period's start and end as the text around a figure states them, as ISO dates (or months). */
export interface Period {
  readonly from: string | null;
  readonly through: string | null;
}

const FROM = new RegExp(String.raw`\b(?:beginning|commencing|starting|effective|from|after)(?:\s+(?:as\s+of|on|with))?\s+(${DATE_PHRASE})`, "gi");
const THROUGH = new RegExp(String.raw`\b(?:through|until|to\s+and\s+including|ending(?:\s+on)?)\s+(${DATE_PHRASE})`, "gi");

/**
 * Returns the period a figure is stated for: the nearest start and end after it ("$10,000 per month
 * beginning as of the date hereof and continuing through December 31, 2002"), else the nearest before it
 * ("For all Services … after January 1, 2003 …, … $150 per hour").
 */
export function findPeriod(before: string, after: string, filingDate: string): Period {
  return { from: nearest(FROM, before, after, filingDate), through: nearest(THROUGH, before, after, filingDate) };
}

function nearest(pattern: RegExp, before: string, after: string, filingDate: string): string | null {
  const following = [...after.matchAll(pattern)][0];
  const preceding = [...before.matchAll(pattern)].at(-1);
  const match = following ?? preceding;
  return match ? isoFromDateText(match[1]!, filingDate) : null;
}

const EFFECTIVE = new RegExp(String.raw`\b(?:effective|commencing|beginning|starting|as\s+of)(?:\s+(?:as\s+of|on))?\s+(${DATE_PHRASE})`, "i");

/** Returns the date a sentence says something takes effect ("Effective June 7, 2001," → "2001-06-07"), or null. */
export function findEffectiveDate(text: string, filingDate: string): string | null {
  const match = EFFECTIVE.exec(text);
  return match ? isoFromDateText(match[1]!, filingDate) : null;
}
