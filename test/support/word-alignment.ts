import type { Nodes, Root } from "mdast";

/** A word of the source with whether it may be left out (page furniture, rules, markup). */
export interface SourceWord {
  readonly word: string;
  readonly line: number;
  readonly optional: boolean;
}

/** A piece of the Markdown's words: in order, or (for a table) as a bag whose order may differ. */
export type MarkdownPiece = { readonly kind: "ordered"; readonly words: string[] } | { readonly kind: "bag"; readonly words: string[] };

// "$" and "%" count as edge punctuation because HTML tables print them in cells of their own while ingest glues
// them to the number: cells "$" "1,200" and "12.5" "%" must give the same words as "$1,200" and "12.5%".
const STRIP = /^[.,;:!?'"()[\]{}*_|`$%\u201c\u201d\u2018\u2019]+|[.,;:!?'"()[\]{}*_|`$%\u201c\u201d\u2018\u2019]+$/g;

/** Returns a token with surrounding punctuation, "$" and "%" removed ("(4)" → "4", "$1,200" → "1,200"); "" when nothing is left. */
export function normalizeWord(token: string): string {
  return token.replace(/^(?:<\/?[A-Z][A-Z-]*>)+/i, "").replace(STRIP, "");
}

// Deliberately written apart from ingest's own furniture rules, so the test does not trust them.
const PAGE_MARKER = /^\s*<PAGE>/i;
const RULE_LINE = /^[\s=_-]*$/;
const isRuleLine = (raw: string) => RULE_LINE.test(raw) && (raw.match(/[=_-]/g)?.length ?? 0) >= 3;
const PAGE_NUMBER = /^\s*(?:-\s*)?(?:\d{1,3}|[ivxlc]{1,6}|[A-Z]{1,2}-\d{1,3})(?:\s*-)?\s*$|^\s*page\s+\d+/i;
const TAG_LINE = /^\s*<\/?[A-Z][A-Z-]*>/;
// The PEM wrapper around an EDGAR submission: its closing line follows the last document.
const PEM_LINE = /^-----(?:BEGIN|END) PRIVACY-ENHANCED MESSAGE-----$/;
const BULLET = /^\s*(?:o|\u2022|\*)\s{2,}/;

/** Returns the words of a raw filing in order, marking those that are page furniture, rules or markup. */
export function sourceWords(text: string): SourceWord[] {
  const words: SourceWord[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const lineOptional = PEM_LINE.test(raw) || PAGE_MARKER.test(raw) || isRuleLine(raw) || PAGE_NUMBER.test(raw) || TAG_LINE.test(raw);
    raw
      .split(/\s+/)
      .filter(Boolean)
      .forEach((token, position) => {
        const word = normalizeWord(token);
        if (!word) return;
        const optional = lineOptional || /^[=_-]{3,}$/.test(token) || (position === 0 && BULLET.test(raw));
        words.push({ word, line, optional });
      });
  });
  return words;
}

/** Returns the Markdown's words: prose in order, each table (caption and cells) as one bag. */
export function markdownPieces(tree: Root): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  const ordered = (text: string) => pieces.push({ kind: "ordered", words: split(text) });
  const walk = (node: Nodes) => {
    if (node.type === "containerDirective" && node.name === "table") {
      const bag: string[] = [];
      for (const child of node.children) {
        if (child.type === "table" || (child.type === "leafDirective" && child.name === "caption")) bag.push(...split(textOf(child)));
        else walk(child);
        if (child.type === "table") pieces.push({ kind: "bag", words: bag.splice(0) });
      }
      return;
    }
    if (node.type === "heading") return ordered(textOf(node).replace(/\{#[^}]*\}\s*$/, ""));
    if (node.type === "paragraph" || node.type === "tableCell") return ordered(textOf(node));
    if (node.type === "text" || node.type === "code" || node.type === "inlineCode") return ordered(node.value);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return pieces.filter((piece) => piece.words.length > 0);
}

/** Concatenates inline text as a reader sees it: adjacent text runs join, a line break or a cell is a space. */
function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if (node.type === "break") return " ";
  if (!("children" in node)) return "";
  const separator = node.type === "tableRow" || node.type === "table" ? " " : "";
  return (node.children as Nodes[]).map(textOf).join(separator);
}

function split(text: string): string[] {
  return text.split(/\s+/).map(normalizeWord).filter(Boolean);
}

/** Returns the first difference between source and Markdown words, or undefined when nothing is lost or added. */
export function findWordDifference(source: readonly SourceWord[], pieces: readonly MarkdownPiece[]): string | undefined {
  let at = 0;
  // Past a run of optional words (markup, furniture) to the word wanted. When an optional word in the run
  // and the printed word after it are both that word ("<DESCRIPTION>EXHIBIT 99.1" before "EXHIBIT 1"), the
  // one that the Markdown's next words go on to match is it; on a tie, the printed one.
  const skipOptional = (word: string, following: readonly string[]) => {
    let end = at;
    while (end < source.length && source[end]!.optional) end += 1;
    let first = at;
    while (first < end && source[first]!.word !== word) first += 1;
    const printed = end < source.length && source[end]!.word === word;
    if (first < end && printed) at = agreement(first + 1, following) > agreement(end + 1, following) ? first : end;
    else at = first < end ? first : end;
  };
  // How many of the next Markdown words match the source from an index on, optional words skipped between.
  const agreement = (from: number, following: readonly string[]) => {
    let index = from;
    let matched = 0;
    for (const next of following) {
      while (index < source.length && source[index]!.word !== next && source[index]!.optional) index += 1;
      if (source[index]?.word !== next) break;
      matched += 1;
      index += 1;
    }
    return matched;
  };
  // The Markdown's words in order across pieces, for looking ahead past the end of a paragraph.
  const all = pieces.flatMap((piece) => piece.words);
  let seen = 0;
  for (const piece of pieces) {
    if (piece.kind === "ordered") {
      for (const [index, word] of piece.words.entries()) {
        skipOptional(word, all.slice(seen + index + 1, seen + index + 9));
        if (source[at]?.word !== word) return describe(source, at, `"${word}"`);
        at += 1;
      }
      seen += piece.words.length;
      continue;
    }
    seen += piece.words.length;
    const bag = new Map<string, number>();
    for (const word of piece.words) bag.set(word, (bag.get(word) ?? 0) + 1);
    let left = piece.words.length;
    // An optional word (a dash of a rule) taken for a table cell is given back when a printed one needs it.
    const takenOptional = new Map<string, number>();
    while (left > 0) {
      const next = source[at];
      if (!next) return `the table's words ${[...bag].filter(([, n]) => n > 0).map(([w]) => w).slice(0, 5).join(", ")} are not in the source`;
      const count = bag.get(next.word) ?? 0;
      if (count > 0) {
        bag.set(next.word, count - 1);
        left -= 1;
        if (next.optional) takenOptional.set(next.word, (takenOptional.get(next.word) ?? 0) + 1);
      } else if (!next.optional && (takenOptional.get(next.word) ?? 0) > 0) {
        takenOptional.set(next.word, takenOptional.get(next.word)! - 1);
      } else if (!next.optional) return describe(source, at, `a table word (${[...bag].filter(([, n]) => n > 0).map(([w]) => w).slice(0, 5).join(", ")})`);
      at += 1;
    }
  }
  const lost = source.slice(at).find((w) => !w.optional);
  return lost ? `source line ${lost.line}: "${lost.word}" is missing from the Markdown` : undefined;
}

function describe(source: readonly SourceWord[], at: number, found: string): string {
  const expected = source[at];
  if (!expected) return `the Markdown has ${found} after the end of the source`;
  return `source line ${expected.line}: expected "${expected.word}", the Markdown has ${found}`;
}

const INLINE_TAG = /^<\/?(?:a|strong|em|b|i|span|code|time|abbr)\b/i;

// Text the site adds inside the document (a term's definition shown on hover, a "Cited by" line) carries
// this class; it is not the filing's, so the words check leaves it out. Such elements hold no nested element
// of their own tag.
const ADDED_TEXT = /<(\w+)\b[^>]*\bclass="[^"]*\badded-text\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g;

/** Returns the words of a rendered filing's HTML: prose in order, each table as one bag; link marks and added text left out. */
export function htmlPieces(html: string): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  const parts = html.replace(ADDED_TEXT, "").split(/(<table[\s\S]*?<\/table>)/);
  for (const part of parts) {
    const words = split(htmlText(part)).filter((word) => word !== "§");
    if (words.length) pieces.push({ kind: part.startsWith("<table") ? "bag" : "ordered", words });
  }
  return pieces;
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, (tag) => (INLINE_TAG.test(tag) ? "" : " "))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
