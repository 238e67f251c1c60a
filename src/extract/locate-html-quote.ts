import type { Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";

/** Where a quote stands in the raw file: 1-based lines and columns, end inclusive (as compute's QuoteSpan). */
export interface SourceSpan {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The text a reader sees of an HTML source, with where each piece of it stands in the raw file. */
export interface VisibleText {
  readonly text: string;
  /** One entry per text node, in order: where it starts in `text`, and its start and end in the source. */
  readonly pieces: readonly VisiblePiece[];
}

interface VisiblePiece {
  readonly from: number;
  readonly to: number;
  readonly start: { readonly line: number; readonly column: number };
  /** The piece as written in the source, entities and all. */
  readonly raw: string;
}

const INVISIBLE = new Set(["head", "title", "script", "style", "template", "noscript", "ix:header", "iframe"]);
const INLINE = new Set(["a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "ins", "small", "span", "strong", "sub", "sup", "u"]);

/** Returns the visible text of an HTML source, pieces mapped back to their lines and columns. */
export function readVisibleText(html: string): VisibleText {
  const tree = fromHtml(html) as Root;
  const pieces: VisiblePiece[] = [];
  let text = "";
  const visit = (node: Nodes) => {
    if (node.type === "text") {
      const start = node.position?.start;
      const end = node.position?.end;
      if (start && end) pieces.push({ from: text.length, to: text.length + node.value.length, start, raw: html.slice(start.offset ?? 0, end.offset ?? 0) });
      text += node.value;
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      const style = typeof node.properties?.style === "string" ? node.properties.style.replace(/\s+/g, "").toLowerCase() : "";
      const hidden = node.properties?.hidden !== undefined && node.properties.hidden !== false;
      if (INVISIBLE.has(node.tagName) || hidden || style.includes("display:none") || style.includes("visibility:hidden")) return;
    }
    const block = node.type === "element" && !INLINE.has(node.tagName) && !node.tagName.startsWith("ix:");
    if (block) text += " ";
    for (const child of node.children) visit(child as Nodes);
    if (block) text += " ";
  };
  visit(tree);
  return { text, pieces };
}

/**
 * Returns where a quote's words stand in an HTML source, allowing any white space or markup between
 * them: the line and column of its first and last characters in the raw file, as the original-text page
 * highlights them. A table row quote ("a | b | c") is found by its cells in order.
 */
export function locateHtmlQuote(visible: VisibleText, quote: string): SourceSpan | undefined {
  const cells = quote.includes(" | ") ? quote.split(" | ").filter((cell) => cell.trim()) : [quote];
  for (const parts of cells.length > 1 ? [cells, cells.slice(1)] : [cells]) {
    const words = parts.flatMap((part) => part.trim().split(/\s+/)).filter(Boolean);
    if (words.length === 0) continue;
    const match = new RegExp(words.map(wordPattern).join("[\\s|]+")).exec(visible.text);
    if (!match) continue;
    const first = place(visible, match.index);
    const last = place(visible, match.index + match[0].length - 1);
    if (first && last) return { startLine: first.line, startColumn: first.column, endLine: last.line, endColumn: last.column };
  }
  return undefined;
}

/** The source line and column of a character of the visible text: an entity is one character there. */
function place(visible: VisibleText, offset: number): { line: number; column: number } | undefined {
  const piece = pieceAt(visible.pieces, offset);
  if (!piece) return undefined;
  const before = piece.raw.slice(0, rawOffset(piece.raw, offset - piece.from));
  const breaks = before.split("\n").length - 1;
  if (breaks === 0) return { line: piece.start.line, column: piece.start.column + before.length };
  return { line: piece.start.line + breaks, column: before.length - before.lastIndexOf("\n") };
}

/** Returns the offset in the raw text of the character printed at the given offset: `&…;` and a CRLF print as one. */
function rawOffset(raw: string, printed: number): number {
  let index = 0;
  for (let count = 0; count < printed && index < raw.length; count += 1) {
    const entity = raw[index] === "&" ? /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.exec(raw.slice(index, index + 40)) : null;
    index += entity ? entity[0].length : raw.startsWith("\r\n", index) ? 2 : 1;
  }
  return index;
}

/** The piece holding a character of the visible text, found by halving (a proxy has tens of thousands). */
function pieceAt(pieces: readonly VisiblePiece[], offset: number): VisiblePiece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (offset < piece.from) high = middle - 1;
    else if (offset >= piece.to) low = middle + 1;
    else return piece;
  }
  return undefined;
}

/** A word of the quote; a "$" before a figure or a ")" or "%" after it may stand in a cell of its own. */
function wordPattern(word: string): string {
  return escapeRegExp(word)
    .replace(/^\\\$(?=\d|\\\()/, "\\$[\\s|]*")
    .replace(/(\d)(\\\)|%)$/, "$1[\\s|]*$2");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
