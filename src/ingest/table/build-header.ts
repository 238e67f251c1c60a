import { gapBetween, overlapLength } from "./chunks.ts";
import type { Column } from "./columns.ts";
import { collectHeaderFragments, type HeaderFragments, type Placed } from "./header-fragments.ts";
import { joinHeaderParts } from "./join-header-parts.ts";
import { pickColumn } from "./pick-column.ts";
import type { TableLine } from "./table-lines.ts";

/** The caption and the per-column header of a table. */
export interface Header {
  readonly caption: readonly string[];
  readonly header: readonly string[];
}

type Placement =
  | { readonly kind: "caption" }
  | { readonly kind: "group"; readonly first: number; readonly last: number }
  | { readonly kind: "column"; readonly index: number };

/** A title centred this close (in characters) over the columns is a caption, not a column header. */
const CENTRE_TOLERANCE = 2;

/**
 * Returns the columns a range spans. A dash group counts when the range merely reaches it, since a group
 * header is often printed flush against its last column's dashes.
 */
function spannedColumns(range: { start: number; end: number }, columns: readonly Column[]): number[] {
  return columns.flatMap((column, index) => {
    const reaches = column.source === "rule" ? gapBetween(range, column) === 0 : false;
    return overlapLength(range, column) > 0 || reaches ? [index] : [];
  });
}

function centre(range: { start: number; end: number }): number {
  return (range.start + range.end) / 2;
}

/** Returns whether a lone line above the column headers is a title centred over the table (or its figures). */
function isCentredTitle(word: Placed, columns: readonly Column[], firstMultiRow: number): boolean {
  if (!word.alone || word.row >= firstMultiRow) return false;
  const { chunk } = word;
  if (columns.some((column) => column.start <= chunk.start && chunk.end <= column.end)) return false;
  const spans = [columns, columns.slice(1)].filter((list) => list.length >= 2);
  return spans.some((list) => {
    const whole = { start: list[0]?.start ?? 0, end: list.at(-1)?.end ?? 0 };
    return Math.abs(centre(chunk) - centre(whole)) <= CENTRE_TOLERANCE;
  });
}

/** Returns the nearest underline printed below a header word and under it. */
function underlineBelow(word: Placed, fragments: HeaderFragments): Placed | undefined {
  return fragments.underlines
    .filter((line) => line.row > word.row && overlapLength(line.chunk, word.chunk) > 0)
    .sort((a, b) => a.row - b.row || a.chunk.start - b.chunk.start)[0];
}

function place(word: Placed, columns: readonly Column[], fragments: HeaderFragments): Placement {
  if (/^\[.*\]$/.test(word.chunk.text)) return { kind: "caption" };
  const underline = underlineBelow(word, fragments);
  // An underline says exactly which columns a header covers, so centring is only a clue without one.
  if (!underline && isCentredTitle(word, columns, fragments.firstMultiRow)) return { kind: "caption" };
  const spanned = underline
    ? columns.flatMap((column, index) => (overlapLength(underline.chunk, column) > 0 ? [index] : []))
    : spannedColumns(word.chunk, columns);
  const first = spanned[0];
  const last = spanned.at(-1);
  if (first === undefined || last === undefined || first === last) {
    return { kind: "column", index: underline && first !== undefined ? first : pickColumn(word.chunk, columns) };
  }
  // A header over every column, or over every figure column beside the labels, titles the whole table.
  const coversAll = first === 0 || (first === 1 && columns.length >= 3);
  if (coversAll && last === columns.length - 1) return { kind: "caption" };
  return { kind: "group", first, last };
}

function composeHeader(own: readonly string[][], groups: ReadonlyMap<string, GroupText>): string[] {
  return own.map((words, index) => {
    const prefixes = [...groups.values()]
      .filter((group) => group.first === index)
      .sort((a, b) => b.last - a.last)
      .map((group) => group.words.join(" "));
    return joinHeaderParts([...prefixes, words.join(" ")]);
  });
}

interface GroupText {
  readonly first: number;
  readonly last: number;
  readonly words: string[];
}

/** Returns the caption and the column headers from the header lines above the rule. */
export function buildHeader(lines: readonly TableLine[], columns: readonly Column[]): Header {
  const fragments = collectHeaderFragments(lines);
  const caption: string[] = [];
  const own = columns.map((): string[] => []);
  const groups = new Map<string, GroupText>();
  for (const word of fragments.words) {
    const placement = place(word, columns, fragments);
    if (placement.kind === "caption") caption.push(word.chunk.text);
    else if (placement.kind === "column") own[placement.index]?.push(word.chunk.text);
    else {
      const key = `${placement.first}-${placement.last}`;
      const group = groups.get(key) ?? { first: placement.first, last: placement.last, words: [] };
      group.words.push(word.chunk.text);
      groups.set(key, group);
    }
  }
  return { caption, header: composeHeader(own, groups).map((text) => text.replace(/\s+/g, " ")) };
}
