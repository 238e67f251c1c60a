import type { TimelineEvent } from "../model/facts.ts";

/** One mark of the timeline strip: a dot for a date, a bar for a period, in SVG user units. */
export interface StripMark {
  readonly x: number;
  /** Width of a period's bar; 0 for a single date. */
  readonly width: number;
  readonly row: number;
  readonly title: string;
}

/** The strip drawn at build time: its year ticks and marks, laid out so marks never overlap. */
export interface TimelineStrip {
  readonly width: number;
  readonly rows: number;
  readonly ticks: readonly { readonly x: number; readonly year: number }[];
  readonly marks: readonly StripMark[];
}

const DAY_MS = 86_400_000;
/** Crowded years stack at most this deep; further marks share the least busy row. */
const MAX_ROWS = 8;

/** Returns the layout of a timeline strip `width` units wide for the events (which come sorted). */
export function buildTimelineStrip(events: readonly TimelineEvent[], width: number): TimelineStrip {
  if (events.length === 0) return { width, rows: 0, ticks: [], marks: [] };
  const firstYear = Number(events[0]!.date.slice(0, 4));
  const lastYear = Math.max(...events.map((e) => Number((e.end ?? e.date).slice(0, 4)))) + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear, 0, 1) - start;
  const scale = (iso: string) => ((dayOf(iso) - start) / span) * width;
  const rowEnds: number[] = [];
  const marks = events.map((event) => {
    const x = scale(event.date);
    const barWidth = event.end ? Math.max(2, scale(event.end) - x) : 0;
    let row = rowEnds.findIndex((end) => end + 4 <= x);
    if (row < 0 && rowEnds.length < MAX_ROWS) row = rowEnds.push(0) - 1;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = x + Math.max(barWidth, 6);
    return { x: round(x), width: round(barWidth), row, title: event.title };
  });
  // Label every year on a short strip, every fifth on a long one, so the labels never overlap.
  const step = lastYear - firstYear > 20 ? 5 : 1;
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ x: round(((Date.UTC(firstYear + i, 0, 1) - start) / span) * width), year: firstYear + i })).filter(
    (tick) => tick.year % step === 0,
  );
  return { width, rows: rowEnds.length, ticks, marks };
}

/** Day of a "YYYY[-MM[-DD]]" date in UTC milliseconds, a partial date counting from its first day. */
function dayOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split("-").map(Number) as [number, number?, number?];
  return Date.UTC(year, month - 1, day) - (Date.UTC(year, month - 1, day) % DAY_MS);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
