import { describe, expect, it } from "vitest";
import { extractPayVersusPerformance } from "../../../src/extract/compensation/pay-versus-performance-table.ts";
import { isQuotedInSection, madeUpDoc } from "./made-up.ts";

// Made-up figures, laid out as the HTML reader writes an inline-XBRL Item 402(v) table: "$" glued to the number,
// facts as :fact directives, a group header stacked over the two TSR columns, "M" for millions.
const ONE_PEO = `## PAY VERSUS PERFORMANCE {#pay-versus-performance}

::::table{#pay-versus-performance-table}
### Pay Versus Performance Table

| Year (a) | SCT Total Compensation For PEO (1) (b) | Compensation Actually Paid to PEO (2) (c) | Average SCT Total Compensation for Other NEOs (1) (d) | Average Compensation Actually Paid to Other NEOs (3) (e) | Value of Initial Fixed $100 Investment Based on: Total Shareholder Return (4) (f) | Peer Group Total Shareholder Return (5) (g) | Net Income (6) (h) | Adjusted EBIT (7) * (i) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 2023 | $:fact[5,612,345]{concept="ecd:PeoTotalCompAmt" period="2023-12-31"} | $:fact[6,001,234]{concept="ecd:PeoActuallyPaidCompAmt" period="2023-12-31"} | $:fact[1,500,000]{concept="ecd:NonPeoNeoAvgTotalCompAmt" period="2023-12-31"} | $:fact[1,650,500]{concept="ecd:NonPeoNeoAvgCompActuallyPaidAmt" period="2023-12-31"} | $:fact[152]{concept="ecd:TotalShareholderRtnAmt" period="2023-12-31"} | $:fact[121.40]{concept="ecd:PeerGroupTotalShareholderRtnAmt" period="2023-12-31"} | $:fact[312]{concept="us-gaap:NetIncomeLoss" period="2023-12-31"} M | $:fact[401.5]{concept="ecd:CoSelectedMeasureAmt" period="2023-12-31"} M |
| 2022 | $:fact[5,565,600]{concept="ecd:PeoTotalCompAmt" period="2022-12-31"} | $:fact[4,100,000]{concept="ecd:PeoActuallyPaidCompAmt" period="2022-12-31"} | $1,480,000 | $1,200,000 | $118 | $109 | $(12.5) M | $388 M (8) |
| * | Non-GAAP financial measure. |   |   |   |   |   |   |   |

(1) Our PEO in each year shown was :fact[Jane Q. Roe]{concept="ecd:PeoName" period="2023-12-31"}, our President and Chief Executive Officer, and :fact[Jane Q. Roe]{concept="ecd:PeoName" period="2022-12-31"} in 2022.
::::
`;

const TWO_PEOS = `## PAY VERSUS PERFORMANCE {#pay-versus-performance}

::::table{#pay-versus-performance-table}
### Pay Versus Performance

| Fiscal Year | Summary Compensation Table Total for John P. Doe ($) | Summary Compensation Table Total for Mary Poe ($) | Compensation Actually Paid to John P. Doe ($) | Compensation Actually Paid to Mary Poe ($) | Average Summary Compensation Table Total for Non-PEO NEOs ($) | Average Compensation Actually Paid to Non-PEO NEOs ($) | Total Shareholder Return ($) | S&P 500 Index Total Shareholder Return ($) | Net Income ($ in millions) | Return on Invested Capital (%) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 2023 | — | 3,250,000 | — | 2,980,000 | 950,000 | 910,000 | 98.10 | 126.33 | 1,204.7 | 11.2% |
| 2022 | 4,400,000 | 2,100,000 (1) | 3,900,000 | 1,750,000 | 900,000 | 880,000 | 87.45 | 104.20 | 1,150 | 10.4 |
| 2021 | 4,250,000 | - |  | - | 875,000 | 860,000 | 110.02 | 121.00 | 980.25 | 9.9 |
::::
`;

const RECONCILIATION = `::::table{#peo-sct-cap-reconciliation}
### PEO SCT CAP Reconciliation

| Year | Reported Summary Compensation Table Total for PEO | Minus: Reported Value of Equity Awards | Plus: Equity Award Adjustments | Compensation Actually Paid to PEO |
| --- | ---: | ---: | ---: | ---: |
| 2023 | $5,612,345 | $(3,750,000) | $4,138,889 | $6,001,234 |
::::
`;

describe("extractPayVersusPerformance on a table with one PEO", () => {
  const doc = madeUpDoc(ONE_PEO, { date: "2024-03-01" });
  const rows = extractPayVersusPerformance(doc);

  it("reads one row per fiscal year, leaving out a row of the table that prints a note", () => {
    expect(rows.map((row) => row.year)).toEqual([2023, 2022]);
  });

  it("reads the PEO's SCT total and compensation actually paid in exact cents, with their concepts", () => {
    expect(rows[0]!.peos).toHaveLength(1);
    expect(rows[0]!.peos[0]!.total).toEqual({ printed: "$5,612,345", amount: "5612345", scale: null, unit: "dollars", cents: 561234500, concept: "ecd:PeoTotalCompAmt" });
    expect(rows[0]!.peos[0]!.actuallyPaid).toMatchObject({ cents: 600123400, concept: "ecd:PeoActuallyPaidCompAmt" });
    expect(rows[1]!.peos[0]!.total).toMatchObject({ cents: 556560000, concept: "ecd:PeoTotalCompAmt" });
  });

  it("names the PEO from the filing's ecd:PeoName facts when the headers do not, citing the note", () => {
    expect(rows[0]!.peos[0]).toMatchObject({
      name: "Jane Q. Roe",
      nameSource: { section: "pay-versus-performance-table", quote: "Jane Q. Roe" },
      totalHeader: "SCT Total Compensation For PEO (1) (b)",
      actuallyPaidHeader: "Compensation Actually Paid to PEO (2) (c)",
    });
    expect(isQuotedInSection(doc, rows[0]!.peos[0]!.nameSource!)).toBe(true);
  });

  it("reads the other NEOs' averages and both returns, each as printed", () => {
    expect(rows[0]).toMatchObject({
      averageNonPeoTotal: { amount: "1500000", cents: 150000000, concept: "ecd:NonPeoNeoAvgTotalCompAmt" },
      averageNonPeoActuallyPaid: { amount: "1650500", cents: 165050000 },
      totalShareholderReturn: { printed: "$152", amount: "152", unit: "dollars", cents: 15200 },
      peerGroupTotalShareholderReturn: { printed: "$121.40", amount: "121.40", cents: 12140, concept: "ecd:PeerGroupTotalShareholderRtnAmt" },
    });
    expect(rows[1]!.averageNonPeoTotal).toMatchObject({ amount: "1480000", concept: null });
  });

  it("keeps a figure printed in millions exactly, saying it is in millions", () => {
    expect(rows[0]!.netIncome).toEqual({ printed: "$312 M", amount: "312", scale: "millions", unit: "dollars", cents: 31200000000, concept: "us-gaap:NetIncomeLoss" });
    expect(rows[1]!.netIncome).toEqual({ printed: "$(12.5) M", amount: "-12.5", scale: "millions", unit: "dollars", cents: -1250000000, concept: null });
  });

  it("reads the company-selected measure with its name as the header prints it, footnote marks and column letter aside", () => {
    expect(rows[0]).toMatchObject({ companySelectedMeasureName: "Adjusted EBIT", companySelectedMeasure: { amount: "401.5", scale: "millions", cents: 40150000000, concept: "ecd:CoSelectedMeasureAmt" } });
    expect(rows[1]!.companySelectedMeasure).toMatchObject({ printed: "$388 M (8)", amount: "388", cents: 38800000000 });
  });

  it("keeps the footnote marks of the cells with their fields", () => {
    expect(rows[1]!.footnotes).toEqual([{ field: "companySelectedMeasure", mark: "8" }]);
  });

  it("quotes each row as printed, in the table's section", () => {
    expect(rows[1]!.source).toMatchObject({ section: "pay-versus-performance-table", quote: "2022 | $5,565,600 | $4,100,000 | $1,480,000 | $1,200,000 | $118 | $109 | $(12.5) M | $388 M (8)" });
    expect(rows.every((row) => isQuotedInSection(doc, row.source) && row.unread.length === 0 && row.extra.length === 0)).toBe(true);
  });
});

describe("extractPayVersusPerformance on a table with two PEOs", () => {
  const rows = extractPayVersusPerformance(madeUpDoc(TWO_PEOS, { date: "2024-03-01" }));

  it("gives each PEO the columns whose headers name them, with the name", () => {
    expect(rows[0]!.peos.map((peo) => [peo.name, peo.total?.cents ?? null, peo.actuallyPaid?.cents ?? null])).toEqual([
      ["John P. Doe", null, null],
      ["Mary Poe", 325000000, 298000000],
    ]);
    expect(rows[1]!.peos.map((peo) => [peo.name, peo.total?.cents ?? null, peo.actuallyPaid?.cents ?? null])).toEqual([
      ["John P. Doe", 440000000, 390000000],
      ["Mary Poe", 210000000, 175000000],
    ]);
    expect(rows[1]!.peos[1]!.nameSource).toMatchObject({ quote: "Summary Compensation Table Total for Mary Poe ($)" });
  });

  it("gives null for a PEO's dash or empty cell in a year the PEO did not serve", () => {
    expect(rows[2]!.peos.map((peo) => [peo.total?.cents ?? null, peo.actuallyPaid])).toEqual([
      [425000000, null],
      [null, null],
    ]);
  });

  it("reads an index as the peer group's return, and a header's scale for cells that print none", () => {
    expect(rows[0]).toMatchObject({
      peerGroupTotalShareholderReturn: { amount: "126.33", cents: 12633 },
      netIncome: { printed: "1,204.7", amount: "1204.7", scale: "millions", unit: "dollars", cents: 120470000000 },
    });
  });

  it("reads a percent measure as a percent, with or without its sign, never as cents", () => {
    expect(rows.map((row) => row.companySelectedMeasure && [row.companySelectedMeasure.amount, row.companySelectedMeasure.unit, row.companySelectedMeasure.cents])).toEqual([
      ["11.2", "percent", null],
      ["10.4", "percent", null],
      ["9.9", "percent", null],
    ]);
    expect(rows[0]!.companySelectedMeasureName).toBe("Return on Invested Capital");
  });

  it("keeps the mark of a PEO's cell with that PEO's field", () => {
    expect(rows[1]!.footnotes).toEqual([{ field: "peos[1].total", mark: "1" }]);
  });
});

describe("extractPayVersusPerformance", () => {
  it("passes over a table of compensation actually paid without returns, such as a reconciliation", () => {
    expect(extractPayVersusPerformance(madeUpDoc(RECONCILIATION))).toEqual([]);
  });

  it("keeps a cell it cannot read as printed, and a column it has no field for as an extra cell", () => {
    const rows = extractPayVersusPerformance(
      madeUpDoc(`::::table{#pay-versus-performance-table}
### Pay Versus Performance

| Year | SCT Total for PEO | CAP to PEO | TSR | Net Income | Revenue Growth | Relative TSR Rank |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2023 | $1,000,000 | see note | $101 | $2.5 B | 7% | 3rd |
::::
`),
    );
    expect(rows[0]).toMatchObject({
      peos: [{ name: null, nameSource: null, total: { cents: 100000000 }, actuallyPaid: null }],
      netIncome: { amount: "2.5", scale: "billions", cents: 250000000000 },
      companySelectedMeasureName: "Revenue Growth",
      companySelectedMeasure: { amount: "7", unit: "percent", cents: null },
      unread: [{ field: "peos[0].actuallyPaid", printed: "see note", reason: "not a figure" }],
      extra: [{ header: "Relative TSR Rank", printed: "3rd" }],
    });
  });
});
