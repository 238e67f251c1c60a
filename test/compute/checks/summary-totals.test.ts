import { describe, expect, it } from "vitest";
import { checkSummaryTotals } from "../../../src/compute/checks/check-summary-totals.ts";
import { madeUpDoc } from "../../extract/compensation/made-up.ts";
import { checkFilingOf } from "./filings.ts";

const TABLE = `## EXECUTIVE COMPENSATION {#executive-compensation}

::::table{#summary-compensation-table}
### Summary Compensation Table

| Name and Principal Position | Year | Salary ($) | Stock Awards ($) | All Other Compensation ($) | Total Without Pension ($) | Total ($) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| Jane Q. Roe, President | 2023 | $500,000 | $250,000.50 | $1,000 | $751,000.50 | $751,000.50 |
|   | 2022 | $480,000 | $240,000 | — | $720,000 | $721,000 |
|   | 2021 | $460,000 | see note | — | — | $700,000 |
|   | 2020 | $440,000 | — | — | — | — |
::::
`;

describe("checkSummaryTotals", () => {
  const findings = checkSummaryTotals(checkFilingOf(madeUpDoc(TABLE, { date: "2024-03-01" })));

  it("passes a row whose amounts add up to its printed total, to the cent", () => {
    expect(findings[0]).toMatchObject({
      kind: "sum",
      status: "pass",
      title: "Jane Q. Roe: 2023 pay in the Summary Compensation Table against the printed total",
      computed: "$500,000 + $250,000.50 + $1,000 = $751,000.50",
      difference: null,
      note: null,
    });
  });

  it("reports a row whose printed total differs from its amounts, with every figure and the exact difference", () => {
    const { id, ...finding } = findings[1]!;
    expect(id).toMatch(/^sum-summary-compensation-table-[0-9a-f]{8}$/);
    expect(finding).toEqual({
      kind: "sum",
      status: "mismatch",
      title: "Jane Q. Roe: 2022 pay in the Summary Compensation Table against the printed total",
      values: [
        { label: "Salary", printed: "$480,000", number: 480000, source: findings[1]!.values[0]!.source },
        { label: "Stock awards", printed: "$240,000", number: 240000, source: findings[1]!.values[0]!.source },
        { label: "Printed total", printed: "$721,000", number: 721000, source: findings[1]!.values[0]!.source },
      ],
      computed: "$480,000 + $240,000 = $720,000",
      difference: "$1,000",
      note: "The printed total is not the sum of the row's amounts. The table also prints “Total Without Pension ($)”, which has no field here and is not added.",
    });
    expect(finding.values[0]!.source).toMatchObject({ section: "summary-compensation-table", quote: " | 2022 | $480,000 | $240,000 | — | $720,000 | $721,000" });
  });

  it("judges no row with an amount it could not read, nor a row without a printed total", () => {
    expect(findings).toHaveLength(2);
  });
});
