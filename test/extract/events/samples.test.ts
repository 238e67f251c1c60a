import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { collapseSpaces, type FilingDoc } from "../../../src/extract/filing-doc.ts";
import type { TimelineEvent } from "../../../src/model/facts.ts";
import { sampleDocs } from "../../support/docs.ts";

const docs = sampleDocs();
const byKind = (kind: string): FilingDoc => docs.find((doc) => doc.frontmatter.kind === kind)!;
const consulting = byKind("consulting agreement");
const purchase = byKind("stock purchase agreement");
const proxy = byKind("proxy statement");
const eventsByDoc = new Map(docs.map((doc) => [doc.id, extractEvents(doc)]));

interface Expected {
  readonly date: string;
  readonly end?: string | null;
  /** Words the quote contains: the date as printed, and what sets the event apart. */
  readonly quote: readonly string[];
  readonly derived?: string;
  readonly recurrence?: string;
  readonly incomplete?: boolean;
  readonly title?: string;
}

/** Returns the one event of the filing with the date, end and quote words; fails when there is none. */
function find(doc: FilingDoc, expected: Expected): TimelineEvent {
  const found = eventsByDoc.get(doc.id)!.filter(
    (e) => e.date === expected.date && (expected.end === undefined || e.end === expected.end) && expected.quote.every((words) => e.source.quote.includes(words)),
  );
  expect(found.length, `${doc.id}: ${JSON.stringify(expected)}`).toBeGreaterThan(0);
  const event = found[0]!;
  if (expected.derived !== undefined) expect(event.derived).toBe(expected.derived);
  if (expected.recurrence !== undefined) expect(event.recurrence).toBe(expected.recurrence);
  if (expected.title !== undefined) expect(event.title).toContain(expected.title);
  expect(event.incomplete).toBe(expected.incomplete ?? false);
  return event;
}

describe("extractEvents on the sample consulting agreement", () => {
  it.each<Expected>([
    { date: "2002-10-02", end: null, quote: ["dated as of October 2, 2002"], title: "Consulting Agreement dated" },
    { date: "2002-10-02", end: "2002-12-31", quote: ["Beginning as of the date of this Agreement", "December 31, 2002"], derived: "from 2002-10-02 (the date of this Agreement)" },
    { date: "2002-10-02", end: "2002-12-31", quote: ["$10,000 per month", "December 31, 2002"], recurrence: "the 15th day of each month" },
    { date: "2003-01-01", end: null, quote: ["Beginning January 1, 2003"] },
    { date: "2002-10-03", end: "2004-10-02", quote: ["commencing on October 3, 2002 and terminating October 2, 2004"] },
    { date: "2004-10-02", end: null, quote: ["second anniversary of the date of this Agreement"], derived: "second anniversary of 2002-10-02 (the date of this Agreement)" },
  ])("has $date to $end: $quote", (expected) => {
    find(consulting, expected);
  });
});

describe("extractEvents on the sample stock purchase agreement and its Irrevocable Proxy", () => {
  it.each<Expected>([
    { date: "2002-10-02", end: null, quote: ["entered into as of October 2, 2002"] },
    { date: "2002-10-10", end: null, quote: ["on or prior to October 10, 2002"] },
    { date: "2002-10-10", end: null, quote: ["Conditions Precedent", "October 10, 2002"] },
    { date: "2000-08-28", end: null, quote: ["note to the Company dated August 28, 2000"], title: "note dated" },
    { date: "2003-08-15", end: null, quote: ["August 15, 2003"] },
    { date: "2004-04-15", end: null, quote: ["April 15, 2004"] },
    { date: "2001-12", end: null, quote: ["Guaranty Agreement", "December __, 2001"], incomplete: true, title: "Guaranty Agreement dated" },
    { date: "2002-09-01", end: null, quote: ["later of September 1, 2002"] },
    { date: "2003-10-02", end: null, quote: ["one (1) year from the date of execution"], derived: "one (1) year from 2002-10-02 (the date of execution)" },
    { date: "2002-10-02", end: null, quote: ["written proxy effective October 2, 2002"], title: "proxy effective" },
  ])("has $date: $quote", (expected) => {
    find(purchase, expected);
  });

  it("keeps the blank-day guaranty date at month precision", () => {
    expect(find(purchase, { date: "2001-12", quote: ["December __, 2001"], incomplete: true }).precision).toBe("month");
  });
});

describe("extractEvents on the sample proxy statement", () => {
  it.each<Expected>([
    { date: "2002-12-05", end: null, quote: ["will be held", "on December 5, 2002 at 10:00 a.m."], title: "(10:00 a.m.)" },
    { date: "2002-11-01", end: null, quote: ["close of business on November 1, 2002"] },
    { date: "2002-11-04", end: null, quote: ["first being mailed to shareholders on or about November 4, 2002"] },
    { date: "2002-07-26", end: null, quote: ["Effective July 26, 2002", "engaged Singer Lewak"] },
    { date: "2002-06-12", end: null, quote: ["dismissed its previous independent accountants", "June 12, 2002"] },
    { date: "2002-02-25", end: null, quote: ["report of PwC dated February 25, 2002"] },
    { date: "2002-03-07", end: null, quote: ["letter dated March 7, 2002"] },
    { date: "2002-06-17", end: null, quote: ["dated June 17, 2002"] },
    { date: "2002-06-12", end: null, quote: ["Form 8-K dated June 12, 2002"], title: "Form 8-K dated" },
    { date: "2002-06", end: null, quote: ["passed away in June 2002"] },
    { date: "2000-08-15", end: null, quote: ["adopted by the Board of Directors on August 15, 2000"] },
    { date: "2001-09", end: null, quote: ["Chairman of the Board of the Company in September 2001"] },
    { date: "2002-10", end: null, quote: ["Chief Executive Officer in October 2002"] },
    { date: "1991", end: "2002", quote: ["from 1991 to 2002"] },
    { date: "1987", end: "1991", quote: ["From 1987 to 1991"] },
    { date: "2000-11", end: null, quote: ["in November 2000"] },
    { date: "1994", end: "2000", quote: ["From 1994 to 2000"] },
    { date: "1983", end: "1994", quote: ["From 1983 to 1994"] },
    { date: "1980", end: "1983", quote: ["from 1980-1983"] },
    { date: "2000-01", end: null, quote: ["since January 2000"] },
    { date: "1974", end: null, quote: ["joined in 1974"] },
    { date: "1993-01", end: null, quote: ["in January 1993"] },
    { date: "1984-08", end: "1992-12", quote: ["from August 1984 until December 1992"] },
    { date: "1996", end: null, quote: ["since 1996"] },
    { date: "2001-06-07", end: null, quote: ["Effective June 7, 2001"] },
    { date: "2002-01-24", end: null, quote: ["Mr. Hester's employment terminated on January 24, 2002."], title: "Mr. Hester's employment terminated" },
    { date: "2002-10-03", end: null, quote: ["Mr. Stefanko's employment terminated on October 3, 2002."] },
    { date: "2002-06-01", end: null, quote: ["Commencing June 1, 2002"] },
    { date: "2004-08-23", end: null, quote: ["Options will become exercisable on 8/23/04."] },
    { date: "2006-08-23", end: null, quote: ["8/23/06"], title: "Expiration date" },
    { date: "2011-03-12", end: null, quote: ["3/12/11"] },
    { date: "2011-04-18", end: null, quote: ["4/18/11"] },
    { date: "1999-07", end: null, quote: ["In July 1999"], recurrence: "each August 1 thereafter" },
    { date: "2006-05", end: null, quote: ["expires in May 2006"] },
    { date: "2010-12", end: null, quote: ["expires in December 2010"] },
    { date: "2002-12-31", end: null, quote: ["is due on December 31, 2002"] },
    { date: "2000-12", end: null, quote: ["In December 2000"] },
    { date: "2001-03", end: null, quote: ["In March 2001"] },
    { date: "2001-10-01", end: null, quote: ["On October 1, 2001"] },
    { date: "2001-10-01", end: "2002-10-01", quote: ["12-month agreement not to compete"], derived: "12 months from 2001-10-01 (the date the sentence states, October 1, 2001)" },
    { date: "2002-10-02", end: null, quote: ["On October 2, 2002, Mr. Stefanko entered into a Resignation"] },
    { date: "2002-10-02", end: "2004-10-02", quote: ["for 24 months"], derived: "24 months from 2002-10-02 (the date of the preceding sentence, October 2, 2002)" },
    {
      date: "2002-10-02",
      end: "2003-10-02",
      quote: ["one-year Noncompetition Agreement"],
      derived: "one year from 2002-10-02 (the date this section gives for his resignation, October 2, 2002)",
    },
    { date: "1997-02-19", end: "2001-12-31", quote: ["commencing February 19, 1997 and ending December 31, 2001"] },
    { date: "1997-02-19", end: null, quote: ["initial public offering date"] },
    { date: "2002-10-15", end: null, quote: ["as of October 15, 2002, by"] },
    { date: "2003-07-08", end: null, quote: ["no later than July 8, 2003"] },
    { date: "2003-09-30", end: null, quote: ["before September 30, 2003"] },
  ])("has $date to $end: $quote", (expected) => {
    find(proxy, expected);
  });

  it("puts neither the performance table's column dates nor the fiscal years ended on the timeline", () => {
    const events = eventsByDoc.get(proxy.id)!;
    expect(events.filter((e) => e.source.section === "annual-return-percentage" || e.source.section === "indexed-returns")).toEqual([]);
    expect(events.filter((e) => /fiscal years? ended December 31, 2001/.test(e.source.quote) && e.date === "2001-12-31")).toEqual([]);
  });
});

describe.each(docs.map((doc) => [doc.id, doc] as const))("extractEvents on %s", (_id, doc) => {
  const events = eventsByDoc.get(doc.id)!;

  it("quotes every event with a sentence that reads in its section", () => {
    for (const event of events) {
      const text = doc.sectionText.get(event.source.section);
      expect(text, event.source.section).toBeDefined();
      expect(collapseSpaces(text!).includes(collapseSpaces(event.source.quote)), `${event.source.section}: ${event.source.quote}`).toBe(true);
      expect(event.source.filing).toBe(doc.id);
    }
  });

  it("gives every event a short title and dates in order", () => {
    for (const event of events) {
      expect(event.title.length, event.title).toBeGreaterThan(0);
      expect(event.title.length, event.title).toBeLessThanOrEqual(80);
      if (event.end !== null) expect(event.end >= event.date, `${event.date} to ${event.end}`).toBe(true);
    }
  });

  it("returns the same events, sorted, on every run", () => {
    expect(extractEvents(doc)).toEqual(events);
    const keys = events.map((e) => [e.date, e.end ?? "", e.source.filing, e.source.section, e.title]);
    const byFields = (a: string[], b: string[]) => a.reduce((order, field, i) => order || (field < b[i]! ? -1 : field > b[i]! ? 1 : 0), 0);
    expect(keys).toEqual([...keys].sort(byFields));
  });
});
