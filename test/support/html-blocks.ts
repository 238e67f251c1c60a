import type { Element, Nodes } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { normalizeWord, sourceWords } from "./word-alignment.ts";

/** A word a browser shows, with the 1-based line of the file it starts on; optional when it is furniture of preformatted text. */
export interface LineWord {
  readonly word: string;
  readonly line: number;
  readonly optional?: boolean;
}

/**
 * What a browser lays out, in document order: a block of text or a page break. A block's text has its words
 * apart by one space, or by two where no-break or wide spaces set them apart on the page ("ACME CORP.  7").
 */
export type HtmlItem = { readonly kind: "block"; readonly words: readonly LineWord[]; readonly text: string } | { readonly kind: "break" };

// Elements whose content never shows on the page. noscript is here because parse5 (like a browser with
// scripting on) reads its content as raw text, tags and all; ix:header is inline XBRL's hidden header.
// iframe too: parse5 reads a frame's fallback content as raw text, which a browser with frames never shows.
const UNSHOWN = new Set(["head", "title", "script", "style", "template", "noscript", "ix:header", "iframe"]);
// Preformatted text is fixed-width text: its page numbers and page markers are furniture, as sourceWords has them.
const PREFORMATTED = new Set(["pre", "xmp", "listing", "plaintext"]);

// Elements a browser lays out as blocks (display block, list-item or a table part) or that end a line.
// Every other element, ix:* tags included, runs inline: "<b>Sal</b>ary" is one word.
const BLOCK = new Set(
  [
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure",
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol p plaintext pre",
    "search section summary table tbody td tfoot th thead tr ul xmp br",
  ]
    .join(" ")
    .split(" "),
);

// An inline style's display wins over the tag: inline XBRL filings lay out text in <div style="display:inline">.
const RUNS_INLINE = /^(?:inline|contents)\b/;
const BREAK_VALUES = new Set(["always", "page", "left", "right", "recto", "verso"]);

/** Returns the blocks and page breaks a browser would show for an HTML document whose first line is firstLine of the file. */
export function parseHtmlBlocks(html: string, firstLine: number): HtmlItem[] {
  const layout = new Layout(firstLine);
  layout.pageBreak();
  layout.visit(unified().use(rehypeParse).parse(html));
  layout.pageBreak();
  return layout.items;
}

/** Returns an inline style's declarations by lower-case property name, values lower-cased and without !important. */
export function parseInlineStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, "");
    declarations.set(declaration.slice(0, colon).trim().toLowerCase(), value.trim().toLowerCase());
  }
  return declarations;
}

// Plain white space collapses into one space on the page; these do not. An en or em space is wide by itself.
const KEPT_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const WIDE_SPACE = /[\u2000-\u2003]/g;

/** How wide, in no-break spaces, a run of white space shows: plain spaces count nothing, since they collapse. */
function gapWidth(space: string): number {
  return (space.match(KEPT_SPACE)?.length ?? 0) + (space.match(WIDE_SPACE)?.length ?? 0);
}

class Layout {
  readonly items: HtmlItem[] = [];
  private tokens: { raw: string; line: number; setApart: boolean }[] = [];
  private token = "";
  private tokenLine = 0;
  private tokenSetApart = false;
  private gapWidth = 0;
  private lastLine: number;

  constructor(private readonly firstLine: number) {
    this.lastLine = firstLine;
  }

  visit(node: Nodes): void {
    if (node.type === "text") this.addText(node.value, node.position ? node.position.start.line + this.firstLine - 1 : this.lastLine);
    else if (node.type === "element") this.visitElement(node);
    else if (node.type === "root") node.children.forEach((child) => this.visit(child));
  }

  private visitElement(element: Element): void {
    if (UNSHOWN.has(element.tagName) || element.properties.hidden) return;
    const style = parseInlineStyle(typeof element.properties.style === "string" ? element.properties.style : "");
    const display = style.get("display");
    if (display === "none" || style.get("visibility") === "hidden") return;
    const isBlock = display ? !RUNS_INLINE.test(display) : BLOCK.has(element.tagName);
    if (BREAK_VALUES.has(style.get("page-break-before") ?? style.get("break-before") ?? "")) this.pageBreak();
    if (isBlock) this.endBlock();
    if (element.tagName === "hr") this.pageBreak();
    if (PREFORMATTED.has(element.tagName)) {
      this.preformatted(element);
      return;
    }
    element.children.forEach((child) => this.visit(child));
    if (isBlock) this.endBlock();
    if (BREAK_VALUES.has(style.get("page-break-after") ?? style.get("break-after") ?? "")) this.pageBreak();
  }

  /** Adds a text run; white space (a no-break space included) ends a word, a tag does not. */
  private addText(value: string, startLine: number): void {
    let line = startLine;
    for (const part of value.split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s/.test(part)) {
        this.endToken();
        line += part.split("\n").length - 1;
        this.gapWidth += gapWidth(part);
        continue;
      }
      if (this.token === "") {
        this.tokenLine = line;
        this.tokenSetApart = this.gapWidth >= 2;
        this.gapWidth = 0;
      }
      this.token += part;
    }
    this.lastLine = line;
  }

  /** A preformatted block's words, read line by line as sourceWords reads a plain-text filing. */
  private preformatted(element: Element): void {
    let text = "";
    let firstLine: number | undefined;
    const collect = (node: Nodes) => {
      if (node.type === "text") {
        if (firstLine === undefined && node.position) firstLine = node.position.start.line + this.firstLine - 1 - (text.match(/\n/g)?.length ?? 0);
        text += node.value;
      } else if (node.type === "element" && node.tagName === "br") text += "\n";
      else if (node.type === "element" && !UNSHOWN.has(node.tagName)) node.children.forEach(collect);
    };
    element.children.forEach(collect);
    const start = firstLine ?? this.lastLine;
    const words = sourceWords(text).map((word) => ({ word: word.word, line: word.line + start - 1, optional: word.optional }));
    if (words.length) this.items.push({ kind: "block", words, text: text.replace(/\s+/g, " ").trim() });
  }

  pageBreak(): void {
    this.endBlock();
    if (this.items.at(-1)?.kind !== "break") this.items.push({ kind: "break" });
  }

  private endToken(): void {
    if (this.token !== "") this.tokens.push({ raw: this.token, line: this.tokenLine, setApart: this.tokenSetApart });
    this.token = "";
  }

  private endBlock(): void {
    this.endToken();
    const words = this.tokens.map(({ raw, line }) => ({ word: normalizeWord(raw), line })).filter(({ word }) => word !== "");
    const text = this.tokens.map(({ raw, setApart }, index) => (index === 0 ? raw : setApart ? `  ${raw}` : ` ${raw}`)).join("");
    if (words.length) this.items.push({ kind: "block", words, text });
    this.tokens = [];
    this.gapWidth = 0;
  }
}
