import type { TimelineEvent } from "../../model/facts.ts";

/**
 * Returns the events in date order with each date and sentence once; ties go by end, filing, section, title and
 * quote. Sorting comes first, so which of two duplicates stays never depends on the order they came in.
 */
export function orderEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Set<string>();
  return [...events].sort(compareEvents).filter((event) => {
    const key = [event.source.filing, event.date, event.end ?? "", event.source.quote].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Orders two events by date, end (an open end first), filing, section, title, quote, derivation, recurrence and line. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compare(a.date, b.date) ||
    compare(a.end ?? "", b.end ?? "") ||
    compare(a.source.filing, b.source.filing) ||
    compare(a.source.section, b.source.section) ||
    compare(a.title, b.title) ||
    compare(a.source.quote, b.source.quote) ||
    compare(a.derived ?? "", b.derived ?? "") ||
    compare(a.recurrence ?? "", b.recurrence ?? "") ||
    (a.source.line ?? 0) - (b.source.line ?? 0)
  );
}

// Code-unit order, not locale order, so the result is the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
