import { describe, expect, it } from "vitest";
import { checkRestatedOptions } from "../../../src/compute/checks/check-restated-options.ts";
import { madeUpDoc } from "../../extract/compensation/made-up.ts";
import { checkFilingOf } from "./filings.ts";

const OLD = `::::table{#summary-compensation-table}
### SUMMARY COMPENSATION TABLE

| NAME AND PRINCIPAL POSITION | YEAR | SALARY ($) | SECURITIES UNDERLYING OPTIONS (#) |
| --- | ---: | ---: | ---: |
| Jane Q. Roe | 2002 | $100,000 | 30,000 |
::::

::::table{#option-grants}
### OPTION GRANTS IN LAST FISCAL YEAR

| NAME | OPTIONS GRANTED (#) | EXERCISE PRICE ($/SH) | EXPIRATION DATE |
| --- | ---: | ---: | ---: |
| Jane Q. Roe | 20,000 | $2.00 | 6/30/12 |
::::
`;

const MODERN = `::::table{#summary-compensation-table}
### Summary Compensation Table

| Name and Principal Position | Year | Salary ($) | Option Awards ($) | Total ($) |
| --- | ---: | ---: | ---: | ---: |
| Jane Q. Roe | 2023 | $500,000 | $540,000 | $1,040,000 |
::::

::::table{#grants-of-plan-based-awards}
### Grants of Plan-Based Awards

| Name | Grant Date | All Other Option Awards: Number of Securities Underlying Options (\\#) | Exercise or Base Price of Option Awards ($/Sh) | Grant Date Fair Value of Stock and Option Awards ($) |
| --- | ---: | ---: | ---: | ---: |
| Jane Q. Roe | 2/15/2023 | 30,000 | $52.40 | $540,000 |
::::
`;

describe("checkRestatedOptions", () => {
  it("compares a 1992–2006 summary table's options for the last year with the option grant table's", () => {
    const findings = checkRestatedOptions(checkFilingOf(madeUpDoc(OLD)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "restatement", status: "mismatch", difference: "10,000 shares" });
  });

  it("does not compare Grants of Plan-Based Awards with an Item 402(c) table, which prints option awards in dollars", () => {
    const filing = checkFilingOf(madeUpDoc(MODERN, { date: "2024-03-01" }));
    expect(filing.compensation.grants).toHaveLength(1);
    expect(checkRestatedOptions(filing)).toEqual([]);
  });
});
