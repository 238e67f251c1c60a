import { describe, expect, it } from "vitest";
import { buildSearchHtml, formatSearchTitle } from "../../../src/site/search/search-html.ts";

const page = [
  '<html lang="en"><body><nav class="toc"><a href="#s4">4. Term</a></nav>',
  '<h1 id="filing-title">Consulting Agreement</h1>',
  '<div class="document"><h3 id="s4" data-label="4">4. Term. <a href="#s4" class="anchor-link">§</a></h3>',
  '<div id="s4b" class="clause" data-label="4(b)"><p>(b) <strong>Termination by the Company.</strong> In the event…</p></div>',
  '<figure id="t" class="table-block"><h3 id="t-title">SUMMARY "TABLE" <a href="#t" class="anchor-link">§</a></h3><table></table></figure>',
  "</div></body></html>",
].join("");

const sections = [
  { id: "s4", kind: "heading", label: "4", title: "4. Term." },
  { id: "s4b", kind: "clause", label: "4(b)", title: "Termination by the Company" },
  { id: "t", kind: "table", label: null, title: 'SUMMARY "TABLE"' },
];

describe("buildSearchHtml", () => {
  const html = buildSearchHtml(page, sections);

  it("indexes the document text only, not the contents or the page furniture", () => {
    expect(html).toContain('<div class="document" data-pagefind-body>');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
  });

  it("makes every section, clause and table a search result titled with its label", () => {
    expect(html).toContain('<h3 id="s4" data-pagefind-title="4. Term." data-label="4">');
    expect(html).toContain('<div id="s4b" data-pagefind-title="4(b) Termination by the Company" class="clause"');
    expect(html).toContain('<figure id="t" data-pagefind-title="SUMMARY &quot;TABLE&quot;" class="table-block">');
  });

  it("keeps a table one result by dropping its heading's own id from what the index reads", () => {
    expect(html).not.toContain('id="t-title"');
  });

  it("keeps dollar signs in titles and ignores an id written in the text", () => {
    const text = page.replace("4. Term. <a", '4. Term id="s4b" <a');
    const marked = buildSearchHtml(text, [{ id: "s4b", kind: "clause", label: "4(b)", title: "Pay $1 and $& more" }]);
    expect(marked).toContain('<div id="s4b" data-pagefind-title="4(b) Pay $1 and $&amp; more" class="clause"');
    expect(marked).toContain('4. Term id="s4b" <a');
  });

  it("refuses a page whose document or sections it cannot find", () => {
    expect(() => buildSearchHtml("<html><body></body></html>", sections)).toThrow(/expected a filing page/);
    expect(() => buildSearchHtml(page, [{ id: "gone", kind: "clause", label: "9", title: "Gone" }])).toThrow(/id "gone"/);
  });
});

describe("formatSearchTitle", () => {
  it("puts a clause's label before its title and leaves headings and tables as they are", () => {
    expect(formatSearchTitle({ id: "a", kind: "clause", label: "Exhibit A, 5", title: "Prior to any Closing…" })).toBe("Exhibit A, 5 Prior to any Closing…");
    expect(formatSearchTitle({ id: "b", kind: "heading", label: "4", title: "4. Term." })).toBe("4. Term.");
    expect(formatSearchTitle({ id: "c", kind: "table", label: null, title: "SUMMARY COMPENSATION TABLE" })).toBe("SUMMARY COMPENSATION TABLE");
  });
});
