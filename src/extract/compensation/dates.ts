const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;

/** A date as filings print it: "October 15, 2002", "December 2002", "8/23/06", "the date hereof" (source text). */
export const DATE_PHRASE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|${MONTH},?\s+\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|the\s+date\s+(?:hereof|of\s+this\s+Agreement))`;

const LONG = new RegExp(String.raw`^(${MONTH})\s+(\d{1,2}),?\s+(\d{4})$`, "i");
const MONTH_YEAR = new RegExp(String.raw`^(${MONTH}),?\s+(\d{4})$`, "i");
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const HEREOF = /^the\s+date\s+(?:hereof|of\s+this\s+agreement)$/i;

/**
 * Returns a printed date as "YYYY-MM-DD" or "YYYY-MM", or null when it is not one. "The date hereof" is the
 * filing's date; a two-digit year takes the century that puts it nearest the filing's year.
 */
export function isoFromDateText(text: string, filingDate: string): string | null {
  const trimmed = text.trim();
  if (HEREOF.test(trimmed)) return filingDate;
  const long = LONG.exec(trimmed);
  if (long) return isoDay(Number(long[3]), monthNumber(long[1]!), Number(long[2]));
  const monthYear = MONTH_YEAR.exec(trimmed);
  if (monthYear) return `${monthYear[2]}-${pad(monthNumber(monthYear[1]!))}`;
  const numeric = NUMERIC.exec(trimmed);
  if (!numeric) return null;
  const printedYear = numeric[3]!;
  const year = printedYear.length === 4 ? Number(printedYear) : nearestCentury(Number(printedYear), Number(filingDate.slice(0, 4)));
  return isoDay(year, Number(numeric[1]), Number(numeric[2]));
}

/** Returns the first date the text prints, as ISO, or null. */
export function findIsoDate(text: string, filingDate: string): string | null {
  const match = new RegExp(DATE_PHRASE, "i").exec(text);
  return match ? isoFromDateText(match[0], filingDate) : null;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function nearestCentury(twoDigits: number, aroundYear: number): number {
  const base = Math.floor(aroundYear / 100) * 100 + twoDigits;
  return [base - 100, base, base + 100].reduce((best, year) => (Math.abs(year - aroundYear) < Math.abs(best - aroundYear) ? year : best));
}

function isoDay(year: number, month: number, day: number): string | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
