const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Matches a long-form date such as "October 2, 2002" or "Oct. 2, 2002". */
export const LONG_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s*(\d{4})\b/i;

/** Returns the ISO date of a long-form date match, or undefined when it is not a real calendar date. */
export function isoFromLongDate(match: RegExpExecArray): string | undefined {
  const monthText = match[1]!.toLowerCase();
  const month = MONTHS.findIndex((name) => name.startsWith(monthText.slice(0, 3))) + 1;
  return isoFromParts(Number(match[3]), month, Number(match[2]));
}

/** Returns YYYY-MM-DD for the parts, or undefined when they are not a real calendar date. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Returns the ISO date of an EDGAR header date such as "20051005". */
export function isoFromCompactDate(text: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  return match ? isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}
