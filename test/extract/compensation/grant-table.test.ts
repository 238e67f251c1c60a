import { describe, expect, it } from "vitest";
import { extractOptionGrantRows } from "../../../src/extract/compensation/grant-table.ts";
import { extractNoteGrants } from "../../../src/extract/compensation/note-grants.ts";
import { madeUpDoc } from "./made-up.ts";

const GRANTS = `## OPTION GRANTS IN LAST FISCAL YEAR {#option-grants}

:::table{#option-grants-table}

| NAME | NUMBER OF SECURITIES UNDERLYING OPTIONS GRANTED (1) | PERCENT OF TOTAL OPTIONS GRANTED TO EMPLOYEES IN FISCAL YEAR | EXERCISE PRICE ($/SHARE) | EXPIRATION DATE | POTENTIAL REALIZABLE VALUE AT ASSUMED ANNUAL RATES OF STOCK PRICE APPRECIATION FOR OPTION TERM: 0% | 5% | 10% |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| John Q. Doe, Chief Executive Officer | 40,000 (2) | 12.5% | $ 2.25 | 6/30/12 | 0 | $ 56,000 | $142,000 |
|   | 10,000 |   | $12.125 | Jul. 2008 |   |   |   |
| Mary Roe | -- | -- | -- | -- | -- | -- | -- |
:::
`;

describe("extractOptionGrantRows", () => {
  const grants = extractOptionGrantRows(madeUpDoc(GRANTS));

  it("reads each grant row, a second row of a person being a grant of its own with the same name", () => {
    expect(grants.map((grant) => [grant.name, grant.options])).toEqual([
      ["John Q. Doe", 40000],
      ["John Q. Doe", 10000],
      ["Mary Roe", null],
    ]);
  });

  it("reads percent as the printed decimal, price and values in cents and expiration as an ISO date", () => {
    expect(grants[0]).toMatchObject({
      position: "Chief Executive Officer",
      percentOfTotal: "12.5",
      exercisePrice: 225,
      expiration: "2012-06-30",
      value5: 5600000,
      value10: 14200000,
      stated: "table",
      footnotes: [{ field: "options", mark: "2" }],
    });
  });

  it("keeps the 0% column as an extra cell", () => {
    expect(grants[0]!.extra).toEqual([{ header: "POTENTIAL REALIZABLE VALUE AT ASSUMED ANNUAL RATES OF STOCK PRICE APPRECIATION FOR OPTION TERM: 0%", printed: "0" }]);
  });

  it("gives null where a cell is blank or dashed, and keeps a price in fractions of a cent unread", () => {
    expect(grants[1]).toMatchObject({ percentOfTotal: null, value5: null, exercisePrice: null, expiration: "2008-07" });
    expect(grants[1]!.unread).toEqual([{ field: "exercisePrice", printed: "$12.125", reason: "a fraction of a cent" }]);
    expect(grants[2]).toMatchObject({ percentOfTotal: null, exercisePrice: null, expiration: null, value10: null, unread: [] });
  });
});

describe("extractNoteGrants", () => {
  it("reads a grant that a Summary Compensation Table note states, quoting the note's sentence", () => {
    const doc = madeUpDoc(`::::table{#summary-compensation-table}

### SUMMARY COMPENSATION TABLE

| NAME AND PRINCIPAL POSITION | YEAR | SALARY |
| --- | ---: | ---: |
| Mary Roe | 2002 | $100,000 |

(1) John Q. Doe became Chairman in May 2002. Mr. Doe received no salary, but was granted an option to purchase 250,000 shares of common stock.
::::
`);
    expect(extractNoteGrants(doc)).toMatchObject([
      {
        name: "Doe",
        options: 250000,
        stated: "note",
        exercisePrice: null,
        source: { section: "summary-compensation-table", quote: "Mr. Doe received no salary, but was granted an option to purchase 250,000 shares of common stock." },
      },
    ]);
  });
});
