import { describe, expect, it } from "vitest";
import { extractSummaryCompensation } from "../../../src/extract/compensation/summary-table.ts";
import { madeUpDoc } from "./made-up.ts";

const SCT = `## EXECUTIVE COMPENSATION {#executive-compensation}

::::table{#summary-compensation-table}

### SUMMARY COMPENSATION TABLE

| NAME AND PRINCIPAL POSITION | YEAR | ANNUAL COMPENSATION: SALARY | BONUS | RESTRICTED STOCK AWARDS | SECURITIES UNDERLYING OPTIONS | ALL OTHER COMPENSATION (2) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| John Q. Doe, (1) Chief Executive Officer | 2002 | $300,000 | $ 50,000 | $10,000 | 10,000 | $ 3,000 |
|   | 2001 | 250,000 (3) | - |   | - | see note |
| Mary Roe Executive Vice President, Finance and | 2002 | $200,000 | - |   | 5,000 | - |
| Chief Financial Officer |   |   |   |   |   |   |

(1) Mr. Doe joined in 2001.
::::
`;

describe("extractSummaryCompensation", () => {
  const rows = extractSummaryCompensation(madeUpDoc(SCT));

  it("reads one row per person and year, continuation rows belonging to the person above", () => {
    expect(rows.map((row) => [row.name, row.year])).toEqual([
      ["John Q. Doe", 2002],
      ["John Q. Doe", 2001],
      ["Mary Roe", 2002],
    ]);
  });

  it("reads money in cents and share counts as integers", () => {
    expect(rows[0]).toMatchObject({ salary: 30000000, bonus: 5000000, options: 10000, other: 300000, otherAnnual: null });
  });

  it("gives null for a printed dash and for an empty cell", () => {
    expect(rows[1]).toMatchObject({ bonus: null, options: null });
    expect(rows[2]).toMatchObject({ bonus: null, other: null });
  });

  it("keeps footnote marks with the field of the cell that prints them", () => {
    expect(rows[0]!.footnotes).toEqual([{ field: "name", mark: "1" }]);
    expect(rows[1]!.footnotes).toEqual([{ field: "salary", mark: "3" }]);
  });

  it("keeps a cell it cannot read as printed, with a null value", () => {
    expect(rows[1]).toMatchObject({ other: null, unread: [{ field: "other", printed: "see note", reason: "not a figure" }] });
  });

  it("keeps a column it has no field for as an extra cell", () => {
    expect(rows[0]!.extra).toEqual([{ header: "RESTRICTED STOCK AWARDS", printed: "$10,000" }]);
  });

  it("joins a title wrapped onto a row of its own", () => {
    expect(rows[2]!.position).toBe("Executive Vice President, Finance and Chief Financial Officer");
  });

  it("labels its total as computed from the printed salary, bonus and other compensation", () => {
    expect(rows[0]!.computedTotal).toEqual({ cents: 35300000, computed: true, of: ["salary", "bonus", "other"] });
    expect(rows[2]!.computedTotal).toEqual({ cents: 20000000, computed: true, of: ["salary"] });
  });

  it("quotes each row as printed, in the table's section", () => {
    expect(rows[1]!.source).toMatchObject({ section: "summary-compensation-table", quote: " | 2001 | 250,000 (3) | - |  | - | see note" });
  });

  it("finds an untitled table by its salary and year columns, and passes over a salary table without years", () => {
    const doc = madeUpDoc(`## PAY {#pay}

:::table{#pay-table}

| Name | Year | Salary |
| --- | --- | --- |
| Ann Poe | 2002 | $90,000 |
:::

## TERMS {#terms}

:::table{#terms-table}

| Executive | Title | Salary |
| --- | --- | --- |
| Ann Poe | Director of Sales | $90,000 |
:::
`);
    expect(extractSummaryCompensation(doc).map((row) => [row.name, row.salary])).toEqual([["Ann Poe", 9000000]]);
  });
});
