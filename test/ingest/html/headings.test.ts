import { describe, expect, it } from "vitest";
import type { DocNode, HeadingNode } from "../../../src/ingest/document.ts";
import { allNodes, headingTexts, htmlPage, ingestFile, ingestHtml } from "../../support/ingest-html.ts";

const PROSE = "<p>The Company shall pay the Executive a base salary in accordance with its regular payroll practices.</p>";

function headingsOf(body: string): HeadingNode[] {
  return allNodes(ingestHtml(htmlPage(body)).nodes).filter((node): node is HeadingNode => node.type === "heading");
}

function nodesOf(body: string): DocNode[] {
  return allNodes(ingestHtml(htmlPage(body)).nodes);
}

/** The text of each paragraph, lines block and heading, so a test can say which one a phrase became. */
function shapes(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === "heading") return [`heading: ${node.text}`];
    if (node.type === "paragraph") return [`paragraph: ${node.text}`];
    if (node.type === "lines") return [`lines: ${node.lines.join(" / ")}`];
    return [];
  });
}

describe("HTML headings by element", () => {
  it("reads <h1>, <h2> and <h3> as headings, with <h3> one level below <h1> and <h2>", () => {
    const headings = headingsOf(`<h1>Annual Report</h1>${PROSE}<h2>Part One</h2>${PROSE}<h3>Base Salary</h3>${PROSE}`);
    expect(headings.map((heading) => [heading.text, heading.depth])).toEqual([
      ["Annual Report", 2],
      ["Part One", 2],
      ["Base Salary", 3],
    ]);
  });

  it("keeps consecutive <h1>, <h2> and <h3> headings apart", () => {
    const headings = headingsOf(`<h1>Annual Report</h1><h2>Part One</h2><h3>Base Salary</h3>${PROSE}`);
    expect(headings.map((heading) => heading.text)).toEqual(["Annual Report", "Part One", "Base Salary"]);
  });
});

describe("HTML headings by type", () => {
  it("reads a short phrase set in bold, underlined, larger type or centred capitals as a heading", () => {
    const body = [
      "<p><b>Bold Heading Phrase</b></p>",
      "<p style='font-weight: 700'>Heavy Heading Phrase</p>",
      "<p><u>Underlined Title</u></p>",
      "<p><font size='4'>Larger Font Tag Title</font></p>",
      "<p style='font-size: 14pt'>Larger CSS Title</p>",
      "<p align='center'>CENTRED CAPITALS</p>",
    ].join(PROSE);
    expect(headingsOf(`${body}${PROSE}`).map((heading) => heading.text)).toEqual([
      "Bold Heading Phrase",
      "Heavy Heading Phrase",
      "Underlined Title",
      "Larger Font Tag Title",
      "Larger CSS Title",
      "CENTRED CAPITALS",
    ]);
  });

  it("gives each heading an id made from its text", () => {
    const headings = headingsOf(`<p><b>Election of Directors</b></p>${PROSE}<p align="center"><b>RATIFICATION OF AUDITORS</b></p>${PROSE}`);
    expect(headings.map((heading) => [heading.id, heading.label])).toEqual([
      ["election-of-directors", null],
      ["ratification-of-auditors", null],
    ]);
  });

  it("joins a title set over consecutive paragraphs in the same type, with no margin between, into one heading", () => {
    const tight = "style='margin-top:0pt; margin-bottom:0pt'";
    const body = `<p align='center' ${tight}><b>Beneficial Stock Ownership of Directors, Executive</b></p><p align='center' ${tight}><b>Officers and Principal Holders</b></p>`;
    expect(headingsOf(`${body}${PROSE}`).map((heading) => [heading.text, heading.id])).toEqual([
      ["Beneficial Stock Ownership of Directors, Executive Officers and Principal Holders", "beneficial-stock-ownership-of-directors-executive-officers-and"],
    ]);
    const divs = "<div align='center'><b>Stock Ownership of</b></div><div align='center'><b>Certain Holders</b></div>";
    expect(headingsOf(`${divs}${PROSE}`).map((heading) => heading.text)).toEqual(["Stock Ownership of Certain Holders"]);
  });

  it("keeps titles in paragraphs a browser sets apart by their margins apart", () => {
    const headings = headingsOf(`<p><b>PROXY STATEMENT</b></p><p><b>EXECUTIVE COMPENSATION</b></p>${PROSE}`);
    expect(headings.map((heading) => heading.text)).toEqual(["PROXY STATEMENT", "EXECUTIVE COMPENSATION"]);
  });

  it("keeps two titles apart when a blank paragraph stands between them or their type differs", () => {
    const blank = headingsOf(`<p><b>First Title</b></p><p>&nbsp;</p><p><b>Second Title</b></p>${PROSE}`);
    expect(blank.map((heading) => heading.text)).toEqual(["First Title", "Second Title"]);
    const sizes = headingsOf(`<p style="font-size: 14pt"><b>Proxy Statement</b></p><p><b>General Information</b></p>${PROSE}`);
    expect(sizes.map((heading) => heading.text)).toEqual(["Proxy Statement", "General Information"]);
  });

  it("splits a bold first line over plain text into a heading and the paragraph under it", () => {
    const nodes = nodesOf("<p><b>Lead-in Title</b><br>Plain text right under the bold lead-in line, long enough to be prose.</p>");
    expect(shapes(nodes)).toEqual(["heading: Lead-in Title", "paragraph: Plain text right under the bold lead-in line, long enough to be prose."]);
  });

  it("does not read a bold sentence, a bold address line, a date or a figure as a heading", () => {
    const body = [
      "<p><b>This whole sentence is set in bold type and runs on for many more than twelve words in all.</b></p>",
      "<p align='center'><b>1 Wayside Road</b></p>",
      "<p><b>June 21, 2007</b></p>",
      "<p><b>$1,000</b></p>",
      "<p><b>By: /s/ Jane Roe</b></p>",
    ].join("\n");
    expect(headingsOf(body)).toEqual([]);
  });

  it("does not read the bold cells of a signature table, printed beside each other, as headings", () => {
    const table = "<table><tr><td><b>ACME CORP.</b></td><td><b>EXECUTIVE</b></td></tr><tr><td>By: /s/ Jane Roe</td><td>/s/ John Doe</td></tr></table>";
    const nodes = nodesOf(`${PROSE}${table}`);
    expect(nodes.filter((node) => node.type === "heading")).toEqual([]);
    expect(shapes(nodes).slice(1)).toEqual(["paragraph: ACME CORP.", "paragraph: EXECUTIVE", "paragraph: By: /s/ Jane Roe", "paragraph: /s/ John Doe"]);
  });

  it("does not read a bold, centred city and ZIP line as a heading", () => {
    const headings = headingTexts(ingestFile("test/fixtures/html/fairhaven-2007-8k-cover.htm").nodes);
    expect(headings).not.toContain("Washington, D.C. 20549");
  });

  it("does not read the signer's name under 'Sincerely,' as a heading", () => {
    const nodes = nodesOf(`${PROSE}<p>Sincerely,</p><p><b>JOHN Q. SIGNER</b></p><p>President</p>`);
    expect(nodes.filter((node) => node.type === "heading")).toEqual([]);
  });
});
