import type { Element, Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { rehypeFiling, type RehypeFilingOptions } from "../../src/site/markdown/rehype-filing.ts";
import { remarkFiling } from "../../src/site/markdown/remark-filing.ts";

const FILE = "content/filings/acme-2002-10-02-consulting-agreement.md";

/**
 * The pipeline Astro runs for a Markdown page with this project's config (see
 * @astrojs/markdown-remark): the site's rehype plugins run before rehype-raw there.
 */
function astroPipeline(options: RehypeFilingOptions = {}) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFiling)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeFiling, options)
    .use(rehypeRaw);
}

/** The same plugins with rehype-raw before the site's rehype plugin. */
function rawFirstPipeline() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFiling)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeFiling);
}

interface Rendered {
  readonly html: string;
  /** Every element of the final tree, in document order. */
  readonly elements: readonly Element[];
}

/** Returns a filing's Markdown rendered to HTML, and the elements of the tree that HTML is written from. */
function render(markdown: string, pipeline = astroPipeline()): Rendered {
  const file = { value: markdown, path: FILE };
  const tree = pipeline.runSync(pipeline.parse(file), file) as Root;
  const html = unified().use(rehypeStringify, { allowDangerousHtml: true }).stringify(tree);
  const elements: Element[] = [];
  visit(tree, "element", (node: Element) => {
    elements.push(node);
  });
  return { html, elements };
}

function tags(rendered: Rendered): string[] {
  return rendered.elements.map((element) => element.tagName);
}

function withId(rendered: Rendered, id: string): Element[] {
  return rendered.elements.filter((element) => element.properties?.id === id);
}

function linkMarks(rendered: Rendered): Element[] {
  return rendered.elements.filter((element) => element.tagName === "a" && (element.properties?.className as string[] | undefined)?.includes("anchor-link"));
}

/** Fails when any element carries an event-handler attribute. */
function expectNoHandlers(rendered: Rendered): void {
  for (const element of rendered.elements) {
    const handlers = Object.keys(element.properties ?? {}).filter((name) => /^on/i.test(name));
    expect(handlers, `<${element.tagName}> has ${handlers.join(", ")}`).toEqual([]);
  }
}

describe("raw HTML in a filing", () => {
  it("comes out as escaped text when it is a script block", () => {
    const rendered = render("Before.\n\n<script>alert(1)</script>\n\nAfter.\n");
    expect(tags(rendered)).not.toContain("script");
    expect(rendered.html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(rendered.html).not.toContain("<script");
  });

  it("comes out as escaped text when it is inline in a paragraph", () => {
    const rendered = render("The Company <script>alert(1)</script> shall pay.\n");
    expect(rendered.html).toBe("<p>The Company &#x3C;script>alert(1)&#x3C;/script> shall pay.</p>");
  });

  it("keeps the old EDGAR page and column tags as text", () => {
    const rendered = render("<PAGE>\n\n<S>\n\nSalary <C> Bonus\n");
    expect(tags(rendered)).toEqual(["p", "p", "p"]);
    expect(rendered.html).toContain("&#x3C;PAGE>");
    expect(rendered.html).toContain("&#x3C;S>");
    expect(rendered.html).toContain("Salary &#x3C;C> Bonus");
  });

  it("turns an element with an event handler into text, never an element", () => {
    const rendered = render("A <b onclick=x>bold</b> word.\n");
    expect(tags(rendered)).toEqual(["p"]);
    expectNoHandlers(rendered);
    expect(rendered.html).toBe("<p>A &#x3C;b onclick=x>bold&#x3C;/b> word.</p>");
  });

  it("turns HTML in lists, quotes, table cells and clauses into text", () => {
    const markdown = [
      "> quote <b onclick=q>x</b>",
      "",
      "- item <img src=x onerror=alert(1)>",
      "",
      "| <S> | <b onclick=z>c</b> |",
      "| --- | --- |",
      "| <PAGE> | 1 |",
      "",
      ':::clause{#s1 label="1"}',
      "(1) Text <i onmouseover=w>y</i>.",
      ":::",
      "",
    ].join("\n");
    const rendered = render(markdown);
    expect(tags(rendered)).not.toContain("b");
    expect(tags(rendered)).not.toContain("i");
    expect(tags(rendered)).not.toContain("img");
    expectNoHandlers(rendered);
  });

  it("does not let an HTML comment hide the text after it", () => {
    const rendered = render("Shown <!-- hidden --> too.\n");
    expect(rendered.html).toBe("<p>Shown &#x3C;!-- hidden --> too.</p>");
  });

  it("turns HTML inside a heading into text", () => {
    const rendered = render('### 4. Term <script>alert(1)</script> {#s4-term label="4"}\n\n## <img src=x onerror=alert(1)>\n');
    expect(tags(rendered)).not.toContain("script");
    expect(tags(rendered)).not.toContain("img");
    expectNoHandlers(rendered);
  });

  it("turns HTML inside a table's heading and caption into text", () => {
    const rendered = render("::::table{#t}\n### Pay <b onclick=x>b</b>\n\n::caption[Annual <i onclick=y>i</i>]\n\n| a |\n| - |\n| 1 |\n::::\n");
    expect(tags(rendered)).not.toContain("b");
    expect(tags(rendered)).not.toContain("i");
    expectNoHandlers(rendered);
  });
});

describe("text that looks like a directive", () => {
  it("keeps a time of day as text", () => {
    expect(render("The meeting starts at 10:00 a.m. sharp.\n").html).toBe("<p>The meeting starts at 10:00 a.m. sharp.</p>");
  });

  it("keeps a label with a colon and no space as text", () => {
    expect(render("Attn:Sales\n").html).toBe("<p>Attn:Sales</p>");
  });

  it("keeps a time of day as text inside a clause, a heading and a table caption", () => {
    const markdown = [
      "### 1. Meeting at 10:00 a.m. {#s1}",
      "",
      ':::clause{#s1a label="1(a)"}',
      "(a) Attn:Sales at 9:30 a.m.",
      ":::",
      "",
      "::::table{#t}",
      "::caption[Sales at 10:00 a.m.]",
      "",
      "| a |",
      "| - |",
      "| 1 |",
      "::::",
      "",
    ].join("\n");
    const rendered = render(markdown);
    expect(rendered.html).toContain("1. Meeting at 10:00 a.m. <a");
    expect(rendered.html).toContain("(a) Attn:Sales at 9:30 a.m.</p>");
    expect(rendered.html).toContain("<caption>Sales at 10:00 a.m. <a");
  });

  it("writes an unknown container directive back as its literal text", () => {
    const rendered = render(":::evil{#x}\nhello\n:::\n");
    expect(rendered.html).toBe("<p>:::evil{#x}\nhello\n:::</p>");
    expect(withId(rendered, "x")).toEqual([]);
  });

  it("writes unknown leaf and text directives back as their literal text", () => {
    const rendered = render('::evil[x]{#y}\n\nSee :evil[z]{onclick="w"} here.\n');
    expect(rendered.html).toBe('<p>::evil[x]{#y}</p>\n<p>See :evil[z]{onclick="w"} here.</p>');
    expectNoHandlers(rendered);
  });
});

describe("inline XBRL facts", () => {
  it("render as a span of their text with the concept and period, and nothing else of their attributes", () => {
    const rendered = render('| Year | Total |\n| --- | ---: |\n| 2023 | $:fact[7,791,510]{concept="ecd:PeoTotalCompAmt" period="2023-09-30" id="x" onclick="y"} |\n');
    expect(rendered.html).toContain(
      '<td align="right">$<span class="fact" data-concept="ecd:PeoTotalCompAmt" data-period="2023-09-30" title="ecd:PeoTotalCompAmt, period ending 2023-09-30">7,791,510</span></td>',
    );
    expect(withId(rendered, "x")).toEqual([]);
    expectNoHandlers(rendered);
  });

  it("render inside a sentence, keeping the words around them", () => {
    expect(render('Our PEO was :fact[Jane Q. Roe]{concept="ecd:PeoName"}, our CEO.\n').html).toBe(
      '<p>Our PEO was <span class="fact" data-concept="ecd:PeoName" title="ecd:PeoName">Jane Q. Roe</span>, our CEO.</p>',
    );
  });

  it("drop attribute values that do not have their form", () => {
    const html = render(':fact[1]{concept="javascript:alert(1)" period="soon" members="a:b <x>" scale="big"}\n').html;
    expect(html).toBe('<p><span class="fact" data-members="a:b">1</span></p>');
  });
});

describe("headings", () => {
  const heading = render('### 4. Term. {#s4-term label="4"}\n');

  it("take the id and label from their {#…} block", () => {
    const [h3] = heading.elements;
    expect(h3?.tagName).toBe("h3");
    expect(h3?.properties).toMatchObject({ id: "s4-term", dataLabel: "4" });
    expect(heading.html).toMatch(/^<h3 id="s4-term" data-label="4">/);
  });

  it("lose the {#…} block from their text", () => {
    expect(heading.html).not.toContain("{");
    expect(heading.elements[0]?.children[0]).toMatchObject({ type: "text", value: "4. Term. " });
    expect(heading.html).toMatch(/^<h3[^>]*>4\. Term\. <a /);
  });

  it("end with a link mark to themselves", () => {
    expect(heading.html).toMatch(/<a href="#s4-term" class="anchor-link"[^>]*>§<\/a><\/h3>$/);
    expect(linkMarks(heading)).toHaveLength(1);
    expect(heading.html).toMatchInlineSnapshot(`"<h3 id="s4-term" data-label="4">4. Term. <a href="#s4-term" class="anchor-link" aria-label="Link to 4. Term." title="Link to this part">§</a></h3>"`);
  });

  it("get an id made from their text when they have no {#…} block", () => {
    const rendered = render("## Security Ownership of Certain Beneficial Owners\n");
    expect(rendered.html).toMatch(/^<h2 id="security-ownership-of-certain-beneficial-owners">Security Ownership of Certain Beneficial Owners <a href="#security-ownership-of-certain-beneficial-owners" class="anchor-link"/);
    expect(rendered.elements[0]?.properties?.dataLabel).toBeUndefined();
  });

  it("keep a brace that is not an attribute block as text", () => {
    const rendered = render("## Terms {see below}\n");
    expect(rendered.html).toMatch(/^<h2 id="[a-z0-9-]+">Terms {see below} <a /);
  });

  it("carry an alias id for an anchor that moved within the page", () => {
    const rendered = render('### 4. Term. {#s4-term label="4"}\n', astroPipeline({ aliases: { "/filings/acme-2002-10-02-consulting-agreement/": { "s4-term": ["s5-term"] } } }));
    expect(withId(rendered, "s5-term").map((e) => e.tagName)).toEqual(["span"]);
    expect(withId(rendered, "s4-term").map((e) => e.tagName)).toEqual(["h3"]);
  });
});

describe("clause directives", () => {
  const rendered = render(':::clause{#s4b-x label="4(b)"}\n(b) **Termination by the Company.** The Company may terminate.\n:::\n');

  it("become a div with the clause's id, class and label", () => {
    expect(rendered.html).toMatch(/^<div id="s4b-x" class="clause" data-label="4\(b\)">/);
    expect(withId(rendered, "s4b-x")).toHaveLength(1);
  });

  it("open their first paragraph with the link mark", () => {
    expect(rendered.html).toMatch(/^<div[^>]*><p><a href="#s4b-x" class="anchor-link"[^>]*>§<\/a> \(b\) <strong>/);
    expect(linkMarks(rendered)).toHaveLength(1);
    expect(rendered.html).toMatchInlineSnapshot(`"<div id="s4b-x" class="clause" data-label="4(b)"><p><a href="#s4b-x" class="anchor-link" aria-label="Link to clause 4(b)" title="Link to this part">§</a> (b) <strong>Termination by the Company.</strong> The Company may terminate.</p></div>"`);
  });
});

describe("table directives", () => {
  const markdown = [
    "::::table{#t}",
    "### Annual Compensation",
    "",
    "Amounts in dollars.",
    "",
    "::caption[Annual]",
    "",
    "| Name | Salary |",
    "| --- | --- |",
    "| Haig S. Bagerdjian | 310,000 |",
    "::::",
    "",
  ].join("\n");
  const rendered = render(markdown);
  const figure = rendered.elements[0];

  it("become a figure with the table's id and class", () => {
    expect(figure?.tagName).toBe("figure");
    expect(figure?.properties).toMatchObject({ id: "t", className: ["table-block"] });
    expect(rendered.html).toMatch(/^<figure id="t" class="table-block">/);
  });

  it("give the id to the figure only, and the inner heading the id with -title", () => {
    expect(withId(rendered, "t").map((e) => e.tagName)).toEqual(["figure"]);
    expect(withId(rendered, "t-title").map((e) => e.tagName)).toEqual(["h3"]);
  });

  it("have exactly one link mark, on the heading, pointing at the table", () => {
    const marks = linkMarks(rendered);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.properties?.href).toBe("#t");
    expect(rendered.html).toMatch(/<h3 id="t-title">Annual Compensation <a href="#t" class="anchor-link"[^>]*>§<\/a><\/h3>/);
  });

  it("move the caption into the table's caption element", () => {
    expect(rendered.html).toContain("<table><caption>Annual</caption>");
    expect(rendered.elements.filter((e) => (e.properties?.className as string[] | undefined)?.includes("table-caption"))).toEqual([]);
    expect(rendered.html).toContain("<p>Amounts in dollars.</p>");
  });

  it("mark header cells as column headers", () => {
    const headers = rendered.elements.filter((e) => e.tagName === "th");
    expect(headers).toHaveLength(2);
    for (const th of headers) expect(th.properties?.scope).toBe("col");
  });

  it("render as a whole like this", () => {
    expect(rendered.html).toMatchInlineSnapshot(`
      "<figure id="t" class="table-block"><h3 id="t-title">Annual Compensation <a href="#t" class="anchor-link" aria-label="Link to Annual Compensation" title="Link to this part">§</a></h3><p>Amounts in dollars.</p><table><caption>Annual</caption>
      <thead>
      <tr>
      <th scope="col">Name</th>
      <th scope="col">Salary</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>Haig S. Bagerdjian</td>
      <td>310,000</td>
      </tr>
      </tbody>
      </table></figure>"
    `);
  });

  it("put the link mark in the caption when there is no heading", () => {
    const captioned = render("::::table{#t2}\n::caption[Annual]\n\n| a |\n| - |\n| 1 |\n::::\n");
    expect(linkMarks(captioned)).toHaveLength(1);
    expect(captioned.html).toMatch(/<caption>Annual <a href="#t2" class="anchor-link"[^>]*>§<\/a><\/caption>/);
  });

  it("put the link mark before the table when there is neither heading nor caption", () => {
    const bare = render("::::table{#t3}\n| a |\n| - |\n| 1 |\n::::\n");
    expect(linkMarks(bare)).toHaveLength(1);
    expect(bare.html).toMatch(/^<figure id="t3" class="table-block"><p class="table-anchor"><a href="#t3"/);
  });

  it("drop a header row with no text", () => {
    const empty = render("::::table{#t4}\n|   |   |\n| --- | --- |\n| Salary | 310,000 |\n::::\n");
    expect(tags(empty)).not.toContain("thead");
    expect(tags(empty)).not.toContain("th");
    expect(empty.elements.filter((e) => e.tagName === "td")).toHaveLength(2);
    expect(empty.html).toContain("<td>Salary</td>");
  });

  it("drop an empty header row in a table outside a directive too", () => {
    expect(tags(render("|   |   |\n| --- | --- |\n| a | b |\n"))).not.toContain("thead");
  });

  it("keep a header row that has text", () => {
    expect(tags(render("|   | 2002 |\n| --- | --- |\n| Salary | 1 |\n"))).toContain("thead");
  });
});

describe("the order of rehype-raw", () => {
  it("does not change the HTML of a filing", () => {
    const markdown = [
      '### 4. Term. {#s4-term label="4"}',
      "",
      "<script>alert(1)</script> at 10:00 a.m.",
      "",
      ':::clause{#s4b-x label="4(b)"}',
      "(b) Text <b onclick=x>b</b>.",
      ":::",
      "",
      "::::table{#t}",
      "::caption[Annual]",
      "",
      "|   |   |",
      "| - | - |",
      "| 1 | 2 |",
      "::::",
      "",
    ].join("\n");
    expect(render(markdown, rawFirstPipeline()).html).toBe(render(markdown).html);
  });
});
