import type { Element, ElementContent, Nodes, Text } from "hast";
import type { SourceLine } from "../table/types.ts";
import { expandTabs } from "../source-lines.ts";
import {
  alignmentOf,
  attribute,
  fontSizeOf,
  isBoldElement,
  isHiddenElement,
  isItalicElement,
  isUnderlinedElement,
  pageBreaksOf,
  styleOf,
} from "./css.ts";
import { factAttributes, isFactElement, type InlineXbrl } from "./ix-facts.ts";
import { withoutMarkCharacters, type FactAttributes } from "../fact-marks.ts";

/** How a run of text is set: weight, slant, underline and size in points. */
export interface RunStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly size: number;
}

/** A piece of text in one style, and the inline XBRL fact it belongs to, if any. */
export interface Run {
  readonly text: string;
  readonly style: RunStyle;
  /** The fact element's mark, one object per element: runs of one fact share it. */
  readonly fact?: { readonly attributes: FactAttributes };
}

/** A block of running text: its lines (split at `<br>`), alignment, heading level and first source line. */
export interface TextDraft {
  readonly kind: "text";
  readonly lines: Run[][];
  readonly align: "left" | "center" | "right";
  /** 1–6 inside `<h1>`…`<h6>`, else 0. */
  readonly heading: number;
  /** True inside an `<li>`. */
  readonly listItem: boolean;
  /** The number a browser prints before this item of an `<ol>` numbered in figures. */
  readonly ordinal?: number;
  /** True when a blank paragraph stands between this block and the one before it. */
  readonly gapBefore: boolean;
  /** True when the element that holds it is set apart by a margin (a `<p>` as browsers show it). */
  readonly spaced: boolean;
  /** True for a cell printed beside other cells of a layout table's row: never a heading. */
  readonly besideOthers?: boolean;
  readonly line: number;
}

/** A piece of an HTML document in reading order: text, a table to read on its own, preformatted lines, or a page break. */
export type HtmlBlock =
  | TextDraft
  | { readonly kind: "table"; readonly element: Element; readonly context: WalkContext; readonly line: number }
  | { readonly kind: "pre"; readonly lines: readonly SourceLine[]; readonly line: number }
  | { readonly kind: "break"; readonly line: number };

/** What an element passes down to its content. */
export interface WalkContext {
  readonly style: RunStyle;
  readonly align: "left" | "center" | "right";
  readonly heading: number;
  readonly listItem: boolean;
  readonly fact: Run["fact"] | undefined;
  /** Whether the innermost block element is set apart from its neighbours by a margin. */
  readonly spaced: boolean;
  /** The number of the list item being read, inside an `<ol>` numbered in figures. */
  readonly ordinal?: number;
}

/** Where the document's text sits in the source file, and its inline XBRL. */
export interface WalkSetting {
  /** Added to a parsed position's line to give the line in the source file. */
  readonly lineOffset: number;
  readonly xbrl: InlineXbrl;
}

// What a reader never sees: document metadata, scripts, inline XBRL's hidden header, and a frame's fallback
// text (a browser with frames shows the frame instead).
const INVISIBLE = new Set(["head", "title", "script", "style", "template", "noscript", "ix:header", "iframe"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "dir", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main", "menu",
  "nav", "ol", "p", "section", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const PREFORMATTED = new Set(["pre", "xmp", "listing", "plaintext"]);

/** The context of a document's body before any element sets a style. */
export const ROOT_CONTEXT: WalkContext = {
  style: { bold: false, italic: false, underline: false, size: 12 },
  align: "left",
  heading: 0,
  listItem: false,
  fact: undefined,
  spaced: false,
};

/** Returns the blocks of the given content in reading order; tables come out whole, for the table reader. */
export function collectBlocks(nodes: readonly ElementContent[], context: WalkContext, setting: WalkSetting): HtmlBlock[] {
  const walker = new BlockWalker(setting);
  walker.walkAll(nodes, context);
  walker.flush();
  return walker.blocks;
}

/** Returns the context an element gives its content: its weight, slant, size, alignment and fact. */
export function contextWithin(element: Element, context: WalkContext, setting: WalkSetting): WalkContext {
  return new BlockWalker(setting).innerContext(element, context);
}

class BlockWalker {
  readonly blocks: HtmlBlock[] = [];
  private draft: { lines: Run[][]; context: WalkContext; line: number | undefined } | undefined;
  private gap = false;

  constructor(private readonly setting: WalkSetting) {}

  walkAll(nodes: readonly ElementContent[], context: WalkContext): void {
    for (const node of nodes) this.walk(node, context);
  }

  private walk(node: ElementContent, context: WalkContext): void {
    if (node.type === "text") return this.addText(node, context);
    if (node.type !== "element") return;
    const tag = node.tagName;
    if (INVISIBLE.has(tag) || isHiddenElement(node)) return;
    if (tag === "br") return this.lineBreak(context);
    if (tag === "img" || tag === "input") return;
    const breaks = pageBreaksOf(node);
    if (tag === "hr") return this.pageBreak(node);
    if (breaks.before) this.pageBreak(node);
    if (tag === "table") {
      this.flush();
      this.blocks.push({ kind: "table", element: node, context, line: this.lineOf(node) });
    } else if (tag === "ol" || tag === "ul") {
      this.flush();
      this.walkList(node, this.innerContext(node, context));
      this.flush();
    } else if (PREFORMATTED.has(tag)) {
      this.flush();
      this.blocks.push({ kind: "pre", lines: this.preLines(node), line: this.lineOf(node) });
    } else {
      const inner = this.innerContext(node, context);
      const block = isBlockElement(node);
      if (block) this.flush();
      this.walkAll(node.children, inner);
      if (block) this.flush();
    }
    if (breaks.after) this.pageBreak(node);
  }

  /** Walks a list's items, each `<li>` of an `<ol>` numbered in figures given the number a browser prints. */
  private walkList(list: Element, context: WalkContext): void {
    const numbered = list.tagName === "ol" && !/^[aAiI]$/.test(attribute(list, "type") ?? "");
    let next = Number.parseInt(attribute(list, "start") ?? "1", 10);
    if (!Number.isFinite(next)) next = 1;
    for (const child of list.children) {
      if (child.type !== "element" || child.tagName !== "li") {
        this.walk(child, context);
        continue;
      }
      const value = Number.parseInt(attribute(child, "value") ?? "", 10);
      if (Number.isFinite(value)) next = value;
      this.walk(child, { ...context, ...(numbered ? { ordinal: next } : {}) });
      next += 1;
    }
  }

  innerContext(element: Element, context: WalkContext): WalkContext {
    const style: RunStyle = {
      bold: isBoldElement(element, context.style.bold),
      italic: isItalicElement(element, context.style.italic),
      underline: isUnderlinedElement(element, context.style.underline),
      size: fontSizeOf(element, context.style.size),
    };
    const heading = /^h[1-6]$/.test(element.tagName) ? Number(element.tagName[1]) : context.heading;
    return {
      style,
      align: alignmentOf(element) ?? context.align,
      heading,
      listItem: context.listItem || element.tagName === "li",
      spaced: isBlockElement(element) ? hasMargins(element) : context.spaced,
      fact: isFactElement(element) ? (this.factOf(element) ?? context.fact) : context.fact,
      // A list inside an item numbers its own items; the item's number stays with the item's own text.
      ...(context.ordinal !== undefined && element.tagName !== "ol" && element.tagName !== "ul" ? { ordinal: context.ordinal } : {}),
    };
  }

  /** A fact is marked on its figure only when it is inline text; a text block tagging whole passages is not. */
  private factOf(element: Element): Run["fact"] | undefined {
    if (hasBlockContent(element) || /TextBlock$/.test(String(element.properties?.name ?? ""))) return undefined;
    const attributes = factAttributes(element, this.setting.xbrl);
    return attributes ? { attributes } : undefined;
  }

  private addText(node: Text, context: WalkContext): void {
    // A character reference (&#xFDD0;) decodes only now: the filing's text never carries a fact mark.
    const text = withoutMarkCharacters(node.value);
    if (text === "") return;
    if (!this.draft) this.draft = { lines: [[]], context, line: undefined };
    if (this.draft.line === undefined && /\S/.test(text.replace(/\u00a0/g, " "))) this.draft.line = this.lineOf(node);
    this.draft.lines.at(-1)!.push({ text, style: context.style, ...(context.fact ? { fact: context.fact } : {}) });
  }

  private lineBreak(context: WalkContext): void {
    if (!this.draft) this.draft = { lines: [[]], context, line: undefined };
    this.draft.lines.push([]);
  }

  private pageBreak(node: Element): void {
    this.flush();
    const last = this.blocks.at(-1);
    if (last?.kind !== "break") this.blocks.push({ kind: "break", line: this.lineOf(node) });
  }

  /** Ends the block being gathered; a block with no visible character is dropped (it holds no word). */
  flush(): void {
    const draft = this.draft;
    this.draft = undefined;
    if (!draft) return;
    if (draft.line === undefined) {
      // A paragraph of a non-breaking space or a line break is a blank line; spaces between tags are not.
      if (draft.lines.length > 1 || draft.lines.some((runs) => runs.some((run) => run.text.includes("\u00a0")))) this.gap = true;
      return;
    }
    const { context } = draft;
    this.blocks.push({ kind: "text", lines: draft.lines, align: context.align, heading: context.heading, listItem: context.listItem, gapBefore: this.gap, spaced: context.spaced, ...(context.ordinal !== undefined ? { ordinal: context.ordinal } : {}), line: draft.line });
    this.gap = false;
  }

  /** The lines of a preformatted block, each numbered by the source line it starts on. */
  private preLines(element: Element): SourceLine[] {
    const lines: { text: string; line: number }[] = [];
    let current: { text: string; line: number } | undefined;
    const add = (text: string, line: number) => {
      text.split("\n").forEach((part, index) => {
        if (index > 0 || !current) lines.push((current = { text: "", line: line + index }));
        current.text += part;
      });
    };
    const visit = (node: Nodes) => {
      if (node.type === "text") add(withoutMarkCharacters(node.value), this.lineOf(node));
      else if (node.type === "element" && node.tagName === "br") add("\n", this.lineOf(node));
      else if (node.type === "element" && !INVISIBLE.has(node.tagName) && !isHiddenElement(node)) node.children.forEach((child) => visit(child as Nodes));
    };
    element.children.forEach((child) => visit(child as Nodes));
    return lines.map((line) => ({ text: expandTabs(line.text.replace(/\r$/, "")), line: line.line }));
  }

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) + this.setting.lineOffset;
  }
}

// Browsers give these a margin above and below unless the filing's CSS sets it to nothing.
const MARGINED = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "pre"]);

/** True when an element is set apart from its neighbours by a margin, by default or by its CSS. */
function hasMargins(element: Element): boolean {
  const style = styleOf(element);
  const zero = (value: string | undefined) => value !== undefined && /^0(?:\.0+)?(?:pt|px|em|in|%)?$/.test(value.trim());
  const margin = style.get("margin")?.split(/\s+/);
  const top = style.get("margin-top") ?? margin?.[0];
  const bottom = style.get("margin-bottom") ?? margin?.[2] ?? margin?.[0];
  if (MARGINED.has(element.tagName)) return !(zero(top) && zero(bottom));
  return (top !== undefined && !zero(top)) || (bottom !== undefined && !zero(bottom));
}

/** True when an element starts a block of its own: by its tag, unless its CSS display says otherwise. */
function isBlockElement(element: Element): boolean {
  const display = styleOf(element).get("display");
  if (display?.startsWith("inline") || display === "contents") return false;
  // Any other display (block, list-item, flex, table-cell, …) lays the element out as a box of its own.
  if (display) return true;
  return BLOCK.has(element.tagName);
}

function hasBlockContent(element: Element): boolean {
  return element.children.some((child) => child.type === "element" && (isBlockElement(child) || child.tagName === "table" || isFactElement(child) || hasBlockContent(child)));
}
