import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCompensation } from "../../../src/extract/compensation/index.ts";
import { extractOptionGrantRows } from "../../../src/extract/compensation/grant-table.ts";
import { buildOptionGrants, extractPlanBasedAwards, isPlanBasedAwardsTable } from "../../../src/extract/compensation/plan-based-awards-table.ts";
import { ROOT } from "../../support/paths.ts";
import { isQuotedInSection, madeUpDoc } from "./made-up.ts";

/** A made-up Grants of Plan-Based Awards table of test/fixtures/equity-awards/, in a 2024 proxy. */
function fixtureDoc(name: string) {
  return madeUpDoc(readFileSync(join(ROOT, "test/fixtures/equity-awards", name), "utf8"), { date: "2024-01-26" });
}

describe("extractPlanBasedAwards, a name on a row of its own with the awards below it labelled by type", () => {
  const doc = fixtureDoc("plan-based-awards-name-rows.md");
  const awards = extractPlanBasedAwards(doc);

  it("reads one award per labelled row, each with the name and title above it, and a row of dashes as no award", () => {
    expect(awards.map((award) => [award.name, award.position, award.awardType])).toEqual([
      ["Jane Q. Roe", "Chief Executive Officer", "TSU"],
      ["Jane Q. Roe", "Chief Executive Officer", "PSU"],
      ["Jane Q. Roe", "Chief Executive Officer", "Options"],
      ["Jane Q. Roe", "Chief Executive Officer", "STI"],
      ["Omar P. Lindqvist", null, "Options"],
      ["Omar P. Lindqvist", null, "STI"],
      ["Dana Okafor", null, null],
    ]);
    expect(awards[6]).toMatchObject({ grantDate: null, thresholdPayout: null, targetShares: null, stockAwardShares: null, options: null, grantDateFairValue: null, unread: [] });
  });

  it("reads payouts in exact cents, shares as counts and the grant date as ISO, footnote marks apart", () => {
    expect(awards[0]).toMatchObject({ grantDate: "2023-11-10", stockAwardShares: 21939, grantDateFairValue: 161997600, footnotes: [{ field: "name", mark: "6" }, { field: "stockAwardShares", mark: "3" }] });
    expect(awards[1]).toMatchObject({ thresholdShares: 12798, targetShares: 25595, maximumShares: 51190, grantDateFairValue: 188993500, thresholdPayout: null });
    expect(awards[3]).toMatchObject({ grantDate: null, thresholdPayout: 46200000, targetPayout: 132000000, maximumPayout: 264000000, thresholdShares: null, grantDateFairValue: null });
    expect(awards[5]).toMatchObject({ thresholdPayout: 16201100, targetPayout: 46288800, maximumPayout: 92577600 });
  });

  it("keeps an exercise price in a fraction of a cent unread, never rounded", () => {
    expect(awards[4]).toMatchObject({ options: 16647, exercisePrice: null, grantDateFairValue: 43750000 });
    expect(awards[4]!.unread).toEqual([{ field: "exercisePrice", printed: "73.845", reason: "a fraction of a cent" }]);
  });

  it("quotes each row as printed, in the table's section", () => {
    expect(awards[2]!.source).toMatchObject({ section: "grants-of-plan-based-awards-table-table", quote: "Options | 11/10/2023 | — | — | — | — | — | — | — | 71,917(4) | $73.84 | $1,890,051" });
    for (const award of awards) expect(isQuotedInSection(doc, award.source), award.source.quote).toBe(true);
  });

  it("makes each option row an option grant with its grant date, fair value and award type, stated in the table", () => {
    const grants = extractCompensation(doc).grants;
    expect(grants).toEqual(buildOptionGrants(awards));
    expect(grants).toHaveLength(2);
    expect(grants[0]).toMatchObject({
      name: "Jane Q. Roe",
      position: "Chief Executive Officer",
      options: 71917,
      exercisePrice: 7384,
      grantDate: "2023-11-10",
      grantDateFairValue: 189005100,
      awardType: "Options",
      stated: "table",
      grantTable: "plan-based awards",
      percentOfTotal: null,
      expiration: null,
      footnotes: [{ field: "options", mark: "4" }],
      source: awards[2]!.source,
    });
    expect(grants[1]).toMatchObject({ name: "Omar P. Lindqvist", options: 16647, exercisePrice: null, unread: [{ field: "exercisePrice", printed: "73.845" }] });
  });
});

describe("extractPlanBasedAwards, the name on the first award row and an award-type column", () => {
  const doc = fixtureDoc("plan-based-awards-name-first.md");
  const awards = extractPlanBasedAwards(doc);

  it("gives the rows below a name its person, a title on a row with figures joining the name's title", () => {
    expect(awards.map((award) => [award.name, award.position, award.awardType])).toEqual([
      ["Alex R. Quill", "President and Chief Executive Officer", "Annual Incentive"],
      ["Alex R. Quill", "President and Chief Executive Officer", "Stock Options"],
      ["Alex R. Quill", "President and Chief Executive Officer", "RSUs and Options"],
      ["Sam T. Birch", "Chief Financial Officer", "Performance Shares"],
      ["Sam T. Birch", "Chief Financial Officer", "Stock Options"],
    ]);
  });

  it("tells payouts in dollars from shares by the unit of a header without its group, and keeps the approval date as an extra cell", () => {
    expect(awards[0]).toMatchObject({ thresholdPayout: 45000000, targetPayout: 90000000, maximumPayout: 180000000, thresholdShares: null, grantDate: null });
    expect(awards[0]!.extra).toEqual([{ header: "Approval Date", printed: "—" }]);
    expect(awards[3]).toMatchObject({ grantDate: "2023-02-15", thresholdShares: 2000, targetShares: 4000, maximumShares: 8000, grantDateFairValue: 20960000, footnotes: [{ field: "grantDateFairValue", mark: "3" }] });
  });

  it("makes a row that grants options and units both an award and an option grant", () => {
    expect(awards[2]).toMatchObject({ stockAwardShares: 5000, options: 10000, exercisePrice: 5240, grantDateFairValue: 44200000 });
    const grants = buildOptionGrants(awards);
    expect(grants.map((grant) => [grant.name, grant.options, grant.exercisePrice, grant.grantDate, grant.grantDateFairValue])).toEqual([
      ["Alex R. Quill", 30000, 5240, "2023-02-15", 54000000],
      ["Alex R. Quill", 10000, 5240, "2023-02-15", 44200000],
      ["Sam T. Birch", 12000, 5240, "2023-02-15", 21600000],
    ]);
  });

  it("is not read as a 1992–2006 option grant table, though a header says options granted", () => {
    expect(extractOptionGrantRows(doc)).toEqual([]);
    expect(extractCompensation(doc).grants).toHaveLength(3);
  });
});

describe("isPlanBasedAwardsTable", () => {
  const table = (header: string, title = "") => ({ section: "t", title, context: "t", header: header.split(" | "), rows: [], concepts: [], notes: [], line: 1 });

  it("knows the table by a grant date beside award columns, or by its title", () => {
    expect(isPlanBasedAwardsTable(table("Name | Grant Date | All Other Option Awards (#) | Exercise Price ($/Sh)"))).toBe(true);
    expect(isPlanBasedAwardsTable(table("Name | Date | Options (#) | Exercise Price ($/Sh)"), "Grants of Plan-Based Awards")).toBe(true);
  });

  it("leaves a 1992–2006 option grant table and a long-term incentive plan table to their readers", () => {
    expect(isPlanBasedAwardsTable(table("NAME | OPTIONS GRANTED (#) | PERCENT OF TOTAL OPTIONS GRANTED | EXERCISE OR BASE PRICE ($/SH) | EXPIRATION DATE | GRANT DATE PRESENT VALUE ($)"))).toBe(false);
    expect(isPlanBasedAwardsTable(table("NAME | NUMBER OF SHARES | PERFORMANCE PERIOD | THRESHOLD (#) | TARGET (#) | MAXIMUM (#)"))).toBe(false);
  });
});
