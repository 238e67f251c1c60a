import type { TextBlock } from "../classify.ts";
import { classifyItemText, isCapsLine } from "../classify.ts";
import { stripFactMarks } from "../fact-marks.ts";
import type { Run, TextDraft } from "./html-blocks.ts";
import { blockLines, emphasisOf, lineText } from "./html-text.ts";

/** What a block is compared with to tell a heading: the size the document's body text is set in. */
export interface HtmlLayout {
  readonly bodySize: number;
}

// A heading is a phrase, not a sentence: filings set whole paragraphs in bold too.
const MAX_HEADING_WORDS = 20;
const MAX_HEADING_LENGTH = 160;
const CITY_AND_ZIP = /,\s*(?:[A-Z]{2}|D\.\s?C\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?\s+\d{5}(?:-\d{4})?$/;
const SIGNATURE = /^(?:By:|\/s\/|Name:|Title:|Date:|Dated:)|\/s\//i;

/**
 * Returns the blocks an HTML text block is read as, like a text chunk: a heading (by `<h1>`–`<h6>`, or a
 * short phrase set in bold, underlined, larger type, or centred capitals), a numbered item, a list item,
 * lines kept as printed (split by `<br>`), or a paragraph. A bold first line over plain text gives two.
 */
export function classifyHtmlText(draft: TextDraft, layout: HtmlLayout): TextBlock[] {
  const lines = draft.lines.filter((runs) => stripFactMarks(lineText(runs)) !== "");
  if (lines.length === 0) return [];
  const texts = lines.map(lineText);
  const joined = texts.join(" ");
  // As in text, a label opens an item only on the block's first line: "ARTICLE I<br>EMPLOYMENT" is a heading.
  const item = classifyItemText(texts[0]!, draft.line) ? classifyItemText(joined, draft.line) : undefined;
  if (item) return [item];
  if (isHeadingBlock(lines, draft, layout)) {
    return [{ kind: "heading", text: stripFactMarks(joined), centered: draft.align === "center" || (draft.heading > 0 && draft.heading <= 2), line: draft.line }];
  }
  const plainRest = lines.slice(1).every((runs) => !isEmphasised(runs));
  if (lines.length > 1 && plainRest && isHeadingBlock(lines.slice(0, 1), draft, layout)) {
    const rest: TextDraft = { ...draft, lines: lines.slice(1), heading: 0 };
    return [{ kind: "heading", text: stripFactMarks(texts[0]!), centered: draft.align === "center", line: draft.line }, ...classifyHtmlText(rest, layout)];
  }
  if (draft.listItem) {
    const ordinal = draft.ordinal !== undefined ? { ordinal: draft.ordinal } : {};
    return [{ kind: "item", label: { type: "bullet", value: "", printed: "" }, title: undefined, text: joined, line: draft.line, ...ordinal }];
  }
  if (texts.length > 1 && !isWrappedProse(texts)) return [{ kind: "lines", lines: blockLines(lines), line: draft.line }];
  return [{ kind: "paragraph", text: joined, line: draft.line }];
}

function isHeadingBlock(lines: readonly (readonly Run[])[], draft: TextDraft, layout: HtmlLayout): boolean {
  const text = stripFactMarks(lines.map(lineText).join(" "));
  const words = text.split(" ").filter(Boolean);
  if (!/[A-Za-z]{2}/.test(text) || SIGNATURE.test(text) || /^[a-z]/.test(text)) return false;
  if (draft.heading > 0) return words.length <= 40;
  // An address line or an amount set in bold ("1 Wayside Road", "Washington, D.C. 20549") is not a title;
  // a cell beside others is a value.
  if (!/^["“(\[]?[A-Za-z]/.test(text) || draft.besideOthers || CITY_AND_ZIP.test(text)) return false;
  // A current report's item states its whole caption: "Item 5.02 Departure of Directors or …; Election of …".
  const item = /^Item\s+\d{1,2}(?:\.\d{1,2})?\b/i.test(text);
  if (item && words.length <= 40 && isEmphasised(lines.flat())) return true;
  if (words.length > MAX_HEADING_WORDS || text.length > MAX_HEADING_LENGTH || /[,;]$/.test(text)) return false;
  if (isDateOrFigure(text)) return false;
  const emphasis = emphasisOf(lines.flat());
  const larger = emphasis.size >= layout.bodySize + 1.5;
  const caps = isCapsLine(text, MAX_HEADING_LENGTH) && !/[.:]$/.test(text);
  // A long phrase ending in a period is a sentence set in bold, unless it is short enough to be a title.
  if (/\.$/.test(text) && words.length > 12 && !larger) return false;
  return emphasis.bold || emphasis.underline || larger || (caps && (draft.align === "center" || words.length <= 12));
}

function isEmphasised(runs: readonly Run[]): boolean {
  const emphasis = emphasisOf(runs);
  return emphasis.bold || emphasis.underline;
}

/** A date or figure alone ("June 21, 2007", "$1,000") is a value, not a heading, however it is set. */
function isDateOrFigure(text: string): boolean {
  return /^[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}$/.test(text) || /^[\d$(),.%\s-]+$/.test(text);
}

/** Prose broken with `<br>`: every line but the last is long. Addresses and signature blocks are not. */
function isWrappedProse(texts: readonly string[]): boolean {
  return texts.slice(0, -1).every((text) => stripFactMarks(text).length >= 60);
}
