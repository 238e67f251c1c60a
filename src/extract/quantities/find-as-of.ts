import type { AsOfDate } from "../../model/checks.ts";
import { findAnchors } from "../events/find-anchors.ts";
import { findDates } from "../events/find-dates.ts";

/**
 * Returns the dates a sentence gives with "as of": a printed day ("as of October 2, 2002") or the instrument's own date
 * ("as of the date of this Agreement"), which only an agreement or other instrument can mean (selfDate null otherwise).
 */
export function findAsOf(text: string, selfDate: string | null): AsOfDate[] {
  const mentions = [...findDates(text).filter((m) => m.kind === "explicit" && m.precision === "day" && !m.incomplete), ...findAnchors(text, selfDate)];
  return mentions
    .filter((m) => /\bas\s+of\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ date: m.date, printed: text.slice(m.start - text.slice(0, m.start).match(/as\s+of\s+$/i)![0].length, m.end), end: m.end }));
}
