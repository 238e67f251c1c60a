import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractOutstandingEquityAwards, isOutstandingEquityAwardsTable } from "../../../src/extract/compensation/outstanding-equity-awards-table.ts";
import { extractYearEndOptions } from "../../../src/extract/compensation/year-end-table.ts";
import { ROOT } from "../../support/paths.ts";
import { isQuotedInSection, madeUpDoc } from "./made-up.ts";

/** A made-up Outstanding Equity Awards table of test/fixtures/equity-awards/, in a 2024 proxy. */
function fixtureDoc(name: string) {
  return madeUpDoc(readFileSync(join(ROOT, "test/fixtures/equity-awards", name), "utf8"), { date: "2024-01-26" });
}

describe("extractOutstandingEquityAwards, the name on the first grant row and empty below it", () => {
  const doc = fixtureDoc("outstanding-awards-name-first.md");
  const awards = extractOutstandingEquityAwards(doc);

  it("reads one fact per grant row, the rows below a name being that person's", () => {
    expect(awards.map((award) => [award.name, award.grantDate])).toEqual([
      ["Jane Q. Roe", "2014-11-14"],
      ["Jane Q. Roe", "2020-11-13"],
      ["Jane Q. Roe", "2020-11-13"],
      ["Jane Q. Roe", "2021-11-12"],
      ["Omar P. Lindqvist", "2022-11-11"],
    ]);
  });

  it("reads options, exercise price in cents and expiration as ISO, and stock not vested with its market value", () => {
    expect(awards[0]).toMatchObject({ exercisable: 17857, unexercisable: null, exercisePrice: 4603, expiration: "2024-11-13", sharesNotVested: null, marketValueNotVested: null });
    expect(awards[1]).toMatchObject({ exercisable: 102940, unexercisable: 68628, exercisePrice: 4097, expiration: "2030-11-12", sharesNotVested: 34781, marketValueNotVested: 240928000, unearnedShares: null });
    expect(awards[4]).toMatchObject({ exercisable: null, unexercisable: 16647, exercisePrice: 7384, expiration: "2032-11-10", sharesNotVested: 5078, marketValueNotVested: 35175300 });
  });

  it("reads equity incentive plan awards, with the footnote marks printed after figures, spaced or glued", () => {
    expect(awards[2]).toMatchObject({ exercisable: null, exercisePrice: null, expiration: null, sharesNotVested: 81156, marketValueNotVested: 562167600, footnotes: [{ field: "sharesNotVested", mark: "2" }] });
    expect(awards[3]).toMatchObject({
      sharesNotVested: 26048,
      marketValueNotVested: 180434500,
      unearnedShares: 9510,
      unearnedPayoutValue: 65875800,
      footnotes: [{ field: "sharesNotVested", mark: "3" }, { field: "unearnedShares", mark: "6" }],
      unread: [],
      extra: [],
    });
  });

  it("dates the holdings from the table's introduction and quotes every row in the table's section", () => {
    expect(new Set(awards.map((award) => award.asOf))).toEqual(new Set(["2023-09-30"]));
    expect(awards[1]!.source.quote).toBe(" | 11/13/2020 | 102,940 | 68,628 | 40.97 | 11/12/2030 | 34,781 | 2,409,280 | — | —");
    for (const award of awards) expect(isQuotedInSection(doc, award.source), award.source.quote).toBe(true);
  });

  it("is not read by the 1992–2006 year-end option reader", () => {
    expect(extractYearEndOptions(doc)).toEqual([]);
  });
});

describe("extractOutstandingEquityAwards, a name row above grant rows labelled by type", () => {
  const doc = fixtureDoc("outstanding-awards-name-rows.md");
  const awards = extractOutstandingEquityAwards(doc);

  it("gives each labelled row the name and title above it, and a row of dashes as a person holding nothing", () => {
    expect(awards.map((award) => [award.name, award.position, award.awardType])).toEqual([
      ["Alex R. Quill", "President and Chief Executive Officer", "Options"],
      ["Alex R. Quill", "President and Chief Executive Officer", "Options"],
      ["Alex R. Quill", "President and Chief Executive Officer", "RSU"],
      ["Alex R. Quill", "President and Chief Executive Officer", "PSU"],
      ["Sam T. Birch", null, null],
    ]);
    expect(awards[4]).toMatchObject({ exercisable: null, unexercisable: null, unearnedOptions: null, exercisePrice: null, expiration: null, sharesNotVested: null, unearnedPayoutValue: null, unread: [] });
  });

  it("keeps an exercise price in a fraction of a cent unread, never rounded", () => {
    expect(awards[0]).toMatchObject({ exercisable: 12500, unexercisable: 12500, exercisePrice: null, expiration: "2031-02-14", footnotes: [{ field: "unexercisable", mark: "2" }] });
    expect(awards[0]!.unread).toEqual([{ field: "exercisePrice", printed: "$31.255", reason: "a fraction of a cent" }]);
  });

  it("reads unearned options, a spelled-out expiration date and the year-end a header names", () => {
    expect(awards[1]).toMatchObject({ exercisable: null, unexercisable: 30000, unearnedOptions: 15000, exercisePrice: 5240, expiration: "2033-03-01", asOf: "2023-12-31" });
    expect(awards[2]).toMatchObject({ sharesNotVested: 8000, marketValueNotVested: 41200000, unearnedShares: null, footnotes: [{ field: "sharesNotVested", mark: "3" }] });
    expect(awards[3]).toMatchObject({ sharesNotVested: null, unearnedShares: 10000, unearnedPayoutValue: 51500000 });
    for (const award of awards) expect(isQuotedInSection(doc, award.source), award.source.quote).toBe(true);
  });

  it("is not read by the 1992–2006 year-end option reader", () => {
    expect(extractYearEndOptions(doc)).toEqual([]);
  });
});

describe("isOutstandingEquityAwardsTable and the year-end of its holdings", () => {
  const table = (header: string, title = "") => ({ section: "t", title, context: "t", header: header.split(" | "), rows: [], concepts: [], notes: [], line: 1 });

  it("leaves a 1992–2006 year-end option table and a table of potential payments to their readers", () => {
    expect(isOutstandingEquityAwardsTable(table("NAME | SHARES ACQUIRED ON EXERCISE | VALUE REALIZED | NUMBER OF UNEXERCISED OPTIONS AT FY-END EXERCISABLE/UNEXERCISABLE | VALUE OF UNEXERCISED IN-THE-MONEY OPTIONS AT FY-END EXERCISABLE/UNEXERCISABLE"))).toBe(false);
    expect(isOutstandingEquityAwardsTable(table("Name | Cash Severance ($) | Value of Unvested Equity Awards That Have Not Vested ($) | Total ($)"))).toBe(false);
    expect(isOutstandingEquityAwardsTable(table("Name | Options Exercisable (#) | Options Unexercisable (#)"), "Outstanding Equity Awards at Fiscal Year-End")).toBe(true);
  });

  it("dates the holdings from the year-end the title names", () => {
    const doc = madeUpDoc(
      `::::table{#outstanding}
### Outstanding Equity Awards at December 31, 2023

| Name | Number of Securities Underlying Unexercised Options (\\#) Exercisable | Option Exercise Price ($) | Option Expiration Date |
| --- | ---: | ---: | ---: |
| Jane Q. Roe | 1,000 | $10.00 | 1/2/2030 |
::::
`,
      { date: "2024-03-01" },
    );
    expect(extractOutstandingEquityAwards(doc)).toMatchObject([{ name: "Jane Q. Roe", exercisable: 1000, exercisePrice: 1000, expiration: "2030-01-02", asOf: "2023-12-31" }]);
  });
});
