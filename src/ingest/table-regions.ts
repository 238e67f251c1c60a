import type { SourceLine } from "./table/types.ts";
import { isBlank } from "./source-lines.ts";

/** A run of lines that holds one table: optional caption lines, header, rule and body. */
export interface TableRegion {
  /** Index (into the document's lines) of the first line of the region. */
  readonly start: number;
  /** Index one past the last line of the region. */
  readonly end: number;
  /** True when the region is EDGAR `<TABLE>` markup rather than a plain fixed-width layout. */
  readonly markup: boolean;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

const RULE_ONLY = /^[\s=_-]*$/;

/** Returns the dash groups of a rule line (after undoing EDGAR dash-stuffing), or [] for other lines. */
export function ruleGroups(text: string): Span[] {
  const unstuffed = /^- -/.test(text) ? `  ${text.slice(2)}` : text;
  if (!RULE_ONLY.test(unstuffed) || (unstuffed.match(/[=_-]/g)?.length ?? 0) < 3) return [];
  const spans: Span[] = [];
  for (const match of unstuffed.matchAll(/[=_-]+/g)) spans.push({ from: match.index, to: match.index + match[0].length });
  return spans;
}

/** Returns the chunks of a line split on runs of two or more spaces, with their columns. */
export function lineChunks(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/\S+(?: \S+)*/g)) spans.push({ from: match.index, to: match.index + match[0].length });
  return spans;
}

/** Returns the table regions of a document's lines, in order, never overlapping. */
export function findTableRegions(lines: readonly SourceLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let index = 0;
  while (index < lines.length) {
    const region = markupRegion(lines, index) ?? ruledRegion(lines, index, regions) ?? unruledRegion(lines, index);
    if (region) {
      regions.push(region);
      index = region.end;
    } else index += 1;
  }
  return regions;
}

function markupRegion(lines: readonly SourceLine[], index: number): TableRegion | undefined {
  if (!/^\s*<TABLE>/i.test(lines[index]!.text)) return undefined;
  const close = lines.findIndex((l, i) => i > index && /^\s*<\/TABLE>/i.test(l.text));
  return { start: index, end: close < 0 ? lines.length : close + 1, markup: true };
}

/** A table laid out with a rule of dash groups under its column headers. */
function ruledRegion(lines: readonly SourceLine[], index: number, found: readonly TableRegion[]): TableRegion | undefined {
  const groups = ruleGroups(lines[index]!.text);
  if (groups.length === 0 || isBlank(lines[index - 1])) return undefined;
  const body = bodyEnd(lines, index + 1, groups);
  if (body === index + 1) return undefined;
  if (groups.length === 1 && !isNumericColumn(lines.slice(index + 1, body))) return undefined;
  const floor = found.at(-1)?.end ?? 0;
  const start = headerStart(lines, index, floor);
  // Signature lines underlined for signing ("/s/ Jane Roe", "By: ____") are not a table.
  if (lines.slice(start, body).some((l) => /\/s\/|^\s*By:/i.test(l.text))) return undefined;
  return { start, end: body, markup: false };
}

/** Walks up over the header lines, and over one blank line to short capitalised caption lines. */
function headerStart(lines: readonly SourceLine[], ruleIndex: number, floor: number): number {
  let start = ruleIndex;
  while (start - 1 >= floor && !isBlank(lines[start - 1])) start -= 1;
  const captionEnd = start - 1;
  let captionStart = captionEnd;
  while (captionStart - 1 >= floor && !isBlank(lines[captionStart - 1]) && isCaptionLine(lines[captionStart - 1]!)) {
    captionStart -= 1;
  }
  const captionAbove = captionStart < captionEnd && isBlank(lines[captionStart - 1]);
  return captionAbove ? captionStart : start;
}

function isCaptionLine(line: SourceLine): boolean {
  const text = line.text.trim();
  return text.length > 0 && text.length <= 50 && text === text.toUpperCase() && /[A-Z]{3}/.test(text) && line.text.search(/\S/) >= 8;
}

/** Returns the index one past the last body line: groups of aligned lines separated by single blank lines. */
function bodyEnd(lines: readonly SourceLine[], from: number, groups: readonly Span[]): number {
  let end = from;
  let index = from;
  while (index < lines.length) {
    while (index < lines.length && isBlank(lines[index])) index += 1;
    const blanks = index - end;
    if (end > from && blanks >= 2) break;
    if (blanks > 0 && end > from && isNoteLine(lines[index]?.text ?? "")) break;
    let groupEnd = index;
    while (groupEnd < lines.length && !isBlank(lines[groupEnd])) groupEnd += 1;
    const group = lines.slice(index, groupEnd);
    if (group.length === 0 || !isTableGroup(group, groups)) break;
    end = groupEnd;
    index = groupEnd;
  }
  return end;
}

function isNoteLine(text: string): boolean {
  return /^\s*(\(\w{1,2}\)|\*+)\s*\S/.test(text) && !/\s{3,}[$\d(-]/.test(text.trim().slice(4));
}

/** A group of lines belongs to the table when every chunk lines up with a column and one line has several. */
function isTableGroup(group: readonly SourceLine[], groups: readonly Span[]): boolean {
  if (group.some((l) => /^\s*<PAGE>/i.test(l.text))) return false;
  let multi = false;
  for (const line of group) {
    if (ruleGroups(line.text).length > 0) continue;
    const chunks = lineChunks(line.text);
    if (chunks.length > 1) multi = true;
    if (!chunks.slice(1).every((chunk) => groups.some((g) => overlaps(chunk, g, 3)))) return false;
  }
  return multi || (groups.length === 1 && isNumericColumn(group));
}

function overlaps(a: Span, b: Span, slack: number): boolean {
  return a.from < b.to + slack && b.from - slack < a.to;
}

const NUMERIC_CELL = /^[$(]?\s*-?[$]?\s*[\d,.]+%?\)?(\s*\(\w{1,2}\))?$|^-+$|^\*$/;

function isNumericColumn(lines: readonly SourceLine[]): boolean {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t && ruleGroups(t).length === 0);
  return texts.length > 0 && texts.every((t) => NUMERIC_CELL.test(t));
}

/**
 * A small table printed without a rule: a blank-separated block whose lines end in an amount set far
 * apart from a label (e.g. "Audit fees ........ $ 146,050").
 */
function unruledRegion(lines: readonly SourceLine[], index: number): TableRegion | undefined {
  if (!isBlank(lines[index - 1]) || isBlank(lines[index])) return undefined;
  let end = index;
  let amounts = 0;
  while (end < lines.length) {
    let groupEnd = end;
    while (groupEnd < lines.length && !isBlank(lines[groupEnd])) groupEnd += 1;
    const group = lines.slice(end, groupEnd);
    if (!group.every(isShortOrAmountLine) || !group.some(isAmountLine)) break;
    amounts += group.filter(isAmountLine).length;
    end = groupEnd;
    const next = end + 1;
    if (!isBlank(lines[end]) || isBlank(lines[next]) || next >= lines.length) break;
    end = next;
  }
  while (end > index && isBlank(lines[end - 1])) end -= 1;
  return amounts >= 2 ? { start: index, end, markup: false } : undefined;
}

const AMOUNT_LINE = /\S\s{6,}\(?\$?\s*-?[\d,.]+%?\)?\s*$/;

function isAmountLine(line: SourceLine): boolean {
  return AMOUNT_LINE.test(line.text);
}

function isShortOrAmountLine(line: SourceLine): boolean {
  return isAmountLine(line) || line.text.trim().length <= 40;
}
