import { describe, expect, it } from "vitest";
import { extractOwnership } from "../../../src/extract/compensation/ownership-table.ts";
import { madeUpDoc } from "./made-up.ts";

describe("extractOwnership", () => {
  it("reads shares, options, the printed total and a total computed here, which may disagree", () => {
    const doc = madeUpDoc(`::::table{#ownership}

## SECURITY OWNERSHIP OF MANAGEMENT

The following table sets forth beneficial ownership as of March 3, 2003, by each director:

| NAME | SHARES OWNED | SHARES ACQUIRABLE PURSUANT TO STOCK OPTIONS (1) | TOTAL | PERCENT OF CLASS |
| --- | ---: | ---: | ---: | ---: |
| John Q. Doe (2) | 1,000 | 500 | 1,499 | 12.5% |
| Mary Roe | - | 100 | 100 | \\* |
| All directors and executive officers as a group (2 persons) | 1,000 | 600 | 1,600 | 13% |
::::
`);
    expect(extractOwnership(doc)).toMatchObject([
      { name: "John Q. Doe", sharesOwned: 1000, optionsAcquirable: 500, total: 1499, computedTotal: 1500, percent: "12.5", lessThanOnePercent: false, group: false },
      { name: "Mary Roe", sharesOwned: null, optionsAcquirable: 100, total: 100, computedTotal: 100, percent: null, lessThanOnePercent: true, group: false },
      { name: "All directors and executive officers as a group (2 persons)", computedTotal: 1600, percent: "13", group: true },
    ]);
    expect(extractOwnership(doc).map((row) => row.asOf)).toEqual(["2003-03-03", "2003-03-03", "2003-03-03"]);
    expect(extractOwnership(doc)[0]!.footnotes).toEqual([{ field: "name", mark: "2" }]);
  });

  it("reads a single share column as the total, an address after dot leaders, and a date from the header", () => {
    const doc = madeUpDoc(`The following table sets forth the beneficial ownership of the Common Stock.

:::table{#ownership}

| NAME AND ADDRESS | AMOUNT AND NATURE OF BENEFICIAL OWNERSHIP AS OF 9/9/02(1) | PERCENT OF CLASS |
| --- | ---: | ---: |
| John Q. Doe.......... 1 Main Street Springfield | 2,000(3) | 24.6% |
:::
`);
    expect(extractOwnership(doc)).toMatchObject([
      { name: "John Q. Doe", address: "1 Main Street Springfield", sharesOwned: null, total: 2000, computedTotal: null, asOf: "2002-09-09", footnotes: [{ field: "total", mark: "3" }] },
    ]);
  });
});
