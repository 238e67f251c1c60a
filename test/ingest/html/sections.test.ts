import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiling, writeMarkdownBody, type DocNode, type IngestResult } from "../../../src/ingest/index.ts";
import type { ClauseNode } from "../../../src/ingest/document.ts";
import { parseMarkdown } from "../../../src/extract/parse-markdown.ts";
import { htmlSourceWords } from "../../support/html-visible-words.ts";
import { ROOT } from "../../support/paths.ts";
import { findWordDifference, markdownPieces, sourceWords } from "../../support/word-alignment.ts";
import { SNIPPET_OVERRIDES, allNodes, anchorsOf, htmlPage, ingestFile, ingestHtml } from "../../support/ingest-html.ts";

const PAIR = "test/fixtures/html-text-pair/kestrel-2002-consulting-agreement";
const ACME = "test/fixtures/html/acme-2009-ex10-employment-agreement.htm";

function ingestText(text: string, sourcePath: string): IngestResult {
  return ingestFiling({ text, sourcePath, sha256: "0".repeat(64) });
}

function read(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}

function clauses(nodes: readonly DocNode[]): ClauseNode[] {
  return allNodes(nodes).filter((node): node is ClauseNode => node.type === "clause");
}

describe("numbered sections and clauses in HTML get the ids and labels the plain-text path gives", () => {
  const text = ingestText(read(`${PAIR}.txt`), "content/sources/kestrel-2002-consulting-agreement.txt");
  const html = ingestText(read(`${PAIR}.htm`), "content/sources/kestrel-2002-consulting-agreement.htm");

  it("reads the clause 4(b) of the HTML agreement as s4b-termination-by-the-company, labelled 4(b)", () => {
    expect(anchorsOf(html.nodes)).toContainEqual({ id: "s4b-termination-by-the-company", label: "4(b)", type: "clause" });
    expect(anchorsOf(html.nodes)).toContainEqual({ id: "s4-term-and-termination", label: "4", type: "heading" });
  });

  it("gives every section, clause and item the same id and label in both formats", () => {
    expect(anchorsOf(html.nodes)).toEqual(anchorsOf(text.nodes));
    expect(anchorsOf(html.nodes).map((anchor) => anchor.id)).toEqual([
      "consulting-agreement",
      "s1-services",
      "s1a-scope",
      "s1b-place-of-work",
      "s2-fees",
      "s4-term-and-termination",
      "s4a-death",
      "s4b-termination-by-the-company",
      "s4b-i",
      "s4b-ii",
      "s4c-termination-by-the-consultant",
      "s5-governing-law",
    ]);
  });

  it("reads the clause's title and text in both formats, roman items laid out in a table nested under it", () => {
    const clause = clauses(html.nodes).find((node) => node.id === "s4b-termination-by-the-company")!;
    expect(clause).toMatchObject({ printed: "(b)", title: "Termination by the Company." });
    expect(clause.text).toBe("The Company may terminate this Agreement for Cause upon written notice to the Consultant. “Cause” means that:");
    expect(clause.children.map((child) => (child.type === "clause" ? [child.label, child.text] : child.type))).toEqual([
      ["4(b)(i)", "the Consultant has failed to perform the Services after reasonable notice; or"],
      ["4(b)(ii)", "the Consultant has breached Section 2 of this Agreement."],
    ]);
  });

  it("brings every word of both files to their Markdown, in order", () => {
    expect(findWordDifference(sourceWords(read(`${PAIR}.txt`)), markdownPieces(parseMarkdown(writeMarkdownBody(text.nodes))))).toBeUndefined();
    expect(findWordDifference(htmlSourceWords(read(`${PAIR}.htm`)), markdownPieces(parseMarkdown(writeMarkdownBody(html.nodes))))).toBeUndefined();
  });

  it("reads the same title, kind, company, date and parties off both formats", () => {
    const fields = (result: IngestResult) => {
      const { title, kind, label, company, date, parties } = result.frontmatter!;
      return { title, kind, label, company, date, parties };
    };
    expect(fields(html)).toEqual(fields(text));
    expect(fields(html)).toMatchObject({ kind: "consulting agreement", company: "Kestrel Lantern Corp.", date: "2002-10-02" });
  });

  it("keeps the ids and kind when the exhibit's own label stands above its title", () => {
    const labelledText = ingestText(`${" ".repeat(68)}Exhibit 10.2\n\n${read(`${PAIR}.txt`)}`, "content/sources/kestrel-ex10.txt");
    const labelledHtml = ingestText(read(`${PAIR}.htm`).replace('<p align="center">', '<p align="right"><b>Exhibit&nbsp;10.2</b></p>\n<p align="center">'), "content/sources/kestrel-ex10.htm");
    expect(anchorsOf(labelledText.nodes)).toContainEqual({ id: "s4b-termination-by-the-company", label: "4(b)", type: "clause" });
    expect(anchorsOf(labelledHtml.nodes)).toEqual(anchorsOf(labelledText.nodes));
    expect(labelledHtml.frontmatter).toMatchObject({ kind: "consulting agreement", label: "Exhibit 10.2" });
  });
});

describe("articles and decimal sections in HTML", () => {
  it("reads ARTICLE I<br>TITLE as the heading the text path makes of it", () => {
    const html = ingestHtml(
      htmlPage(`<p align="center"><b>RECITALS</b></p><p>WHEREAS, the Company desires to employ the Executive on the terms below.</p>
<p align="center"><b>ARTICLE I<br>EMPLOYMENT AND DUTIES</b></p><p><b>Section 1.2.</b> <b>Duties.</b> The Executive shall work.</p>`),
    );
    const text = ingestFiling({
      text: `${" ".repeat(36)}RECITALS\n\nWHEREAS, the Company desires to employ the Executive on the terms below.\n\n${" ".repeat(35)}ARTICLE I\n${" ".repeat(29)}EMPLOYMENT AND DUTIES\n\n     Section 1.2. Duties. The Executive shall work.\n`,
      sourcePath: "content/sources/snippet.txt",
      sha256: "0".repeat(64),
      overrides: SNIPPET_OVERRIDES,
    });
    expect(anchorsOf(text.nodes)).toContainEqual({ id: "article-i-employment-and-duties", label: null, type: "heading" });
    expect(anchorsOf(html.nodes)).toEqual(anchorsOf(text.nodes));
  });

  it("reads a decimal section number without a trailing period as the section's label", () => {
    const html = htmlPage(`<p><b>1.1</b>&nbsp;&nbsp;&nbsp;&nbsp;<b><u>Position</u></b>. The Company hereby employs the Executive as Chief Operating Officer.</p>
<h3>2.1&nbsp;&nbsp;&nbsp;&nbsp;Base Salary.</h3><p>The Company shall pay the Executive a base salary at the annual rate of $285,000.</p>`);
    const anchors = anchorsOf(ingestHtml(html).nodes);
    expect(anchors.map((anchor) => [anchor.id, anchor.label])).toEqual([
      ["s1-1-position", "1.1"],
      ["s2-1-base-salary", "2.1"],
    ]);
  });
});

describe("the made-up employment agreement's lists, clauses and lines", () => {
  const nodes = allNodes(ingestFile(ACME).nodes);

  it("reads a <ul> as bullets, each <li> an item", () => {
    const bullets = nodes.filter((node) => node.type === "bullets").map((node) => (node.type === "bullets" ? node.items : []));
    expect(bullets[0]).toEqual([
      "medical, dental and vision coverage under the Company’s group plans;",
      "four weeks of paid vacation in each calendar year; and",
      "reimbursement of reasonable business expenses, including travel.",
    ]);
  });

  it("reads a list laid out as a table, its bullet in a cell of its own, as bullets", () => {
    const bullets = nodes.filter((node) => node.type === "bullets").map((node) => (node.type === "bullets" ? node.items : []));
    expect(bullets[1]).toEqual([
      "20,000 shares on the first anniversary of the Effective Date;",
      "20,000 shares on the second anniversary; and",
      "20,000 shares on the third anniversary.",
    ]);
  });

  it("reads lettered clauses padded with &nbsp; and roman items laid out as a table as clauses", () => {
    const printed = clauses(nodes).map((clause) => [clause.printed, clause.text]);
    expect(printed).toEqual(
      expect.arrayContaining([
        ["(a)", "devote substantially all of his business time to the affairs of the Company;"],
        ["(c)", "comply with the Company’s written policies as in effect from time to time."],
        ["(i)", "the Executive’s conviction of, or plea of no contest to, a felony;"],
        ["(iii)", "a material breach of Section 1.2(c) of this Agreement."],
      ]),
    );
  });

  it("keeps lines split by <br> as printed, and reads no markup, signature line or cell as a heading", () => {
    expect(nodes).toContainEqual(expect.objectContaining({ type: "lines", lines: ["Name: Harriet N. Lindqvist", "Title: Chief Executive Officer"] }));
    const headings = nodes.flatMap((node) => (node.type === "heading" ? [node.text] : []));
    expect(headings.some((text) => /By:|\/s\/|ACME WIDGETS|EXECUTIVE$/.test(text))).toBe(false);
  });
});

describe("<br> lines and lists in HTML", () => {
  it("keeps short lines split by <br> as lines and joins prose merely broken by <br> into a paragraph", () => {
    const nodes = allNodes(
      ingestHtml(htmlPage("<p>Jane Roe<br>Secretary<br>Acme Corp.</p><p>This first printed line of a long paragraph is broken with a line break element<br>and carries on here to its end.</p>")).nodes,
    );
    expect(nodes).toEqual([
      expect.objectContaining({ type: "lines", lines: ["Jane Roe", "Secretary", "Acme Corp."] }),
      expect.objectContaining({ type: "paragraph", text: "This first printed line of a long paragraph is broken with a line break element and carries on here to its end." }),
    ]);
  });

  it("keeps the numbers of an ordered list", () => {
    const markdown = ingestHtml(htmlPage('<ol><li>Numbered one</li><li>Numbered two</li></ol><ol start="3"><li>Numbered three</li></ol>')).markdown!;
    expect(markdown).toMatch(/^1\\?\. Numbered one$/m);
    expect(markdown).toMatch(/^2\\?\. Numbered two$/m);
    expect(markdown).toMatch(/^3\\?\. Numbered three$/m);
  });
});
