import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/parse-markdown.ts";
import { findInlineFacts } from "../../../src/extract/inline-facts.ts";
import { writeMarkdownBody } from "../../../src/ingest/index.ts";
import { allNodes, htmlPage, ingestFile, ingestHtml, tablesOf } from "../../support/ingest-html.ts";

const EVERLY = "test/fixtures/html/everly-2023-8k-inline-xbrl.htm";

describe("the made-up inline XBRL 8-K", () => {
  const result = ingestFile(EVERLY);
  const body = writeMarkdownBody(result.nodes);
  const facts = findInlineFacts(parseMarkdown(body));

  it("reads company, form and CIK off the dei: cover facts, and the date off the cover page", () => {
    expect(result.frontmatter).toMatchObject({
      title: "Current Report",
      kind: "current report",
      label: "8-K",
      company: "Everly Tidewater Bancorp, Inc.",
      date: "2023-10-26",
    });
    expect(result.frontmatter!.edgar).toMatchObject({ form: "8-K", cik: "0009876502", accession: null, filed: null });
    expect(result.id).toBe("everly-tidewater-bancorp-2023-10-26-current-report");
  });

  it("writes a fact in a sentence as a :fact directive with its concept, period and scale, around the figure only", () => {
    expect(body).toContain(
      'the Company reported net income of $:fact[6.3]{concept="us-gaap:NetIncomeLoss" period="2023-09-30" scale="6"} million, or $:fact[0.84]{concept="us-gaap:EarningsPerShareDiluted" period="2023-09-30"} per diluted share',
    );
  });

  it("writes facts in table cells, the `$` and the printed parentheses outside the mark", () => {
    const table = tablesOf(result.nodes).find((node) => node.header[0] === "(in thousands)")!;
    expect(table.header).toEqual(["(in thousands)", "Three months ended September 30, 2023"]);
    expect(table.rows.map((row) => row[0])).toEqual(["Net interest income", "Provision for credit losses", "Net income"]);
    const figures = findInlineFacts(parseMarkdown(writeMarkdownBody([table])));
    expect(figures).toEqual([
      { concept: "us-gaap:InterestIncomeExpenseNet", period: "2023-09-30", text: "21,408" },
      { concept: "us-gaap:ProvisionForLoanLeaseAndOtherLosses", period: "2023-09-30", text: "350" },
      { concept: "us-gaap:NetIncomeLoss", period: "2023-09-30", text: "6,312" },
    ]);
    expect(writeMarkdownBody([table])).toContain('| Provision for credit losses | (:fact[350]{concept="us-gaap:ProvisionForLoanLeaseAndOtherLosses" period="2023-09-30" scale="3" sign="-"}) |');
  });

  it("marks the visible nonNumeric cover facts with the concept and the period of their context", () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        { concept: "dei:DocumentPeriodEndDate", period: "2023-10-26", text: "October 26, 2023" },
        { concept: "dei:EntityRegistrantName", period: "2023-10-26", text: "Everly Tidewater Bancorp, Inc." },
        { concept: "dei:TradingSymbol", period: "2023-10-26", text: "EVTB" },
      ]),
    );
  });

  it("marks no fact of the hidden ix:header in the text", () => {
    expect(facts.map((fact) => fact.concept)).not.toContain("dei:AmendmentFlag");
    expect(facts.map((fact) => fact.concept)).not.toContain("dei:EntityCentralIndexKey");
    expect(facts.filter((fact) => fact.concept === "dei:DocumentType")).toEqual([]);
  });

  it("runs <div style='display:inline'> pieces into one line: the item number and title make one heading", () => {
    const headings = allNodes(result.nodes).flatMap((node) => (node.type === "heading" ? [node.text] : []));
    expect(headings).toContain("Item 2.02 Results of Operations and Financial Condition.");
  });

  it("prints nothing for the <hr> page break and drops no line of it", () => {
    expect(body).not.toMatch(/^(?:---|\*\*\*)$/m);
    expect([...result.dropped.values()].filter((why) => why !== "markup")).toEqual([]);
  });

  it("sets edgar.period from the dei:DocumentPeriodEndDate cover fact", () => {
    expect(result.frontmatter!.edgar?.period).toBe("2023-10-26");
  });

  // The provision printed "(350)" is -350 in XBRL: the mark says so.
  it("keeps a fact's sign=\"-\" on its mark", () => {
    expect(body).toMatch(/:fact\[350\]\{[^}]*sign="-"/);
  });
});

describe("inline XBRL facts in HTML", () => {
  const header = `<div style="display:none"><ix:header><ix:resources>
<xbrli:context id="fy"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2022-10-01</xbrli:startDate><xbrli:endDate>2023-09-30</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="peo"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>
<xbrli:segment><xbrldi:explicitMember dimension="ecd:IndividualAxis">ecd:PeoMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
<xbrli:period><xbrli:instant>2023-09-30</xbrli:instant></xbrli:period></xbrli:context>
</ix:resources></ix:header></div>`;

  it("records a context's members, an instant period and a scale", () => {
    const body = writeMarkdownBody(
      ingestHtml(htmlPage(`${header}<p>The adjustment was $<ix:nonFraction name="ecd:AdjToCompAmt" contextRef="peo" scale="3" unitRef="usd">1,250</ix:nonFraction> thousand for the year.</p>`)).nodes,
    );
    expect(body).toContain('$:fact[1,250]{concept="ecd:AdjToCompAmt" period="2023-09-30" members="ecd:PeoMember" scale="3"} thousand');
  });

  it("marks a fact split over several elements once, and a fact whose context is unknown without a period", () => {
    const body = writeMarkdownBody(
      ingestHtml(
        htmlPage(`${header}<p>Paid to <ix:nonNumeric name="ecd:PeoName" contextRef="fy">Jane <b>Q.</b> Roe</ix:nonNumeric> and <ix:nonNumeric name="dei:Other" contextRef="nowhere">Other Text</ix:nonNumeric> here.</p>`),
      ).nodes,
    );
    expect(body).toContain('Paid to :fact[Jane Q. Roe]{concept="ecd:PeoName" period="2023-09-30"} and :fact[Other Text]{concept="dei:Other"} here.');
  });

  it("does not mark a text block fact wrapping whole paragraphs, but keeps its text", () => {
    const body = writeMarkdownBody(
      ingestHtml(
        htmlPage(`${header}<ix:nonNumeric name="ecd:NamedExecutiveOfficersFnTextBlock" contextRef="fy"><p>The named executive officers other than our PEO were Ms. Doe and Mr. Poe.</p></ix:nonNumeric>`),
      ).nodes,
    );
    expect(body).toBe("The named executive officers other than our PEO were Ms. Doe and Mr. Poe.\n");
  });

  it("never lets a filing's own noncharacters pose as a fact mark", () => {
    const body = writeMarkdownBody(ingestHtml(htmlPage("<p>Odd \uFDD0concept\uFDD1figure\uFDD2 characters in a paragraph of filing text.</p>")).nodes);
    expect(body).toBe("Odd conceptfigure characters in a paragraph of filing text.\n");
  });
});

describe("a concept whose name Markdown would read as emphasis", () => {
  it("is written as its name, not escaped", () => {
    const markdown = ingestHtml(htmlPage('<p>Revenue was $<ix:nonFraction name="abc:Some_Concept_Name" contextRef="c">5</ix:nonFraction> million this year.</p>')).markdown!;
    expect(markdown).toContain(':fact[5]{concept="abc:Some_Concept_Name"}');
  });
});
