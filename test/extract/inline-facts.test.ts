import { describe, expect, it } from "vitest";
import { madeUpDoc } from "./compensation/made-up.ts";

const BODY = `## PAY VERSUS PERFORMANCE {#pay-versus-performance}

::::table{#pay-versus-performance-table}
### Pay Versus Performance Table

| Year | SCT Total for PEO | Net Income |
| --- | ---: | ---: |
| 2023 | $:fact[1,234,567]{concept="ecd:PeoTotalCompAmt" period="2023-12-31"} | $:fact[12.5]{concept="us-gaap:NetIncomeLoss" period="2023-12-31"} M |
| 2022 | $1,111,111 | — |

(1) Our PEO for each year was :fact[Jane Q. Roe]{concept="ecd:PeoName" period="2023-12-31"}.
::::

Text that only looks like one, :fact[no concept], is no fact.
`;

describe("inline XBRL facts in filing Markdown", () => {
  const doc = madeUpDoc(BODY, { date: "2024-03-01" });
  const table = doc.tables[0]!;

  it("read as their text in table cells and sentences", () => {
    expect(table.rows[0]).toEqual(["2023", "$1,234,567", "$12.5 M"]);
    expect(table.notes).toEqual(["(1) Our PEO for each year was Jane Q. Roe."]);
  });

  it("give each table cell the concept of the fact it holds, null for an untagged cell", () => {
    expect(table.concepts).toEqual([
      [null, "ecd:PeoTotalCompAmt", "us-gaap:NetIncomeLoss"],
      [null, null, null],
    ]);
  });

  it("are listed for the filing in reading order, with their section, period and line", () => {
    expect(doc.facts.map((fact) => [fact.concept, fact.text, fact.period, fact.section])).toEqual([
      ["ecd:PeoTotalCompAmt", "1,234,567", "2023-12-31", "pay-versus-performance-table"],
      ["us-gaap:NetIncomeLoss", "12.5", "2023-12-31", "pay-versus-performance-table"],
      ["ecd:PeoName", "Jane Q. Roe", "2023-12-31", "pay-versus-performance-table"],
    ]);
    const [cell, , note] = doc.facts;
    expect(note!.line).toBeGreaterThan(cell!.line);
  });

  it("quote their text inside their section", () => {
    for (const fact of doc.facts) expect(doc.sectionText.get(fact.section)).toContain(fact.text);
  });
});
