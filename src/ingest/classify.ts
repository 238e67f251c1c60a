import type { SourceLine } from "./table/types.ts";
import { indentOf } from "./source-lines.ts";
import { parseItemLabel, type ItemLabel } from "./labels.ts";

/** A text chunk read for what it is: a heading, a numbered item, a paragraph, or lines kept as printed. */
export type TextBlock =
  | { readonly kind: "heading"; readonly text: string; readonly centered: boolean; readonly line: number }
  | {
      readonly kind: "item";
      readonly label: ItemLabel;
      readonly title: string | undefined;
      readonly text: string;
      readonly line: number;
      /** The number a browser prints before an item of a numbered list (`<ol>`), which its text does not hold. */
      readonly ordinal?: number;
    }
  | { readonly kind: "paragraph"; readonly text: string; readonly line: number }
  | { readonly kind: "lines"; readonly lines: readonly string[]; readonly line: number };

/** Layout facts of a document that classification depends on. */
export interface Layout {
  /** The usual printed line width, e.g. 80. */
  readonly width: number;
}

/** Returns the layout of a document: its usual line width. */
export function measureLayout(lines: readonly SourceLine[]): Layout {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  return { width: Math.max(60, Math.min(p90, 140)) };
}

/** Returns the blocks a text chunk is made of (usually one; a centered title over text gives two). */
export function classifyChunk(lines: readonly SourceLine[], layout: Layout): TextBlock[] {
  const first = lines[0]!;
  const item = parseItemLabel(first.text);
  if (item) return [itemBlock(lines, item.label, item.rest)];
  if (isHeading(lines, layout)) return [{ kind: "heading", text: joinText(lines), centered: isCentered(first, layout), line: first.line }];
  const split = leadingCenteredCaps(lines, layout);
  if (split > 0) {
    const head = lines.slice(0, split);
    return [{ kind: "heading", text: joinText(head), centered: true, line: first.line }, ...classifyChunk(lines.slice(split), layout)];
  }
  if (lines.length > 1 && !isProse(lines, layout)) return [{ kind: "lines", lines: lines.map((l) => collapse(l.text)), line: first.line }];
  return [{ kind: "paragraph", text: joinText(lines), line: first.line }];
}

/** Returns the item block of a one-line text that opens with a label ("(b) Termination. …"), or undefined. */
export function classifyItemText(text: string, line: number): TextBlock | undefined {
  const item = parseItemLabel(text);
  return item ? itemBlock([{ text, line }], item.label, item.rest) : undefined;
}

function itemBlock(lines: readonly SourceLine[], label: ItemLabel, rest: string): TextBlock {
  const text = joinText([{ text: rest, line: lines[0]!.line }, ...lines.slice(1)]);
  const title = label.type === "bullet" ? undefined : splitTitle(text);
  const body = title ? text.slice(title.length).trim() : text;
  return { kind: "item", label, title, text: body, line: lines[0]!.line };
}

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "upon", "under", "with", "&"]);
const NOT_SENTENCE_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Inc|Co|Corp|No|St|Jr|Sr|[A-Z])$/;

/**
 * Returns the heading phrase that opens an item ("Termination by the Company."), period included,
 * or undefined when the item opens with an ordinary sentence.
 */
export function splitTitle(text: string): string | undefined {
  const match = /^([^.]{1,90}?)\.(?=\s|$)/.exec(text);
  if (!match || NOT_SENTENCE_END.test(match[1]!)) return undefined;
  const words = match[1]!.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return undefined;
  if (!/^[A-Z0-9"]/.test(words[0]!)) return undefined;
  const titled = words.every((word) => /^["(]?[A-Z0-9]/.test(word) || SMALL_WORDS.has(word.toLowerCase()) || /^[;:,&-]$/.test(word));
  return titled ? `${match[1]}.` : undefined;
}

function isHeading(lines: readonly SourceLine[], layout: Layout): boolean {
  const texts = lines.map((l) => l.text.trim());
  const subtitle = texts.length > 1 && /^\(.*\)$/.test(texts.at(-1)!) ? 1 : 0;
  const main = texts.slice(0, texts.length - subtitle);
  // One caps line alone may be long ("AGGREGATE OPTION EXERCISES IN LAST FISCAL YEAR AND ..."); a caps sentence ends in a period.
  const maxLength = main.length === 1 ? 100 : 70;
  if (main.length === 0 || !main.every((t) => isCapsLine(t, maxLength)) || /[.,;:]$/.test(main.at(-1)!)) return false;
  if (/^(by|date|name|title|address)\b/i.test(main[0]!) || texts.some((t) => t.includes("/s/"))) return false;
  if (isCentered(lines[0]!, layout)) return main.length <= 3;
  return indentOf(lines[0]!.text) <= 2 && main.length === 1;
}

/** True for a short line printed in capitals ("ARTICLE I", "SUMMARY COMPENSATION TABLE"). */
export function isCapsLine(text: string, maxLength = 70): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (letters.length < 3 || text.length > maxLength) return false;
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return upper / letters.length >= 0.85;
}

function isCentered(line: SourceLine, layout: Layout): boolean {
  const indent = indentOf(line.text);
  const length = line.text.trim().length;
  return indent >= 4 && Math.abs(indent + length / 2 - layout.width / 2) <= 6;
}

/**
 * Counts the centered capitalised lines that open a chunk of other text (a title printed over it).
 * A lone one-word line (a letterhead's company name over its address) is not a title.
 */
function leadingCenteredCaps(lines: readonly SourceLine[], layout: Layout): number {
  let count = 0;
  while (count < lines.length - 1 && isCentered(lines[count]!, layout) && isCapsLine(lines[count]!.text.trim())) count += 1;
  const words = count === 1 ? lines[0]!.text.trim().split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length : 2;
  return words >= 2 ? count : 0;
}

/** Wrapped prose fills the line and starts near the margin; signature and address blocks do neither. */
function isProse(lines: readonly SourceLine[], layout: Layout): boolean {
  const fill = layout.width * 0.72;
  const nearMargin = layout.width * 0.2;
  return lines.slice(0, -1).every((l) => l.text.trimEnd().length >= fill) && lines.slice(1).every((l) => indentOf(l.text) <= nearMargin);
}

/** Returns the text with runs of white space collapsed to one space and the ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Returns the lines joined into one paragraph: hard line breaks and padding spaces removed. */
export function joinText(lines: readonly SourceLine[]): string {
  return collapse(lines.map((l) => l.text).join(" "));
}

// A letter's closing: the name under it signs the letter.
const CLOSING = /^(?:Sincerely|Very truly yours|Yours (?:truly|sincerely|faithfully)|Respectfully(?: submitted| yours)?|Cordially|(?:Best|Kind|Warm) regards|Regards),?$/i;

/**
 * A capitalised name printed over "By: /s/ …", or under a letter's closing ("Sincerely,"), is the signer of a
 * signature block, not a heading.
 */
export function demoteSignatureHeadings<T extends { readonly kind: string }>(blocks: readonly (T | TextBlock)[]): (T | TextBlock)[] {
  return blocks.map((block, index) => {
    const next = blocks[index + 1] as TextBlock | undefined;
    const previous = blocks[index - 1] as TextBlock | undefined;
    const signs = (next && isSignatureStart(next)) || (previous && isClosing(previous));
    if (block.kind !== "heading" || !signs) return block;
    const heading = block as Extract<TextBlock, { kind: "heading" }>;
    return { kind: "paragraph", text: heading.text, line: heading.line };
  });
}

function isClosing(block: TextBlock): boolean {
  const text = block.kind === "lines" ? block.lines.join(" ") : "text" in block ? block.text : "";
  return CLOSING.test(text.trim());
}

function isSignatureStart(block: TextBlock): boolean {
  const text = block.kind === "lines" ? block.lines.join(" ") : "text" in block ? block.text : "";
  return /^(By:|\/s\/)/.test(text.trim());
}
