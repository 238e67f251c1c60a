import { basename } from "node:path";
import type { Nodes, Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import type { DocNode } from "../../../src/ingest/document.ts";
import { writeMarkdownBody, type IngestResult } from "../../../src/ingest/index.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, corpusHtmlFiles, htmlFixtures } from "../../support/paths.ts";
import { htmlPage, ingestFile, ingestHtml } from "../../support/ingest-html.ts";

// A plain remark parser, without the site's keepFilingTextPlain, so raw HTML that ingest let through shows.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

function parse(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/** The Markdown bodies of a result's pages, the EDGAR header's code block left out (it is kept verbatim on purpose). */
function proseBodies(result: IngestResult): string[] {
  const pages = result.pages.length ? result.pages.map((page) => page.nodes) : [result.nodes];
  return pages.map((nodes: readonly DocNode[]) => writeMarkdownBody(nodes.filter((node) => node.type !== "code")));
}

/** What markup left in a Markdown body looks like: a tag, a style attribute, an entity, a no-break space. */
const LEAKS: readonly [string, RegExp][] = [
  ["an HTML tag", /<\/?[A-Za-z][\w:-]*(?=[\s>/])/],
  ["a style attribute", /\bstyle\s*=/i],
  ["a <div", /<div/i],
  ["an HTML entity", /&(?:nbsp|amp|lt|gt|quot|#\d+|#x[\da-f]+);/i],
  ["a no-break space", /\u00a0/],
  ["a fact-mark character", /[\uFDD0-\uFDD2]/],
];

function leaksIn(markdown: string): string[] {
  return LEAKS.flatMap(([what, pattern]) => {
    const match = pattern.exec(markdown);
    return match ? [`${what}: …${markdown.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
  });
}

/** Raw HTML nodes a Markdown body would hand to the site's renderer. */
function htmlNodesIn(markdown: string): string[] {
  const found: string[] = [];
  visit(parse(markdown), (node: Nodes) => {
    if (node.type === "html") found.push(node.value);
  });
  return found;
}

const HTML_FIXTURES = htmlFixtures().filter((path) => !path.endsWith("harrowlake-1997-def14a-sgml-table.txt"));

/** Ingests a file, naming its company and date when it does not state them (as a user would). */
function ingestNamed(path: string): IngestResult {
  const read = ingestFile(path);
  return read.pages.length ? read : ingestFile(path, { company: "Named On The Command Line", date: "2000-01-01" });
}

describe("the Markdown of a made-up HTML fixture holds text only", () => {
  it.each(HTML_FIXTURES)("%s", (path) => {
    const result = ingestNamed(path);
    expect(result.pages.length).toBeGreaterThan(0);
    for (const body of proseBodies(result)) {
      expect(leaksIn(body)).toEqual([]);
      expect(htmlNodesIn(body)).toEqual([]);
    }
  });
});

describe("ingest of a made-up HTML fixture is deterministic", () => {
  it.each(HTML_FIXTURES)("%s gives byte-identical Markdown twice", (path) => {
    const first = ingestNamed(path).pages.map((page) => page.markdown);
    const second = ingestNamed(path).pages.map((page) => page.markdown);
    expect(second).toEqual(first);
  });
});

describe.skipIf(!HAS_CORPUS)(`the Markdown of a corpus HTML filing holds text only${CORPUS_SKIP_NOTE}`, () => {
  it.each(corpusHtmlFiles().map((path) => [basename(path), path]))("%s", (_name, path) => {
    const result = ingestNamed(path);
    expect(result.pages.length).toBeGreaterThan(0);
    for (const body of proseBodies(result)) {
      expect(leaksIn(body)).toEqual([]);
      expect(htmlNodesIn(body)).toEqual([]);
    }
  });
});

describe("what a reader never sees never reaches the Markdown", () => {
  const hidden = htmlPage(`<p>Shown before.</p>
<div style="display:none">SECRET-ONE</div>
<div style="DISPLAY : None !important">SECRET-TWO</div>
<p hidden>SECRET-THREE</p>
<span style="visibility:hidden">SECRET-FOUR</span>
<script>var secret = "SECRET-FIVE";</script>
<style>p { color: red } /* SECRET-SIX */</style>
<!-- SECRET-SEVEN -->
<template><p>SECRET-EIGHT</p></template>
<table><tr style="display:none"><td>SECRET-NINE</td><td>1</td></tr><tr><td>Kept cell</td><td>2</td></tr></table>
<p>Shown after.</p>`);
  const markdown = ingestHtml(hidden).markdown!;

  it("leaves out hidden elements, scripts, styles, comments, templates and hidden table rows", () => {
    expect(markdown).not.toMatch(/SECRET/);
    expect(markdown).toContain("Shown before.");
    expect(markdown).toContain("Shown after.");
    expect(markdown).toContain("Kept cell");
  });

  it("leaves out the <head> and its <title>", () => {
    const page = "<html><head><title>HEAD-TITLE-WORDS</title><meta name='x' content='HEAD-META'></head><body><p>Body words only.</p></body></html>";
    expect(ingestHtml(page).markdown).not.toMatch(/HEAD-/);
  });

  it("leaves out inline XBRL's ix:header, its hidden facts, contexts and units", () => {
    const result = ingestFile("test/fixtures/html/everly-2023-8k-inline-xbrl.htm");
    const body = writeMarkdownBody(result.nodes);
    for (const hiddenText of ["false", "0009876502", "iso4217", "xbrli", "evtb-20231026.xsd", "2023-07-01"]) expect(body).not.toContain(hiddenText);
    // The cover's "FORM 8-K" shows the document type through -sec-ix-hidden: it is printed once, in the heading.
    expect(body).toContain("## FORM 8-K {#form-8-k}");
  });
});

describe("entities and markup-like text", () => {
  const body = writeMarkdownBody(
    ingestHtml(htmlPage("<p>Use &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot; &copy; &#147;curly&#148; &#8220;too&#8221; A&nbsp;&nbsp;B *star* _under_ [link](page.html) # hash</p>")).nodes,
  );

  it("decodes named, decimal and Windows-1252 entities and makes a run of &nbsp; one space", () => {
    expect(toString(parse(body))).toBe('Use <b>bold</b> & "quotes" © “curly” “too” A B *star* _under_ [link](page.html) # hash');
  });

  it("escapes what the filing prints so that it stays text: no tag, emphasis, link or heading comes out", () => {
    const types = new Set<string>();
    visit(parse(body), (node: Nodes) => void types.add(node.type));
    expect([...types].sort()).toEqual(["paragraph", "root", "text"]);
  });
});
