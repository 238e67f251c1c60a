import { describe, expect, it } from "vitest";
import { findIsoDate, isoFromDateText } from "../../../src/extract/compensation/dates.ts";
import { findPeriod } from "../../../src/extract/compensation/periods.ts";

describe("isoFromDateText", () => {
  it("reads long, short-month and numeric dates", () => {
    expect(isoFromDateText("October 15, 2002", "2002-11-04")).toBe("2002-10-15");
    expect(isoFromDateText("DECEMBER 31, 2001", "2002-11-04")).toBe("2001-12-31");
    expect(isoFromDateText("Sept. 3, 1999", "2002-11-04")).toBe("1999-09-03");
    expect(isoFromDateText("8/23/06", "2002-11-04")).toBe("2006-08-23");
  });

  it("puts a two-digit year in the century nearest the filing", () => {
    expect(isoFromDateText("9/9/94", "1994-09-27")).toBe("1994-09-09");
    expect(isoFromDateText("1/8/07", "1998-04-17")).toBe("2007-01-08");
  });

  it("gives a month for a month and year", () => {
    expect(isoFromDateText("Jul. 2003", "1994-09-27")).toBe("2003-07");
    expect(isoFromDateText("December 2002", "2002-11-04")).toBe("2002-12");
  });

  it("reads the date hereof as the filing's date", () => {
    expect(isoFromDateText("the date hereof", "2002-10-02")).toBe("2002-10-02");
    expect(isoFromDateText("the date of this Agreement", "2002-10-02")).toBe("2002-10-02");
  });

  it("refuses a day the calendar does not have", () => {
    expect(isoFromDateText("February 30, 2002", "2002-11-04")).toBeNull();
    expect(isoFromDateText("13/1/02", "2002-11-04")).toBeNull();
  });

  it("finds the first date in a header", () => {
    expect(findIsoDate("NUMBER OF SHARES AT DECEMBER 31, 2001 EXERCISABLE/UNEXERCISABLE", "2002-11-04")).toBe("2001-12-31");
    expect(findIsoDate("AT FISCAL YEAR-END", "2002-11-04")).toBeNull();
  });
});

describe("findPeriod", () => {
  it("prefers the start and end stated after the figure", () => {
    const period = findPeriod("pay ", " per month beginning as of the date hereof and continuing through December 31, 2002.", "2002-10-02");
    expect(period).toEqual({ from: "2002-10-02", through: "2002-12-31" });
  });

  it("falls back to the nearest start stated before the figure", () => {
    expect(findPeriod("For services after January 1, 2003, the Company shall pay a fee of ", ".", "2002-10-02")).toEqual({ from: "2003-01-01", through: null });
  });
});
