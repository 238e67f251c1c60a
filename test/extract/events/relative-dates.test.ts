import { describe, expect, it } from "vitest";
import { datesOf, eventsOf } from "./made-up.ts";

const proxy = { kind: "proxy statement", date: "2002-11-04" };

describe("extractEvents computes dates a sentence counts from a date it names", () => {
  it("counts an anniversary of the date of this Agreement from the agreement's own date", () => {
    const events = eventsOf("Such options shall terminate upon the second anniversary of the date of this Agreement.");
    expect(events.map(datesOf)).toEqual([
      { date: "2004-10-02", precision: "day", end: null, incomplete: false, derived: "second anniversary of 2002-10-02 (the date of this Agreement)", recurrence: null },
    ]);
  });

  it("counts one (1) year from the date of execution", () => {
    const events = eventsOf("The Proxy shall terminate upon the passage of one (1) year from the date of execution.", { kind: "stock purchase agreement", date: "2002-10-02" });
    expect(events.map(datesOf)).toEqual([
      { date: "2003-10-02", precision: "day", end: null, incomplete: false, derived: "one (1) year from 2002-10-02 (the date of execution)", recurrence: null },
    ]);
  });

  it("counts from a printed date and moves a leap day to the end of February", () => {
    expect(eventsOf("The note matures on the first anniversary of February 29, 2000.", proxy).map((e) => [e.date, e.derived])).toEqual([
      ["2001-02-28", "first anniversary of 2000-02-29 (February 29, 2000)"],
    ]);
    expect(eventsOf("Payment is due 30 days after October 10, 2002.", proxy).map((e) => [e.date, e.derived])).toEqual([
      ["2002-11-09", "30 days after 2002-10-10 (October 10, 2002)"],
    ]);
  });

  it("invents no date when the sentence counts from something it does not date", () => {
    const body =
      "The Company shall reimburse the Consultant within 30 days following receipt of documentation. The Closing shall be held within three business days. Options vest on the fifth anniversary of the date of grant. Options are exercisable for a period of up to ten years from the date of grant.";
    expect(eventsOf(body)).toEqual([]);
    expect(eventsOf("Options terminate upon the second anniversary of the date of this Agreement.", proxy)).toEqual([]);
  });
});

describe("extractEvents computes periods a sentence states as a length", () => {
  it("counts a 12-month agreement from the date its sentence states", () => {
    const events = eventsOf("On October 1, 2001, the Company entered into a severance agreement with Ms. Roe which provided for a payment of $30,000 in exchange for a 12-month agreement not to compete, half of which was paid in cash.", proxy);
    expect(events.map((e) => [e.date, e.end, e.title, e.derived])).toEqual([
      ["2001-10-01", null, "The Company entered into a severance agreement with Ms. Roe", null],
      ["2001-10-01", "2002-10-01", "12-month agreement not to compete", "12 months from 2001-10-01 (the date the sentence states, October 1, 2001)"],
    ]);
  });

  it("counts for 24 months from the date of the sentence before, when the sentence continues it", () => {
    const body = "On October 2, 2002, Mr. Roe entered into a Release Agreement. Mr. Roe also entered into a Consulting Agreement for 24 months whereby he will be paid monthly.";
    const period = eventsOf(body, proxy).find((e) => e.end !== null)!;
    expect(datesOf(period)).toEqual({
      date: "2002-10-02",
      precision: "day",
      end: "2004-10-02",
      incomplete: false,
      derived: "24 months from 2002-10-02 (the date of the preceding sentence, October 2, 2002)",
      recurrence: null,
    });
    expect(period.title).toBe("Mr. Roe also entered into a Consulting Agreement");
  });

  it("counts from the date the section gives for the event the sentence names", () => {
    const body = [
      "On October 2, 2002, Mr. Roe signed a Release Agreement pursuant to which he resigned as a director.",
      "",
      "In connection with his resignation, Mr. Roe entered into a one-year Noncompetition Agreement with the Company.",
    ].join("\n");
    const period = eventsOf(body, proxy).find((e) => e.end !== null)!;
    expect([period.date, period.end, period.title, period.derived]).toEqual([
      "2002-10-02",
      "2003-10-02",
      "One-year Noncompetition Agreement",
      "one year from 2002-10-02 (the date this section gives for his resignation, October 2, 2002)",
    ]);
  });

  it("skips lengths with no stated start, conditional ones, and lengths of things that are no period", () => {
    const body = [
      "On June 7, 2001, the Company entered into employment agreements.",
      "",
      "If the Executive is terminated, he is entitled to severance for 18 months. The Consultant shall develop a five year plan.",
    ].join("\n");
    expect(eventsOf(body, proxy).map((e) => [e.date, e.end])).toEqual([["2001-06-07", null]]);
  });
});
