import { describe, expect, it } from "vitest";
import { writeMarkdownBody } from "../../../src/ingest/index.ts";
import { droppedFor, htmlPage, ingestFile, ingestHtml } from "../../support/ingest-html.ts";

const BIRCHWOOD = "test/fixtures/html/birchwood-2006-def14a-pages.htm";

describe("page furniture of the made-up proxy statement", () => {
  const result = ingestFile(BIRCHWOOD);
  const body = writeMarkdownBody(result.nodes);

  it("drops the page numbers beside page breaks (<hr>, page-break-before and the end of the document), counted as page-number", () => {
    // Lines 25, 44, 57 and 69 of the fixture print "- 1 -" … "- 4 -".
    expect(droppedFor(result, "page-number")).toEqual([25, 44, 57, 69]);
    expect(body).not.toMatch(/- [1-4] -/);
  });

  it("drops the running header at the top of three pages, counted as running-header", () => {
    expect(droppedFor(result, "running-header")).toEqual([28, 47, 60]);
    expect(body).not.toContain("2006 Proxy Statement");
  });

  it("drops the typed footnote rules, counted as rule, and keeps the footnotes under them", () => {
    expect(droppedFor(result, "rule")).toEqual([38, 53]);
    expect(body).not.toContain("__________");
    expect(body).toContain("(1) Ms. Ardent has served since 1998 and Mr. Farrow since 2003.");
    expect(body).toContain("(1) Tax services consisted of the preparation of state returns.");
  });

  it("drops nothing else: each dropped line is furniture, markup or a rule", () => {
    expect(new Set(result.dropped.values())).toEqual(new Set(["markup", "page-number", "running-header", "rule"]));
  });

  it("keeps numbers in prose, footnote markers and the headings beside the running header", () => {
    expect(body).toContain("The Board met 7 times during 2005. Each director attended at least 75% of the meetings");
    expect(body).toContain("Each nominee is now a director.(1) Directors who are not employees receive an annual retainer of $18,000");
    expect(body).toContain("## ELECTION OF DIRECTORS {#election-of-directors}");
    expect(body).toContain("## RATIFICATION OF AUDITORS {#ratification-of-auditors}");
    expect(body).toContain("## OTHER MATTERS {#other-matters}");
  });

  it("writes the whole page as reviewed", async () => {
    await expect(result.markdown).toMatchFileSnapshot("__snapshots__/birchwood-2006-def14a-pages.md");
  });
});

describe("page furniture in HTML", () => {
  // Each block on a line of its own: result.dropped counts source lines.
  const PAGE = "\n<p>Text of the page, long enough to be a paragraph of plain prose in this made-up document.</p>\n";
  const BREAK = '\n<hr style="page-break-after: always">\n';

  it("drops page numbers in their usual shapes beside a break and keeps a number in the middle of a page", () => {
    const html = htmlPage(
      [`${PAGE}<p>12</p>`, `${PAGE}<p>Page 13</p>`, `${PAGE}<p>42</p>${PAGE}<p>14 of 20</p>`, `${PAGE}<p>- iv -</p>`, `${PAGE}<p>A-2</p>`].join(BREAK),
    );
    const result = ingestHtml(html);
    const body = writeMarkdownBody(result.nodes);
    expect(droppedFor(result, "page-number")).toHaveLength(5);
    expect(body).not.toMatch(/^(?:12|Page 13|14 of 20|- iv -|A-2)$/m);
    expect(body).toMatch(/^42$/m);
  });

  it("keeps a short last line of prose before a break that is not a number", () => {
    const result = ingestHtml(htmlPage(`${PAGE}<p>The Board met 7 times.</p>${BREAK}${PAGE}<p>Votes required: 3</p>${BREAK}${PAGE}`));
    const body = writeMarkdownBody(result.nodes);
    expect(body).toContain("The Board met 7 times.");
    expect(body).toContain("Votes required: 3");
    expect(droppedFor(result, "page-number")).toEqual([]);
  });

  it("drops a running header whose page number changes from page to page", () => {
    const pages = [1, 2, 3, 4].map((page) => `<p style="font-size: 8pt">${page} MADE UP CORP. PROXY</p>${PAGE}`);
    const result = ingestHtml(htmlPage(pages.join(BREAK)));
    expect(droppedFor(result, "running-header")).toHaveLength(4);
    expect(writeMarkdownBody(result.nodes)).not.toContain("MADE UP CORP. PROXY");
  });

  it("keeps a line printed beside a break on only two pages: a running header recurs at least three times", () => {
    const result = ingestHtml(htmlPage([`<p style="font-size: 8pt">Made Up Corp. — Notice</p>${PAGE}`, `<p style="font-size: 8pt">Made Up Corp. — Notice</p>${PAGE}`].join(BREAK)));
    expect(droppedFor(result, "running-header")).toEqual([]);
  });
});

describe("what is not page furniture", () => {
  const PROSE = "<p>Text of the page, long enough to be a paragraph of plain prose in this made-up document.</p>";
  const BREAK = '<hr style="page-break-after:always">';

  it("keeps a year standing alone beside a page break", () => {
    const body = writeMarkdownBody(ingestHtml(htmlPage(`${PROSE}<p>2024</p>${BREAK}${PROSE}`)).nodes);
    expect(body).toMatch(/^2024$/m);
  });

  it("keeps a section's numbered name repeated at the top of its pages", () => {
    const pages = ["PROPOSAL NO. 1", "PROPOSAL NO. 1", "PROPOSAL NO. 2", "PROPOSAL NO. 2"].map((top) => `<p><b>${top}</b></p>${PROSE}${BREAK}`).join("");
    const result = ingestHtml(htmlPage(pages));
    expect(droppedFor(result, "running-header")).toEqual([]);
  });
});
