import { describe, expect, it } from "vitest";
import { eventsOf } from "./made-up.ts";

const proxy = { kind: "proxy statement", date: "2002-11-04" };
const titleOf = (body: string) => {
  const events = eventsOf(body, proxy);
  expect(events).toHaveLength(1);
  return events[0]!.title;
};

describe("extractEvents titles each event in the filing's words", () => {
  it("takes the clause that leads up to the date, without its lead-in words", () => {
    expect(titleOf("(3) Mr. Roe's employment terminated on January 24, 2002.")).toBe("Mr. Roe's employment terminated");
    expect(titleOf("Shareholders must submit such proposals to the Company no later than July 8, 2003.")).toBe(
      "Shareholders must submit such proposals to the Company",
    );
  });

  it("takes the main clause that follows a date opening the sentence", () => {
    expect(titleOf("On October 2, 2002, Mr. Roe entered into a Release Agreement pursuant to which he resigned.")).toBe("Mr. Roe entered into a Release Agreement");
    expect(titleOf("Effective July 26, 2002, the Company engaged Ledger & Co. as its auditors.")).toBe("The Company engaged Ledger & Co. as its auditors");
  });

  it("names the document a date belongs to", () => {
    expect(titleOf("A letter from Ledger & Co., dated June 17, 2002, has been filed as an exhibit.")).toBe("A letter from Ledger dated");
    expect(titleOf("The letter was filed as an Exhibit to the Company's Form 8-K dated June 12, 2002.")).toBe("The Company's Form 8-K dated");
  });

  it("gives a clause that starts with its verb the sentence's subject", () => {
    const events = eventsOf("JOHN Q. ROE became Chairman of the Board in September 2001 and was appointed Chief Executive Officer in October 2002.", proxy);
    expect(events.map((e) => e.title)).toEqual(["JOHN Q. ROE became Chairman of the Board", "JOHN Q. ROE was appointed Chief Executive Officer"]);
  });

  it("adds the time of day a meeting is held at", () => {
    expect(titleOf("The Annual Meeting of Shareholders will be held on December 5, 2002 at 10:00 a.m., local time.")).toBe(
      "The Annual Meeting of Shareholders will be held (10:00 a.m.)",
    );
  });

  it("keeps titles short and free of the dates they title", () => {
    const body =
      "This proxy statement is furnished in connection with the solicitation by the Board of Directors of Bluegill Lantern of proxies for use at the Annual Meeting of Shareholders to be held on December 5, 2002, and at any adjournment thereof.";
    expect(titleOf(body)).toBe("The Annual Meeting of Shareholders to be held");
    const titles = eventsOf("Mr. Roe has been a director since 1994 and on the committee since March 1990.", proxy).map((e) => e.title);
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).toMatch(/^Mr\. Roe has been a director\b(?!.*\d)/);
  });

  it("falls back on the section heading for a date standing alone", () => {
    expect(titleOf("November 4, 2002")).toBe("TERMS");
  });
});
