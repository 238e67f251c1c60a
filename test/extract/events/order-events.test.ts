import { describe, expect, it } from "vitest";
import { orderEvents } from "../../../src/extract/events/order-events.ts";
import type { TimelineEvent } from "../../../src/model/facts.ts";
import { eventsOf } from "./made-up.ts";

function event(date: string, options: { end?: string; filing?: string; section?: string; title?: string; quote?: string } = {}): TimelineEvent {
  return {
    date,
    precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
    end: options.end ?? null,
    title: options.title ?? "Title",
    incomplete: false,
    derived: null,
    recurrence: null,
    source: { filing: options.filing ?? "a", section: options.section ?? "s", quote: options.quote ?? `Quote ${date}.`, line: 1 },
  };
}

describe("orderEvents", () => {
  it("sorts by date, then end with an open end first, then filing, section and title", () => {
    const events = [
      event("2002-10-02", { title: "b" }),
      event("2002-10-02", { end: "2003-01-01", quote: "q2" }),
      event("2002", { quote: "q3" }),
      event("2002-10-02", { title: "a", quote: "q4" }),
      event("2002-10-02", { section: "r", quote: "q5" }),
      event("2002-10-02", { filing: "0", quote: "q6" }),
      event("2002-10", { quote: "q7" }),
    ];
    expect(orderEvents(events).map((e) => [e.date, e.end, e.source.filing, e.source.section, e.title])).toEqual([
      ["2002", null, "a", "s", "Title"],
      ["2002-10", null, "a", "s", "Title"],
      ["2002-10-02", null, "0", "s", "Title"],
      ["2002-10-02", null, "a", "r", "Title"],
      ["2002-10-02", null, "a", "s", "a"],
      ["2002-10-02", null, "a", "s", "b"],
      ["2002-10-02", "2003-01-01", "a", "s", "Title"],
    ]);
  });

  it("gives the same order whatever order the events come in", () => {
    const events = [event("2001"), event("2001", { quote: "other" }), event("2001-01-01", { title: "x" }), event("2001-01-01", { title: "y" })];
    expect(orderEvents([...events].reverse())).toEqual(orderEvents(events));
  });

  it("keeps the same date and sentence once", () => {
    const body = "If the Closing takes place on or prior to October 10, 2002, the Buyer shall pay $100,000 on or before October 10, 2002.";
    const events = eventsOf(body, { kind: "stock purchase agreement" });
    expect(events.map((e) => [e.date, e.title])).toEqual([["2002-10-10", "If the Closing takes place"]]);
  });

  it("keeps the same date stated by two sentences twice", () => {
    const body = "Date: 10/02/02\n\nThe Agreement is dated as of October 2, 2002.";
    expect(eventsOf(body).map((e) => e.source.quote)).toEqual(["Date: 10/02/02", "The Agreement is dated as of October 2, 2002."]);
  });
});
