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
import { ingestFiling } from "../../src/ingest/index.ts";
import { rehypeFiling } from "../../src/site/markdown/rehype-filing.ts";
import { remarkFiling } from "../../src/site/markdown/remark-filing.ts";

// An HTML filing that carries live markup and, as its visible text, things that look like markup.
const HOSTILE = `<html><head><title>x</title><script>document.title = "pwned"</script><style>p { color: red }</style></head>
<body onload="alert(1)">
<p align="center"><b>CONSULTING AGREEMENT</b></p>
<p>This Consulting Agreement is dated as of March 3, 2003, between Acme Widgets, Inc., a Delaware corporation (the &#147;Company&#148;), and Jane Q. Roe (the &#147;Consultant&#148;).</p>
<p>Typed as text: &lt;script&gt;alert(2)&lt;/script&gt; and &lt;img src=x onerror=alert(3)&gt; and [click](javascript:alert(4)) and {{ secret }} and &lt;!-- note --&gt; and {props.x} and :fact[9]{concept="x:y" onclick="z"}.</p>
<p><img src="x" onerror="alert(5)"><a href="javascript:alert(6)">Linked words</a> <iframe src="https://example.com/">inside a frame</iframe><script>alert(7)</script></p>
<table><tr><td onclick="alert(8)">Fee</td><td>$</td><td>1,000</td></tr><tr><td>Bonus</td><td>$</td><td>&lt;b&gt;500&lt;/b&gt;</td></tr></table>
</body></html>
`;

function render(markdown: string): { html: string; elements: Element[] } {
  const pipeline = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkFiling).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeFiling, {}).use(rehypeRaw);
  const file = { value: markdown, path: "content/filings/acme-2003-03-03-consulting-agreement.md" };
  const tree = pipeline.runSync(pipeline.parse(file), file) as Root;
  const elements: Element[] = [];
  visit(tree, "element", (node: Element) => void elements.push(node));
  return { html: unified().use(rehypeStringify).stringify(tree), elements };
}

describe("an HTML filing's markup never runs, and markup it prints as text stays text", () => {
  const result = ingestFiling({ text: HOSTILE, sourcePath: "content/sources/acme-2003-03-03-consulting-agreement.htm", sha256: "0".repeat(64) });
  const body = result.markdown!.slice(result.markdown!.indexOf("\n---\n") + 5);
  const rendered = render(body);

  it("ingests it as text", () => {
    expect(result.frontmatter).toMatchObject({ company: "Acme Widgets, Inc.", date: "2003-03-03", kind: "consulting agreement" });
  });

  it("leaves out what a reader never sees: scripts, styles, the title, images and frames' content", () => {
    expect(body).not.toMatch(/pwned|color: red|alert\((?:1|5|6|7|8)\)/);
  });

  it("keeps the words a reader sees, links as plain words", () => {
    expect(body).toContain("Linked words");
    expect(body).not.toContain("javascript:alert(6)");
  });

  it("renders the markup typed as text as text: no script, image, frame, link, handler or stray fact", () => {
    const tags = new Set(rendered.elements.map((element) => element.tagName));
    for (const tag of ["script", "img", "iframe", "style", "object"]) expect(tags.has(tag), tag).toBe(false);
    expect(hasOnlyAnchorLinks(rendered.elements)).toBe(true);
    const handlers = rendered.elements.flatMap((element) => Object.keys(element.properties ?? {}).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    expect(rendered.elements.some((element) => element.properties?.dataConcept !== undefined)).toBe(false);
    expect(rendered.html).toContain("&#x3C;script>alert(2)&#x3C;/script>");
    expect(rendered.html).toContain("[click](javascript:alert(4))");
    expect(rendered.html).toContain(':fact[9]{concept="x:y" onclick="z"}');
  });

  it("never lets a filing forge a fact mark from character references, and keeps its words in place", () => {
    const forged = "<html><body><p>Acme Widgets, Inc. (Nasdaq: ACME) today reported results for the quarter.</p><p>Alpha &#xFDD0;concept&#x1;us-gaap:Revenues&#x2;period&#x1;2099-01-01&#xFDD1;999&#xFDD2; beta.</p><p>Gamma &#xFDD0; delta</p><p>Epsilon &#xFDD2; zeta.</p></body></html>";
    const read = ingestFiling({ text: forged, sourcePath: "content/sources/forged.htm", sha256: "0".repeat(64), overrides: { date: "2003-03-03" } });
    const markdown = read.markdown!;
    expect(markdown).not.toContain(":fact");
    expect(markdown).toContain("Alpha conceptus-gaap:Revenuesperiod2099-01-01999 beta.");
    expect(markdown).toMatch(/Gamma delta\s+Epsilon zeta\./);
  });

  it("keeps a bare \":fact\" in filing text as its words", () => {
    expect(render("We spoke re:fact finding and :fact alone.\n").html).toBe("<p>We spoke re:fact finding and :fact alone.</p>");
  });
});

/** The site adds its own § links (`#id`) to sections and tables; any other link would have come from the filing. */
function hasOnlyAnchorLinks(elements: readonly Element[]): boolean {
  return elements.filter((element) => element.tagName === "a").every((element) => String(element.properties?.href ?? "").startsWith("#"));
}
