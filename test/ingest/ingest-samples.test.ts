import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiling, type DocNode, type IngestResult } from "../../src/ingest/index.ts";
import { ROOT } from "../support/paths.ts";

const CONSULTING = "content/sources/point360-2002-10-02-consulting-agreement.txt";
const PURCHASE = "content/sources/point360-2002-10-02-stock-purchase-agreement.txt";
const PROXY = "content/sources/point360-2002-11-04-def14a-proxy-statement.txt";

function ingest(path: string, edit: (text: string) => string = (t) => t): IngestResult {
  const text = edit(readFileSync(join(ROOT, path), "utf8"));
  return ingestFiling({ text, sourcePath: path, sha256: "0".repeat(64) });
}

/** Every addressable node: id, label and kind, in document order. */
function anchors(nodes: readonly DocNode[]): { id: string; label: string | null; type: string }[] {
  return nodes.flatMap((node) => {
    if (node.type === "heading") return [{ id: node.id, label: node.label, type: node.type }];
    if (node.type === "clause") return [{ id: node.id, label: node.label, type: node.type }, ...anchors(node.children)];
    if (node.type === "table") return [{ id: node.id, label: null, type: node.type }];
    return [];
  });
}

function table(result: IngestResult, id: string) {
  const node = result.nodes.find((n) => n.type === "table" && n.id === id);
  if (!node || node.type !== "table") throw new Error(`expected a table "${id}"`);
  return node;
}

describe("ingest of the consulting agreement", () => {
  const result = ingest(CONSULTING);

  it("reads its frontmatter off the text", () => {
    expect(result.id).toBe("point360-2002-10-02-consulting-agreement");
    expect(result.frontmatter).toMatchObject({
      title: "Consulting Agreement",
      kind: "consulting agreement",
      label: "Exhibit 10.2",
      company: "Point.360",
      date: "2002-10-02",
      parties: [
        { name: "Point.360", role: "COMPANY" },
        { name: "R. Luke Stefanko", role: "CONSULTANT" },
      ],
    });
  });

  it("makes numbered sections headings and lettered clauses addressable blocks with ids from their numbering", () => {
    const ids = anchors(result.nodes);
    expect(ids).toContainEqual({ id: "s4-term-and-termination", label: "4", type: "heading" });
    expect(ids).toContainEqual({ id: "s4b-termination-by-the-company", label: "4(b)", type: "clause" });
    expect(ids).toContainEqual({ id: "s10i-effect-on-successors-in-interest-assignment", label: "10(i)", type: "clause" });
    expect(ids).toContainEqual({ id: "exhibit-a-current-stock-options", label: "Exhibit A", type: "heading" });
    expect(ids).toContainEqual({ id: "exhibit-b-noncompetition-agreement", label: "Exhibit B", type: "heading" });
    expect(new Set(ids.map((a) => a.id)).size).toBe(ids.length);
  });

  it("un-wraps a clause into one paragraph without the padding spaces", () => {
    const clause = result.nodes.find((n) => n.type === "clause" && n.id === "s4a-death");
    expect(clause).toMatchObject({ printed: "(a)", title: "Death.", text: "This Agreement and the Consultant's duties hereunder shall terminate immediately upon the Consultant's death." });
  });

  it("keeps signature blocks line by line", () => {
    const lines = result.nodes.filter((n) => n.type === "lines").map((n) => (n.type === "lines" ? n.lines : []));
    expect(lines).toContainEqual(["By: /s/ Haig S. Bagerdjian", "Haig S. Bagerdjian"]);
    expect(lines).toContainEqual(["Address:", "Point.360", "P.O. Box 1830", "Hollywood, CA 90028", "Attn: President", "Fax: (323) 957-2297"]);
  });

  it("turns Exhibit A's list of options into a one-column table with its total", () => {
    const options = table(result, "exhibit-a-current-stock-options-table");
    expect(options.header).toEqual(["Number of Shares"]);
    expect(options.rows.map((r) => r[0])).toEqual(["55,000", "179,000", "200,000", "64,100", "200,000", "698,100"]);
  });

  it("writes the 4(b) clause as a directive carrying its id and label", () => {
    expect(result.markdown).toContain(':::clause{#s4b-termination-by-the-company label="4(b)"}\n\n(b) **Termination by the Company.** In the event');
    expect(result.markdown).toContain("### 4. Term and Termination. {#s4-term-and-termination label=\"4\"}");
  });
});

describe("ingest of the stock purchase agreement", () => {
  const result = ingest(PURCHASE);

  it("finds the buyer, seller, company, shareholder and proxy holder", () => {
    expect(result.frontmatter?.parties).toEqual([
      { name: "Haig S. Bagerdjian", role: "BUYER" },
      { name: "R. Luke Stefanko", role: "SELLER" },
      { name: "Point.360", role: "COMPANY" },
      { name: "R. Luke Stefanko", role: "SHAREHOLDER" },
      { name: "Haig S. Bagerdjian", role: "PROXY HOLDER" },
    ]);
    expect(result.frontmatter).toMatchObject({ kind: "stock purchase agreement", date: "2002-10-02", label: null });
  });

  it("numbers the exhibit's paragraphs apart from the agreement's", () => {
    const ids = anchors(result.nodes).map((a) => a.id);
    expect(ids).toContain("s1a");
    expect(ids).toContain("s2d");
    expect(ids).toContain("s8l");
    expect(ids).toContain("exhibit-a-irrevocable-proxy");
    expect(ids).toContain("exhibit-a-s5");
    expect(anchors(result.nodes).find((a) => a.id === "exhibit-a-s5")?.label).toBe("Exhibit A, 5");
  });

  it("drops page markers but joins nothing that the page break did not cut", () => {
    expect(result.markdown).not.toContain("<PAGE>");
    expect([...result.dropped.values()].filter((why) => why === "page-marker")).toHaveLength(5);
  });
});

describe("ingest of the proxy statement", () => {
  const result = ingest(PROXY);

  it("reads its kind, company and date", () => {
    expect(result.id).toBe("point360-2002-11-04-proxy-statement");
    expect(result.frontmatter).toMatchObject({ title: "Proxy Statement", kind: "proxy statement", company: "Point.360", date: "2002-11-04", label: null });
  });

  it("gives the Summary Compensation Table its own id and one cell per column", () => {
    const sct = table(result, "summary-compensation-table");
    expect(sct.heading?.text).toBe("SUMMARY COMPENSATION TABLE");
    expect(sct.header).toEqual([
      "NAME AND PRINCIPAL POSITION",
      "YEAR",
      "ANNUAL COMPENSATION: SALARY",
      "BONUS",
      "LONG-TERM COMPENSATION AWARDS - SECURITIES UNDERLYING OPTIONS - #",
      "ALL OTHER COMPENSATION (2)",
    ]);
    expect(sct.rows[0]).toEqual(["R. Luke Stefanko, (4) Former President and Chief Executive Officer", "2001", "$280,000", "-", "64,100", "$ 2,000"]);
    expect(sct.rows[4]).toEqual(["", "2000", "24,000 (1)", "-", "250,000", "-"]);
    expect(sct.rows).toHaveLength(10);
    expect(sct.notes.map((n) => (n.type === "paragraph" ? n.text.slice(0, 3) : ""))).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)"]);
  });

  it("names the other tables by their heading or caption", () => {
    const tables = result.nodes.filter((n) => n.type === "table").map((n) => (n.type === "table" ? n.id : ""));
    expect(tables).toEqual([
      "election-of-directors-item-1-on-proxy-card-table",
      "executive-officers-and-directors-table",
      "summary-compensation-table",
      "stock-options-granted-in-the-last-fiscal-year",
      "aggregate-option-exercises-in-last-fiscal-year-and-fiscal-year",
      "annual-return-percentage",
      "indexed-returns",
      "security-ownership-of-certain-beneficial-owners-and-management",
      "independent-public-accountants-table",
      "please-mark-date-and-sign-on-the-reverse-side-table",
    ]);
    const ownership = table(result, "security-ownership-of-certain-beneficial-owners-and-management");
    expect(ownership.rows.at(-1)).toEqual(["All directors and executive officers as a group", "2,057,755", "580,500", "2,638,255", "28%"]);
    expect(ownership.rows[1]).toEqual(["R. Luke Stefanko", "-", "234,000", "234,000", "3%"]);
  });

  it("makes the notice's numbered matters addressable and the bullets a list", () => {
    const ids = anchors(result.nodes).map((a) => a.id);
    expect(ids.slice(0, 4)).toEqual(["notice-of-annual-meeting-of-shareholders-to-be-held-december-5", "s1", "s2", "s3"]);
    expect(result.nodes.some((n) => n.type === "bullets" && n.items.length === 3)).toBe(true);
  });
});

describe("anchors are stable", () => {
  it("gives byte-identical Markdown when the same source is ingested twice", () => {
    for (const path of [CONSULTING, PURCHASE, PROXY]) expect(ingest(path).markdown).toBe(ingest(path).markdown);
  });

  it("keeps every other id when a paragraph is added elsewhere in the filing", () => {
    const before = anchors(ingest(CONSULTING).nodes).map((a) => a.id);
    const edited = ingest(CONSULTING, (text) =>
      text.replace("        3. Expenses.", "        The parties add this sentence for the test.\n\n        3. Expenses."),
    );
    expect(anchors(edited.nodes).map((a) => a.id)).toEqual(before);
  });

  it("keeps clause 4(b)'s id when a clause is inserted before it", () => {
    const edited = ingest(CONSULTING, (text) =>
      text.replace("   (b)  Termination  by the  Company.", "   (a1) Disability. Reserved.\n\n   (b)  Termination  by the  Company."),
    );
    expect(anchors(edited.nodes).map((a) => a.id)).toContain("s4b-termination-by-the-company");
  });
});
