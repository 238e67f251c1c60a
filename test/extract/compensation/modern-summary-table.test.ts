import { describe, expect, it } from "vitest";
import { extractSummaryCompensation } from "../../../src/extract/compensation/summary-table.ts";
import { isQuotedInSection, madeUpDoc } from "./made-up.ts";

// Made-up figures of a made-up company, laid out as the HTML reader writes an Item 402(c) table: one row per
// <tr>, "$" glued to its number, a name cell spanning rows kept on the first row with "" below.
const WITHOUT_BONUS = `## EXECUTIVE COMPENSATION {#executive-compensation}

::::table{#summary-compensation-table}
### Summary Compensation Table

The following table and footnotes describe the compensation for our named executive officers.

| Name and Principal Position | Year | Salary ($)(2) | Stock Awards ($)(3) | Option Awards ($)(4) | Non-Equity Incentive Plan Compensation ($) | Change in Pension Value and Nonqualified Deferred Compensation Earnings ($)(5) | All Other Compensation ($)(6) | Total ($) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Jane Q. Roe President and Chief Executive Officer | 2023 | 900,000 | 2,500,000 | 1,250,000 | 800,000 | 12,345 | 150,000 | 5,612,345 |
|   | 2022 | 875,000 | 2,400,000 | 1,200,000 | 950,000 | — | 140,500 | 5,565,600 |
| John P. Doe | 2023 | $510,000 | $ 700,000 | -0- | $300,000 | - |  | $1,510,000 |
| Senior Vice President and | 2022 | $ 495,000 | $650,000 | $ — | 410,000 | 4,321(7) | 22,000 (8) | 1,581,321 |
| Chief Financial Officer | 2021 | 480,000 | 600,000 | — | 390,000 | 3,000 | see note | 1,473,000 |
::::
`;

const WITH_BONUS = `## EXECUTIVE COMPENSATION {#executive-compensation}

::::table{#summary-compensation-table}
### Summary Compensation Table

| Name and Principal Position | Fiscal Year | Salary ($) | Bonus ($)(1) | Stock Awards ($) | Option Awards ($) | Non-Equity Incentive Plan Compensation ($) | All Other Compensation ($) | Total Compensation ($) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Mary Poe, Chief Operating Officer | 2023 | $400,000 | $50,000 | $100,000 | $25,000 | — | $5,000 | $580,000 |
|   | 2022 | $380,000 | — | $90,000 | $20,000 | $40,000 | $4,000 | $534,000 |
::::
`;

describe("extractSummaryCompensation on an Item 402(c) table", () => {
  const doc = madeUpDoc(WITHOUT_BONUS, { date: "2024-03-01" });
  const rows = extractSummaryCompensation(doc);

  it("reads one row per person and year, a position wrapped onto later years' rows belonging to the person above", () => {
    expect(rows.map((row) => [row.name, row.year, row.position])).toEqual([
      ["Jane Q. Roe", 2023, "President and Chief Executive Officer"],
      ["Jane Q. Roe", 2022, "President and Chief Executive Officer"],
      ["John P. Doe", 2023, "Senior Vice President and Chief Financial Officer"],
      ["John P. Doe", 2022, "Senior Vice President and Chief Financial Officer"],
      ["John P. Doe", 2021, "Senior Vice President and Chief Financial Officer"],
    ]);
  });

  it("reads stock and option awards, non-equity incentive pay, pension and deferred earnings and the printed total in cents", () => {
    expect(rows[0]).toMatchObject({
      salary: 90000000,
      bonus: null,
      stockAwards: 250000000,
      optionAwards: 125000000,
      nonEquityIncentive: 80000000,
      pensionAndDeferredEarnings: 1234500,
      other: 15000000,
      printedTotal: 561234500,
      options: null,
      otherAnnual: null,
    });
  });

  it("reads a dollar sign glued to its number or spaced from it alike", () => {
    expect(rows[2]).toMatchObject({ salary: 51000000, stockAwards: 70000000, nonEquityIncentive: 30000000, printedTotal: 151000000 });
    expect(rows[3]).toMatchObject({ salary: 49500000, stockAwards: 65000000 });
  });

  it("gives null for a dash, a dash after a dollar sign and an empty cell, and 0 for a printed -0-", () => {
    expect(rows[1]!.pensionAndDeferredEarnings).toBeNull();
    expect(rows[2]).toMatchObject({ optionAwards: 0, pensionAndDeferredEarnings: null, other: null });
    expect(rows[3]!.optionAwards).toBeNull();
  });

  it("keeps footnote marks printed after a number, glued or spaced, with the field of their cell", () => {
    expect(rows[3]!.footnotes).toEqual([
      { field: "pensionAndDeferredEarnings", mark: "7" },
      { field: "other", mark: "8" },
    ]);
    expect(rows[3]).toMatchObject({ pensionAndDeferredEarnings: 432100, other: 2200000 });
  });

  it("adds every money column that prints an amount into the computed total, apart from the printed total", () => {
    expect(rows[0]!.computedTotal).toEqual({
      cents: 561234500,
      computed: true,
      of: ["salary", "stockAwards", "optionAwards", "nonEquityIncentive", "pensionAndDeferredEarnings", "other"],
    });
    expect(rows[2]!.computedTotal).toEqual({ cents: 151000000, computed: true, of: ["salary", "stockAwards", "optionAwards", "nonEquityIncentive"] });
  });

  it("never changes a printed total that differs from its parts", () => {
    // 875,000 + 2,400,000 + 1,200,000 + 950,000 + 140,500 = 5,565,500; the table prints 5,565,600.
    expect(rows[1]).toMatchObject({ printedTotal: 556560000, computedTotal: { cents: 556550000 } });
  });

  it("keeps a cell it cannot read as printed, and its printed total as printed", () => {
    expect(rows[4]).toMatchObject({ printedTotal: 147300000, other: null, unread: [{ field: "other", printed: "see note", reason: "not a figure" }] });
  });

  it("has no extra cells: every column of the table has a field", () => {
    expect(rows.flatMap((row) => row.extra)).toEqual([]);
  });

  it("quotes each row as printed, in the table's section", () => {
    expect(rows[3]!.source).toMatchObject({ section: "summary-compensation-table", quote: "Senior Vice President and | 2022 | $ 495,000 | $650,000 | $ — | 410,000 | 4,321(7) | 22,000 (8) | 1,581,321" });
    expect(rows.every((row) => isQuotedInSection(doc, row.source))).toBe(true);
  });
});

describe("extractSummaryCompensation on an Item 402(c) table with a bonus column", () => {
  const rows = extractSummaryCompensation(madeUpDoc(WITH_BONUS, { date: "2024-03-01" }));

  it("reads the bonus beside the award columns, and a total headed Total Compensation", () => {
    expect(rows.map((row) => [row.name, row.position, row.year, row.salary, row.bonus, row.stockAwards, row.optionAwards, row.nonEquityIncentive, row.other, row.printedTotal])).toEqual([
      ["Mary Poe", "Chief Operating Officer", 2023, 40000000, 5000000, 10000000, 2500000, null, 500000, 58000000],
      ["Mary Poe", "Chief Operating Officer", 2022, 38000000, null, 9000000, 2000000, 4000000, 400000, 53400000],
    ]);
    expect(rows[0]!.pensionAndDeferredEarnings).toBeNull();
  });

  it("adds the bonus into the computed total", () => {
    expect(rows[0]!.computedTotal).toEqual({ cents: 58000000, computed: true, of: ["salary", "bonus", "stockAwards", "optionAwards", "other"] });
  });

  it("keeps the mark of a header apart from the rows' marks", () => {
    expect(rows.flatMap((row) => row.footnotes)).toEqual([]);
  });
});

describe("extractSummaryCompensation on an Item 402(c) table with a supplemental total", () => {
  it("reads only the Total column as the printed total, and keeps a total without pension value as an extra cell", () => {
    const rows = extractSummaryCompensation(
      madeUpDoc(`::::table{#summary-compensation-table}
### Summary Compensation Table

| Name and Principal Position | Year | Salary ($) | Change in Pension Value ($) | Total ($) | Total Without Change in Pension Value ($) |
| --- | ---: | ---: | ---: | ---: | ---: |
| Ann Poe, President | 2023 | $90,000 | $5,000 | $95,000 | $90,000 |
::::
`),
    );
    expect(rows[0]).toMatchObject({
      pensionAndDeferredEarnings: 500000,
      printedTotal: 9500000,
      extra: [{ header: "Total Without Change in Pension Value ($)", printed: "$90,000" }],
    });
  });
});

describe("extractSummaryCompensation on a table of the 1992–2006 format", () => {
  it("leaves restricted stock awards as an extra cell, never as a 402(c) stock award", () => {
    const rows = extractSummaryCompensation(
      madeUpDoc(`::::table{#summary-compensation-table}
### SUMMARY COMPENSATION TABLE

| NAME AND PRINCIPAL POSITION | YEAR | SALARY | BONUS | LONG-TERM COMPENSATION: RESTRICTED STOCK AWARDS | SECURITIES UNDERLYING OPTIONS/SARS |
| --- | ---: | ---: | ---: | ---: | ---: |
| Ann Poe, President | 2002 | $90,000 | - | $10,000 | 5,000 |
::::
`),
    );
    expect(rows[0]).toMatchObject({ stockAwards: null, optionAwards: null, printedTotal: null, options: 5000, extra: [{ header: "LONG-TERM COMPENSATION: RESTRICTED STOCK AWARDS", printed: "$10,000" }] });
  });

  it("still starts a new person on a row whose name begins like a title, when its year is already the person's", () => {
    const rows = extractSummaryCompensation(
      madeUpDoc(`::::table{#summary-compensation-table}
### SUMMARY COMPENSATION TABLE

| NAME AND PRINCIPAL POSITION | YEAR | SALARY |
| --- | ---: | ---: |
| Ann Poe | 2002 | $90,000 |
| Chief Executive Group | 2002 | $80,000 |
::::
`),
    );
    expect(rows.map((row) => [row.name === "Ann Poe", row.salary])).toEqual([
      [true, 9000000],
      [false, 8000000],
    ]);
    expect(rows[0]!.position).toBeNull();
  });
});
