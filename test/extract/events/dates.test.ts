import { describe, expect, it } from "vitest";
import { fullYear } from "../../../src/extract/events/calendar.ts";
import { datesOf, eventsOf } from "./made-up.ts";

const proxy = { kind: "proxy statement", date: "2002-11-04" };
const only = (body: string, options = proxy) => {
  const events = eventsOf(body, options);
  expect(events, JSON.stringify(events, null, 1)).toHaveLength(1);
  return events[0]!;
};

describe("extractEvents reads explicit dates", () => {
  it.each([
    ["The note is due on October 2, 2002.", "2002-10-02"],
    ["The note is due on Oct. 2, 2002.", "2002-10-02"],
    ["The note is due on OCTOBER 2, 2002.", "2002-10-02"],
    ["The note is due on Sept. 30, 2003.", "2003-09-30"],
    ["The note is due on 2 October 2002.", "2002-10-02"],
    ["The note was signed this 28th day of June, 1996.", "1996-06-28"],
    ["The note is due on 10/02/02.", "2002-10-02"],
    ["The option expires on 8/23/06.", "2006-08-23"],
    ["The commission expires on 1/31/2000.", "2000-01-31"],
  ])("reads %j as a day", (body, date) => {
    expect(datesOf(only(body))).toEqual({ date, precision: "day", end: null, incomplete: false, derived: null, recurrence: null });
  });

  it.each([
    ["The plan expires in May 2006.", "2006-05"],
    ["The director passed away in June 2002.", "2002-06"],
    ["The plan expires in December, 2010.", "2010-12"],
  ])("reads %j as a month", (body, date) => {
    expect(datesOf(only(body))).toMatchObject({ date, precision: "month", end: null });
  });

  it.each([
    ["He joined the firm in 1974.", "1974"],
    ["She has been President of the council since 1996.", "1996"],
    ["During 2000, the Company loaned the officer $850,000.", "2000"],
  ])("reads %j as a year", (body, date) => {
    expect(datesOf(only(body))).toMatchObject({ date, precision: "year", end: null });
  });

  it("reads two-digit years from 00 to 49 as 2000s and from 50 to 99 as 1900s", () => {
    expect([fullYear("00"), fullYear("49"), fullYear("50"), fullYear("97"), fullYear("2011")]).toEqual([2000, 2049, 1950, 1997, 2011]);
    expect(only("The option expires on 3/12/11.").date).toBe("2011-03-12");
    expect(only("The shares were issued on 12/31/97.").date).toBe("1997-12-31");
  });

  it("keeps a date with a blank day at the month it gives, marked incomplete", () => {
    const event = only("The Buyer signed a Guaranty Agreement dated as of December __, 2001.");
    expect(datesOf(event)).toEqual({ date: "2001-12", precision: "month", end: null, incomplete: true, derived: null, recurrence: null });
    expect(only("The agreement is made this ___ day of September, 2000.").date).toBe("2000-09");
  });

  it("skips numbers that are no calendar dates and years that are part of a name", () => {
    const body = "The ratio was 25/35/45 on 2/30/02 under the 1996 Plan and the Securities Exchange Act of 1934, and the options may 2006 go.";
    expect(eventsOf(body, proxy)).toEqual([]);
  });

  it("skips fiscal-period labels and the years figures are compared with", () => {
    const body =
      "During the fiscal year ended December 31, 2001, the Board of Directors held five meetings. Sales were $5 million compared to $4 million in 1999.";
    expect(eventsOf(body, proxy)).toEqual([]);
  });

  it("quotes the whole sentence that states the date, with the block's section and line", () => {
    const event = only("The fee is set. Mr. Roe's employment terminated on January 24, 2002 at 10:00 a.m. Pacific time. Nothing else changed.");
    // The body starts on line 16: twelve frontmatter lines, a blank line, the heading and another blank line.
    expect(event.source).toEqual({
      filing: "bluegill-2002-11-04-proxy-statement",
      section: "terms",
      quote: "Mr. Roe's employment terminated on January 24, 2002 at 10:00 a.m. Pacific time.",
      line: 16,
    });
  });
});
