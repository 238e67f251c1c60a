import { describe, expect, it } from "vitest";
import { datesOf, eventsOf } from "./made-up.ts";

const proxy = { kind: "proxy statement", date: "2002-11-04" };

describe("extractEvents reads periods as one event with a start and an end", () => {
  it.each([
    ["He was Vice President of Harbor Mills from 1991 to 2002.", "1991", "year", "2002"],
    ["Mr. Roe served as controller of the firm from 1980-1983.", "1980", "year", "1983"],
    ["He was Chairman of Harbor Mills between 1965 and 1978.", "1965", "year", "1978"],
    ["He managed clients from August 1984 until December 1992.", "1984-08", "month", "1992-12"],
    ["The Consultant shall serve for a period commencing on October 3, 2002 and terminating October 2, 2004.", "2002-10-03", "day", "2004-10-02"],
    ["The graph covers the period commencing February 19, 1997 and ending December 31, 2001.", "1997-02-19", "day", "2001-12-31"],
  ])("reads %j", (body, date, precision, end) => {
    expect(eventsOf(body, proxy).map(datesOf)).toEqual([{ date, precision, end, incomplete: false, derived: null, recurrence: null }]);
  });

  it("starts a period at the agreement's own date when it begins as of the date of this Agreement, and says so", () => {
    const events = eventsOf("Beginning as of the date of this Agreement and continuing through December 31, 2002, the Consultant shall be available.");
    expect(events.map(datesOf)).toEqual([
      { date: "2002-10-02", precision: "day", end: "2002-12-31", incomplete: false, derived: "from 2002-10-02 (the date of this Agreement)", recurrence: null },
    ]);
    expect(events[0]!.title).toBe("The Consultant shall be available");
  });

  it("leaves a self-reference alone in a filing that only reports on an agreement", () => {
    expect(eventsOf("Beginning as of the date of this Agreement and continuing through December 31, 2002, he consults.", proxy).map((e) => e.date)).toEqual([
      "2002-12-31",
    ]);
  });

  it("does not join two listed dates into a period", () => {
    const events = eventsOf("The balance sheets are as of June 30, 2001 and 2000.", proxy);
    expect(events.map(datesOf)).toEqual([{ date: "2001-06-30", precision: "day", end: null, incomplete: false, derived: null, recurrence: null }]);
  });
});

describe("extractEvents attaches a recurrence to the period it belongs to", () => {
  it("puts the 15th day of each month on the fee period, not on a date of its own", () => {
    const body = "The Company shall pay the Consultant $10,000 per month beginning as of the date hereof and continuing through December 31, 2002, payable on the 15th day of each month.";
    const events = eventsOf(body);
    expect(events.map(datesOf)).toEqual([
      { date: "2002-10-02", precision: "day", end: "2002-12-31", incomplete: false, derived: "from 2002-10-02 (the date hereof)", recurrence: "the 15th day of each month" },
    ]);
  });

  it("puts a yearly date on the statement it follows", () => {
    const body = "In July 1999, the shareholders approved automatic increases of 300,000 shares on each August 1 thereafter.";
    expect(eventsOf(body, proxy).map(datesOf)).toEqual([
      { date: "1999-07", precision: "month", end: null, incomplete: false, derived: null, recurrence: "each August 1 thereafter" },
    ]);
  });

  it("makes no event of a recurrence with no date in its sentence", () => {
    expect(eventsOf("The fee is payable on the 1st day of each calendar quarter.", proxy)).toEqual([]);
  });
});
