import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addYears, format } from "date-fns";
import type { DatePrecision } from "../../model/facts.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A regular-expression source matching a month name or its abbreviation ("October", "Oct", "Sept"). */
export const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b";

/** A unit a relative date counts in. */
export type DateUnit = "year" | "month" | "day";

/** Returns the month number (1–12) of a month name or abbreviation. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Returns the four-digit year of a printed year; two-digit years are read in a window from 1950 to 2049. */
export function fullYear(printed: string): number {
  const value = Number(printed);
  if (printed.length !== 2) return value;
  // EDGAR text filings (1993 on) look back to founding and IPO dates ("12/31/97") and forward to option
  // expirations ("3/12/11"), so 00–49 read as 2000s and 50–99 as 1900s.
  return value < 50 ? 2000 + value : 1900 + value;
}

/** True for a year a filing plausibly states as a date, not an amount or an address number. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

/** Returns the date at the given precision ("2002-10-02", "2002-10", "2002"), or undefined when it is no calendar day. */
export function isoDate(year: number, month: number | null, day: number | null): string | undefined {
  if (!isPlausibleYear(year)) return undefined;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return undefined;
  const date = new UTCDate(year, month - 1, day ?? 1);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== (day ?? 1)) return undefined;
  return format(date, day === null ? "yyyy-MM" : "yyyy-MM-dd");
}

/** Returns how precise an ISO date of this module's formats is. */
export function precisionOf(iso: string): DatePrecision {
  return iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year";
}

/**
 * Returns the date moved by an amount of units, at the date's own precision, or undefined when the unit is finer
 * than the date (months from a bare year, days from a month).
 */
export function shiftDate(iso: string, amount: number, unit: DateUnit): string | undefined {
  const precision = precisionOf(iso);
  if ((precision === "year" && unit !== "year") || (precision === "month" && unit === "day")) return undefined;
  const [year, month, day] = iso.split("-").map(Number) as [number, number?, number?];
  const date = new UTCDate(year, (month ?? 1) - 1, day ?? 1);
  const moved = unit === "year" ? addYears(date, amount) : unit === "month" ? addMonths(date, amount) : addDays(date, amount);
  return format(moved, precision === "day" ? "yyyy-MM-dd" : precision === "month" ? "yyyy-MM" : "yyyy");
}
