import { describe, expect, it } from "vitest";
import { extractCompensation } from "../../../src/extract/compensation/index.ts";
import type { FilingDoc } from "../../../src/extract/filing-doc.ts";
import type { CompensationFacts } from "../../../src/model/compensation.ts";
import type { Source } from "../../../src/model/facts.ts";
import { sampleDocs } from "../../support/docs.ts";
import { isQuotedInSection } from "./made-up.ts";

const docs = sampleDocs();
const docOf = (kind: string): FilingDoc => docs.find((doc) => doc.id.endsWith(kind))!;
const proxy = extractCompensation(docOf("proxy-statement"));
const consulting = extractCompensation(docOf("consulting-agreement"));

/** Every fact of a filing's compensation facts, with the list it is in, including the sources of hour limits. */
function allSources(facts: CompensationFacts): [string, Source][] {
  return Object.entries(facts).flatMap(([list, items]) =>
    (items as { source: Source; capHours?: { source: Source } | null }[]).flatMap((item) => [
      [list, item.source] as [string, Source],
      ...(item.capHours ? [[`${list}.capHours`, item.capHours.source] as [string, Source]] : []),
    ]),
  );
}

describe("every fact extracted from a sample filing quotes its section", () => {
  it.each(docs.map((doc) => [doc.id, doc] as const))("%s", (_id, doc) => {
    const sources = allSources(extractCompensation(doc));
    for (const [list, source] of sources) {
      expect(source.filing).toBe(doc.id);
      expect(isQuotedInSection(doc, source), `${list}: "${source.quote}" in ${source.section}`).toBe(true);
    }
  });
});

describe("the proxy statement's Summary Compensation Table", () => {
  const FORMER_CEO = "Former President and Chief Executive Officer";
  const CFO = "Executive Vice President, Finance and Administration, Chief Financial Officer, and Secretary";
  const MULTIMEDIA = "President, Multimedia Group";
  const POST = "Former President, Post Production Group";

  it("reads all ten rows, every field, with nulls for the dashes", () => {
    expect(proxy.summary.map((row) => [row.name, row.position, row.year, row.salary, row.bonus, row.options, row.other, row.otherAnnual])).toEqual([
      ["R. Luke Stefanko", FORMER_CEO, 2001, 28000000, null, 64100, 200000, null],
      ["R. Luke Stefanko", FORMER_CEO, 2000, 27300000, null, 200000, null, null],
      ["R. Luke Stefanko", FORMER_CEO, 1999, 27300000, null, 179000, 200000, null],
      ["Alan R. Steel", CFO, 2001, 18300000, null, 33300, 200000, null],
      ["Alan R. Steel", CFO, 2000, 2400000, null, 250000, null, null],
      ["Neil Nguyen", MULTIMEDIA, 2001, 17000000, null, 115600, 200000, null],
      ["Neil Nguyen", MULTIMEDIA, 2000, 6600000, null, 15000, 200000, null],
      ["Neil Nguyen", MULTIMEDIA, 1999, 1600000, null, null, null, null],
      ["Larry Hester", POST, 2001, 18000000, null, 151500, null, null],
      ["Larry Hester", POST, 2000, 2800000, null, null, null, null],
    ]);
  });

  it("keeps the footnote marks of the name and salary cells", () => {
    expect(proxy.summary.map((row) => row.footnotes)).toEqual([
      [{ field: "name", mark: "4" }],
      [],
      [],
      [],
      [{ field: "salary", mark: "1" }],
      [],
      [],
      [{ field: "salary", mark: "1" }],
      [{ field: "name", mark: "3" }],
      [{ field: "salary", mark: "1" }],
    ]);
  });

  it("computes each row's total from salary and other compensation, never reading one", () => {
    expect(proxy.summary.map((row) => row.computedTotal?.cents)).toEqual([28200000, 27300000, 27500000, 18500000, 2400000, 17200000, 6800000, 1600000, 18000000, 2800000]);
    expect(proxy.summary.every((row) => row.computedTotal?.computed === true && row.unread.length === 0 && row.extra.length === 0)).toBe(true);
  });

  it("quotes each row as printed", () => {
    expect(proxy.summary[4]!.source).toMatchObject({ section: "summary-compensation-table", quote: " | 2000 | 24,000 (1) | - | 250,000 | -" });
  });

  it("reads the salary that note (5) states for a person outside the table, quoting the note", () => {
    expect(proxy.salaries.filter((salary) => salary.basis === "table note")).toEqual([
      {
        name: "Bagerdjian",
        honorific: "Mr.",
        amount: 25000000,
        unit: "year",
        effective: "2002-06-01",
        basis: "table note",
        source: expect.objectContaining({ section: "summary-compensation-table", quote: "Commencing June 1, 2002, Mr. Bagerdjian's salary was set at $250,000 per year." }),
      },
    ]);
  });
});

describe("the proxy statement's option tables", () => {
  it("reads the six grant rows, a second grant of a person being its own row", () => {
    const rows = proxy.grants.filter((grant) => grant.stated === "table");
    expect(rows.map((grant) => [grant.name, grant.options, grant.percentOfTotal, grant.exercisePrice, grant.expiration, grant.value5, grant.value10])).toEqual([
      ["R. Luke Stefanko", 64100, "6.1", 140, "2006-08-23", 2500000, 5500000],
      ["Alan R. Steel", 33300, "3.0", 140, "2006-08-23", 1300000, 2800000],
      ["Neil Nguyen", 85000, "10.3", 238, "2011-03-12", 18200000, 39100000],
      ["Neil Nguyen", 30600, null, 140, "2006-08-23", null, null],
      ["Larry Hester", 120000, "13.4", 348, "2011-04-18", 31900000, 73700000],
      ["Larry Hester", 31500, null, 140, "2006-08-23", null, null],
    ]);
    expect(rows.map((grant) => grant.footnotes.map((mark) => `${mark.field}:${mark.mark}`))).toEqual([["options:1"], ["options:1"], ["options:2"], ["options:1"], ["options:2"], ["options:1"]]);
  });

  it("reads the grant that note (5) states as a grant of its own", () => {
    expect(proxy.grants.filter((grant) => grant.stated === "note")).toMatchObject([
      { name: "Bagerdjian", options: 300000, exercisePrice: null, source: { section: "summary-compensation-table" } },
    ]);
  });

  it("reads the four year-end rows, as of the header's date", () => {
    expect(proxy.yearEndOptions.map((row) => [row.name, row.exercisable, row.unexercisable, row.valueExercisable, row.valueUnexercisable, row.asOf])).toEqual([
      ["R. Luke Stefanko", 234000, 200000, 0, 0, "2001-12-31"],
      ["Alan R. Steel", 0, 283300, 0, 0, "2001-12-31"],
      ["Neil Nguyen", 0, 130600, 0, 0, "2001-12-31"],
      ["Larry Hester", 0, 151500, 0, 0, "2001-12-31"],
    ]);
  });
});

describe("the proxy statement's beneficial ownership table", () => {
  it("reads the eight rows, the group row included, as of the introduction's date", () => {
    expect(proxy.ownership.map((row) => [row.name, row.sharesOwned, row.optionsAcquirable, row.total, row.percent, row.lessThanOnePercent, row.group])).toEqual([
      ["Haig S. Bagerdjian", 2023665, 315000, 2338655, "25", false, false],
      ["R. Luke Stefanko", null, 234000, 234000, "3", false, false],
      ["Julia Stefanko", 2267168, null, 2267168, "25", false, false],
      ["Robert A. Baker", null, 15000, 15000, null, true, false],
      ["Greggory J. Hutchins", 10000, 15000, 25000, null, true, false],
      ["Alan R. Steel", 19000, null, 19000, null, true, false],
      ["Neil Nguyen", 5100, 1500, 6600, null, true, false],
      ["All directors and executive officers as a group", 2057755, 580500, 2638255, "28", false, true],
    ]);
    expect(new Set(proxy.ownership.map((row) => row.asOf))).toEqual(new Set(["2002-10-15"]));
  });

  it("computes each total itself, which shows the printed 2,338,655 is ten short", () => {
    expect(proxy.ownership.map((row) => row.computedTotal)).toEqual([2338665, 234000, 2267168, 15000, 25000, 19000, 6600, 2638255]);
  });
});

describe("the proxy statement's prose", () => {
  it("reads the director fees and option awards", () => {
    expect(proxy.directorFees.map(({ description, amount, shares, unit }) => ({ description, amount, shares, unit }))).toEqual([
      { description: "a cash fee of $3,000 per quarter", amount: 300000, shares: null, unit: "quarter" },
      { description: "$500 for each committee meeting not held in conjunction with a Board meeting", amount: 50000, shares: null, unit: "meeting" },
      {
        description:
          "an annual fully-vested stock option grant to purchase 5,000 shares at an exercise price equal to the fair market value on the date of any annual meeting at which the director is reelected to the Board",
        amount: null,
        shares: 5000,
        unit: "year",
      },
      { description: "options to purchase 15,000 shares of Common Stock upon their initial election to the Board", amount: null, shares: 15000, unit: "grant" },
    ]);
    expect(proxy.directorFees.every((fee) => fee.source.section === "compensation-of-directors")).toBe(true);
  });

  it("reads the three employment-agreement salaries, names matched by position", () => {
    expect(proxy.salaries.filter((salary) => salary.basis === "employment agreement").map(({ name, amount, unit, effective }) => ({ name, amount, unit, effective }))).toEqual([
      { name: "Stefanko", amount: 28500000, unit: "year", effective: "2001-06-07" },
      { name: "Steel", amount: 19000000, unit: "year", effective: "2001-06-07" },
      { name: "Nguyen", amount: 17500000, unit: "year", effective: "2001-06-07" },
    ]);
  });

  it("reads the $250,000 salary that the compensation committee's report states", () => {
    expect(proxy.salaries.filter((salary) => salary.basis === "statement")).toMatchObject([{ name: "Bagerdjian", amount: 25000000, unit: "year", effective: null }]);
  });

  it("reads the 18-month severance of the employment agreements and the $30,000 severance agreement", () => {
    expect(proxy.severance.map(({ names, months, amount }) => ({ names, months, amount }))).toEqual([
      { names: ["Steel", "Nguyen"], months: 18, amount: null },
      { names: ["Stefanko"], months: null, amount: 3000000 },
    ]);
    expect(proxy.severance[0]!.description).toBe("severance equal to salary and fringe benefits for 18 months");
  });

  it("reads the consulting fees of certain transactions", () => {
    expect(proxy.consultingFees.map(({ name, honorific, rate, unit, from, through, duration }) => ({ name, honorific, rate, unit, from, through, duration }))).toEqual([
      { name: "Stefanko", honorific: "Mrs.", rate: 1000000, unit: "month", from: null, through: null, duration: { count: 9, unit: "month" } },
      { name: "Stefanko", honorific: "Mr.", rate: 1000000, unit: "month", from: null, through: "2002-12", duration: null },
    ]);
  });
});

describe("the consulting agreement", () => {
  it("reads the monthly fee from the date hereof and the hourly fee after it, each with its hour limit", () => {
    expect(consulting.consultingFees.map(({ name, rate, unit, from, through, capHours }) => ({ name, rate, unit, from, through, cap: capHours && [capHours.hours, capHours.per, capHours.source.section] }))).toEqual([
      { name: "R. Luke Stefanko", rate: 1000000, unit: "month", from: "2002-10-02", through: "2002-12-31", cap: [20, "month", "s1-consulting-relationship"] },
      { name: "R. Luke Stefanko", rate: 15000, unit: "hour", from: "2003-01-01", through: null, cap: [10, "month", "s1-consulting-relationship"] },
    ]);
    expect(consulting.consultingFees.map((fee) => fee.source.section)).toEqual(["s2-fees", "s2-fees"]);
  });

  it("reads Exhibit A's option list, its printed total equal to the computed sum", () => {
    expect(consulting.optionLists).toEqual([
      {
        labels: [null, null, null, null, null],
        shares: [55000, 179000, 200000, 64100, 200000],
        printedTotal: 698100,
        computedTotal: 698100,
        source: expect.objectContaining({ section: "exhibit-a-current-stock-options-table" }),
      },
    ]);
  });

  it("states no other pay", () => {
    const { consultingFees: _fees, optionLists: _lists, ...rest } = consulting;
    expect(Object.values(rest).flat()).toEqual([]);
  });
});

describe("the stock purchase agreement", () => {
  it("states no pay", () => {
    expect(Object.values(extractCompensation(docOf("stock-purchase-agreement"))).flat()).toEqual([]);
  });
});

describe("extraction is deterministic", () => {
  it("gives byte-identical output on a second run", () => {
    for (const doc of docs) expect(JSON.stringify(extractCompensation(doc))).toBe(JSON.stringify(extractCompensation(doc)));
  });
});
