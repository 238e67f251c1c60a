import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiling, writeMarkdownBody } from "../../src/ingest/index.ts";
import { ROOT } from "../support/paths.ts";
import { allNodes, anchorsOf, ingestFile, tablesOf } from "../support/ingest-html.ts";

const GRANBY = "test/fixtures/html/granby-2011-8k-submission.txt";
const MAIN = "granby-orchard-2011-03-07-current-report";
const EDGAR = { form: "8-K", accession: "0009876504-11-000012", cik: "0009876504", filed: "2011-03-07", period: "2011-03-01" };

/** The first and last line of each <DOCUMENT> of the fixture, read off its text. */
function documentRanges(): [number, number][] {
  const lines = readFileSync(join(ROOT, GRANBY), "utf8").split("\n");
  const starts = lines.flatMap((text, index) => (text === "<DOCUMENT>" ? [index + 1] : []));
  const ends = lines.flatMap((text, index) => (text === "</DOCUMENT>" ? [index + 1] : []));
  return starts.map((start, index) => [start, ends[index]!]);
}

describe("the made-up 8-K submission: one page per text document", () => {
  const result = ingestFile(GRANBY);
  const [main, contract, release] = result.pages;
  const ranges = documentRanges();

  it("makes three pages: the 8-K, then its HTML and its plain-text exhibit, in the submission's order", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.pages.map((page) => page.frontmatter.document?.type)).toEqual(["8-K", "EX-10.1", "EX-99.1"]);
    expect(result.id).toBe(MAIN);
    expect(main!.id).toBe(MAIN);
    expect(contract!.id).toBe("granby-orchard-2011-03-07-ex-10-1-supply-agreement");
  });

  it("reads the main page's frontmatter off the SEC header and the cover", () => {
    expect(main!.frontmatter).toMatchObject({ title: "Current Report", kind: "current report", label: "8-K", company: "Granby Orchard Technologies, Inc.", date: "2011-03-07" });
    expect(main!.frontmatter.edgar).toEqual(EDGAR);
    expect(main!.frontmatter.document).toEqual({ type: "8-K", sequence: 1, filename: "g8k030111.htm", description: "FORM 8-K" });
  });

  it("gives each exhibit its label, kind, company, own date, parties and a link to the main page", () => {
    expect(contract!.frontmatter).toMatchObject({
      title: "Supply Agreement",
      kind: "supply agreement",
      label: "Exhibit 10.1",
      company: "Granby Orchard Technologies, Inc.",
      date: "2011-03-01",
      parties: [
        { name: "Granby Orchard Technologies, Inc.", role: "BUYER" },
        { name: "Pomeroy Steelworks LLC", role: "SUPPLIER" },
      ],
      parent: MAIN,
    });
    expect(release!.frontmatter).toMatchObject({ label: "Exhibit 99.1", company: "Granby Orchard Technologies, Inc.", date: "2011-03-03", parent: MAIN });
    expect(main!.frontmatter.parent).toBeUndefined();
  });

  it("gives every page the submission's EDGAR fields and its own document tags", () => {
    expect(result.pages.map((page) => page.frontmatter.edgar)).toEqual([EDGAR, EDGAR, EDGAR]);
    expect(contract!.frontmatter.document).toEqual({ type: "EX-10.1", sequence: 2, filename: "gex10-1.htm", description: "SUPPLY AGREEMENT" });
    expect(release!.frontmatter.document).toEqual({ type: "EX-99.1", sequence: 3, filename: "gex99-1.txt", description: "PRESS RELEASE" });
  });

  it("records the source lines each page takes: the main page from line 1 (the header), each exhibit its <DOCUMENT>", () => {
    expect(ranges).toEqual([
      [46, 77],
      [78, 106],
      [107, 124],
      [125, 140],
      [141, 164],
    ]);
    expect(result.pages.map((page) => page.frontmatter.source.lines)).toEqual([
      [1, 77],
      [78, 106],
      [107, 124],
    ]);
  });

  it("gives page ranges that cover their documents and never overlap each other or the attachments", () => {
    const pageRanges = result.pages.map((page) => page.frontmatter.source.lines!);
    pageRanges.forEach(([first, last], index) => {
      expect(first).toBeLessThanOrEqual(ranges[index]![0]);
      expect(last).toBeGreaterThanOrEqual(ranges[index]![1]);
    });
    const all = [...pageRanges, ...(main!.frontmatter.attachments ?? []).map((attachment) => attachment.lines)].sort((a, b) => a[0] - b[0]);
    all.slice(1).forEach(([first], index) => expect(first).toBeGreaterThan(all[index]![1]));
  });

  it("lists the GRAPHIC and the XBRL schema as attachments of the main page, with their lines", () => {
    expect(main!.frontmatter.attachments).toEqual([
      { type: "GRAPHIC", sequence: 4, filename: "logo.jpg", description: "GRAPHIC", format: "binary", lines: [125, 140] },
      { type: "EX-101.SCH", sequence: 5, filename: "gotc-20110301.xsd", description: "XBRL TAXONOMY EXTENSION SCHEMA DOCUMENT", format: "xbrl", lines: [141, 164] },
    ]);
    expect(contract!.frontmatter.attachments).toBeUndefined();
    expect(release!.frontmatter.attachments).toBeUndefined();
  });

  it("never writes the graphic's or the schema's text to a page, and counts their lines as dropped", () => {
    for (const page of result.pages) {
      for (const data of ["begin 644", "M_]C_X", "xsd:schema", "roleURI", "Document and Entity Information", "<XBRL>"]) expect(page.markdown).not.toContain(data);
    }
    expect([131, 138].map((line) => result.dropped.get(line))).toEqual(["binary", "binary"]);
    expect([148, 161].map((line) => result.dropped.get(line))).toEqual(["xbrl", "xbrl"]);
    expect([147, 162].map((line) => result.dropped.get(line))).toEqual(["markup", "markup"]);
  });

  it("keeps the SEC header verbatim in a code block at the top of the main page only", () => {
    expect(main!.nodes[0]).toMatchObject({ type: "code", line: 1 });
    expect(main!.markdown).toContain("ACCESSION NUMBER:               0009876504-11-000012");
    expect(contract!.markdown).not.toContain("ACCESSION NUMBER");
    expect(release!.markdown).not.toContain("ACCESSION NUMBER");
  });

  it("numbers each block by the line of the submission file it starts on, in HTML and text documents alike", () => {
    const lineOf = (page: typeof main, start: string) => allNodes(page!.nodes).find((node) => "text" in node && node.text.startsWith(start))?.line;
    expect(lineOf(main, "Item 1.01")).toBe(62);
    expect(lineOf(contract, "1. Purchase.")).toBe(93);
    expect(lineOf(contract, "This Agreement is governed")).toBe(97);
    expect(lineOf(release, "ORCHARD HILL, Wash.")).toBe(117);
    expect(tablesOf(main!.nodes)[0]!.lines).toEqual([67, 71]);
  });

  it("reads each page's text from its own document only", () => {
    const bodies = result.pages.map((page) => writeMarkdownBody(page.nodes));
    expect(bodies[0]).toContain("Item 1.01 Entry into a Material Definitive Agreement.");
    expect(bodies[0]).not.toContain("harvester frames in each calendar year");
    expect(bodies[1]).toContain("Buyer shall purchase not fewer than 1,200 harvester frames in each calendar year at $1,450 per frame.");
    expect(bodies[1]).not.toContain("today announced");
    expect(bodies[2]).toContain("Granby Orchard Technologies, Inc. today announced a three-year agreement");
  });

  it("numbers the HTML exhibit's sections as its own, without the exhibit label as a prefix", () => {
    expect(anchorsOf(contract!.nodes)).toEqual([
      { id: "supply-agreement", label: null, type: "heading" },
      { id: "s1-purchase", label: "1", type: "heading" },
      { id: "s2-term", label: "2", type: "heading" },
      { id: "s3-governing-law", label: "3", type: "heading" },
    ]);
  });

  it("reads the press release exhibit as a press release", () => {
    expect(release!.frontmatter).toMatchObject({ title: "Press Release", kind: "press release" });
    expect(release!.id).toBe("granby-orchard-2011-03-07-ex-99-1-press-release");
  });

  it("reads the underlined header of the exhibit index as its header", () => {
    const index = tablesOf(main!.nodes).find((table) => table.rows.some((row) => row[0] === "10.1"))!;
    expect({ header: index.header, rows: index.rows }).toEqual({
      header: ["Exhibit No.", "Description"],
      rows: [
        ["10.1", "Supply Agreement dated March 1, 2011"],
        ["99.1", "Press release dated March 3, 2011"],
      ],
    });
  });
});

describe("exhibits that would share an id", () => {
  const document = (type: string, sequence: number, body: string) => `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<TEXT>\n${body}\n</TEXT>\n</DOCUMENT>\n`;
  const release = "FOR IMMEDIATE RELEASE\n\nAcme Corp. today announced its results for the quarter ended March 31, 2000.\n";
  const text = [
    "<SEC-DOCUMENT>0000000001-00-000001.txt : 20000101\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000001-00-000001\nCONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t20000101\nCOMPANY CONFORMED NAME:\tACME CORP\n</SEC-HEADER>\n",
    document("8-K", 1, "Item 5. Other Events.\n\nAcme Corp. issued the press releases filed as exhibits.\n"),
    document("EX-99", 2, release),
    document("EX-99", 3, release),
    document("EX-3.1", 4, "CERTIFICATE OF INCORPORATION\n\nThe name of the corporation is Acme Corp.\n"),
    document("EX-31", 5, "CERTIFICATION\n\nI, Jane Roe, certify that I have reviewed this report.\n"),
    "</SEC-DOCUMENT>\n",
  ].join("");
  const result = ingestFiling({ text, sourcePath: "content/sources/acme-8k.txt", sha256: "0".repeat(64) });

  it("tells two exhibits of one type and kind apart by their sequence numbers", () => {
    const ids = result.pages.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.includes("ex-99"))).toEqual(["acme-corp-2000-01-01-ex-99-press-release", "acme-corp-2000-01-01-ex-99-3-press-release"]);
  });

  it("keeps an exhibit number's dot apart, so EX-3.1 and EX-31 do not meet", () => {
    expect(result.pages.map((page) => page.id).filter((id) => /-ex-3-1-|-ex-31-/.test(id))).toHaveLength(2);
  });
});
