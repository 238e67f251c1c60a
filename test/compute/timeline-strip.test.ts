import { describe, expect, it } from "vitest";
import { buildTimelineStrip } from "../../src/compute/timeline-strip.ts";
import type { TimelineEvent } from "../../src/model/facts.ts";

const event = (date: string, end: string | null = null): TimelineEvent => ({
  date,
  precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  end,
  title: `Event ${date}`,
  incomplete: false,
  derived: null,
  recurrence: null,
  source: { filing: "f", section: "s", quote: "q" },
});

describe("buildTimelineStrip", () => {
  it("places a date and a period on a scale from the first year to the year after the last", () => {
    const strip = buildTimelineStrip([event("2000-01-01"), event("2001-01-01", "2002-01-01")], 300);
    expect(strip.ticks.map((t) => t.year)).toEqual([2000, 2001, 2002, 2003]);
    expect(strip.marks[0]).toMatchObject({ x: 0, width: 0, row: 0 });
    expect(strip.marks[1]!.x).toBeCloseTo(100, 0);
    expect(strip.marks[1]!.width).toBeCloseTo(100, 0);
  });

  it("stacks marks that would overlap, but never deeper than eight rows", () => {
    const strip = buildTimelineStrip(Array.from({ length: 20 }, () => event("2002-10-02")), 500);
    expect(strip.rows).toBe(8);
    expect(new Set(strip.marks.map((m) => m.row)).size).toBe(8);
  });

  it("labels every fifth year on a long strip", () => {
    const strip = buildTimelineStrip([event("1974"), event("2011-04-18")], 1000);
    expect(strip.ticks.map((t) => t.year)).toEqual([1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010]);
  });

  it("draws nothing for no events", () => {
    expect(buildTimelineStrip([], 100)).toEqual({ width: 100, rows: 0, ticks: [], marks: [] });
  });
});
