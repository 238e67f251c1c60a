import { describe, expect, it } from "vitest";
import { extractOptionLists } from "../../../src/extract/compensation/option-list.ts";
import { madeUpDoc } from "./made-up.ts";

describe("extractOptionLists", () => {
  it("reads a one-column list of share counts under an options heading, its last row being the printed total", () => {
    const doc = madeUpDoc(`## EXHIBIT A CURRENT STOCK OPTIONS {#exhibit-a}

:::table{#exhibit-a-table}

| Number of Shares |
| ---: |
| 10,000 |
| 2,500 |
| 7,500 |
| 20,000 |
:::
`);
    expect(extractOptionLists(doc)).toEqual([
      {
        labels: [null, null, null],
        shares: [10000, 2500, 7500],
        printedTotal: 20000,
        computedTotal: 20000,
        source: { filing: "acme-2003-04-01-proxy-statement", section: "exhibit-a-table", quote: "Number of Shares 10,000 2,500 7,500 20,000", line: 16 },
      },
    ]);
  });

  it("keeps a last row that is not the sum as an entry, and finds a total by its label", () => {
    const doc = madeUpDoc(`## OPTIONS TO BE GRANTED {#grants}

:::table{#grants-table}

| Holder | Shares |
| --- | ---: |
| John Q. Doe........ | 1,000 |
| Mary Roe | 2,000 |
| Ann Poe | 5,000 |
:::

:::table{#grants-table-2}

| Holder | Shares |
| --- | ---: |
| John Q. Doe | 1,000 |
| Mary Roe | 2,000 |
| Total | 3,001 |
:::
`);
    expect(extractOptionLists(doc)).toMatchObject([
      { labels: ["John Q. Doe", "Mary Roe", "Ann Poe"], shares: [1000, 2000, 5000], printedTotal: null, computedTotal: 8000 },
      { labels: ["John Q. Doe", "Mary Roe"], shares: [1000, 2000], printedTotal: 3001, computedTotal: 3000 },
    ]);
  });

  it("passes over share tables that are not about options and tables with text in the count column", () => {
    const doc = madeUpDoc(`## SCHEDULE I OTHER SHARES {#schedule}

:::table{#schedule-table}

| Name | Shares |
| --- | ---: |
| John Q. Doe | 1,000 |
| Mary Roe | 2,000 |
:::

## OPTIONS {#options}

:::table{#options-table}

| Name | Options |
| --- | ---: |
| John Q. Doe | 1,000 Shares |
| Mary Roe | 2,000 |
:::
`);
    expect(extractOptionLists(doc)).toEqual([]);
  });
});
