import { gapBetween, overlapLength, type Chunk } from "./chunks.ts";

/** A printed column: the character range it occupies and the evidence it was found from. */
export interface Column {
  readonly start: number;
  readonly end: number;
  /** "rule": a dash group under the header; "marker": an EDGAR `<S>`/`<C>` tag; "text": body text alone. */
  readonly source: "rule" | "marker" | "text";
}

/** Evidence for where the columns are, strongest first. */
export interface ColumnEvidence {
  /** The rule line under the header, dash-stuffing undone. */
  readonly rule: string | undefined;
  readonly markers: readonly number[];
  readonly bodyChunks: readonly Chunk[];
}

/** Text this close to a column (right-aligned figures poking past their dashes) still belongs to it. */
const STRAY_DISTANCE = 1;

function ruleColumns(rule: string): Column[] {
  return [...rule.matchAll(/[-=_]+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    source: "rule" as const,
  }));
}

/** Each tag opens a column that runs to the next tag; the last one runs to the end of the body text. */
function markerColumns(markers: readonly number[], bodyChunks: readonly Chunk[]): Column[] {
  const sorted = [...new Set(markers)].sort((a, b) => a - b);
  const lastEnd = Math.max(0, ...bodyChunks.map((chunk) => chunk.end));
  return sorted.map((start, index) => ({
    start,
    end: sorted[index + 1] ?? Math.max(start + 1, lastEnd),
    source: "marker" as const,
  }));
}

/**
 * Returns the tags no dash group accounts for. A tag accounts for the group it sits in, else for the next
 * free group to its right when no other tag comes first (`<S>` often sits left of an indented label rule).
 */
function unexplainedMarkers(markers: readonly number[], rules: readonly Column[]): number[] {
  const sorted = [...new Set(markers)].sort((a, b) => a - b);
  const claimed = new Set<number>();
  const inside = (marker: number): number => rules.findIndex((rule) => rule.start <= marker && marker < rule.end);
  sorted.forEach((marker) => claimed.add(inside(marker)));
  return sorted.filter((marker, index) => {
    if (inside(marker) >= 0) return false;
    const nextMarker = sorted[index + 1] ?? Number.POSITIVE_INFINITY;
    const next = rules.findIndex((rule) => rule.start > marker);
    const free = next >= 0 && !claimed.has(next) && (rules[next]?.start ?? 0) < nextMarker;
    if (free) claimed.add(next);
    return !free;
  });
}

/** Returns the dash groups plus a column for each tag that marks a column printed without dashes. */
function ruleAndMarkerColumns(rule: string, markers: readonly number[], bodyChunks: readonly Chunk[]): Column[] {
  const rules = ruleColumns(rule);
  const lastEnd = Math.max(0, ...bodyChunks.map((chunk) => chunk.end));
  const extra = unexplainedMarkers(markers, rules).map((start): Column => {
    const ends = [...rules.map((column) => column.start), ...markers].filter((edge) => edge > start);
    return { start, end: ends.length > 0 ? Math.min(...ends) : Math.max(start + 1, lastEnd), source: "marker" };
  });
  return [...rules, ...extra].sort((a, b) => a.start - b.start);
}

/** Merges ranges that overlap or sit closer than two spaces, the gap that separates printed columns. */
function mergeRanges(chunks: readonly Chunk[]): Column[] {
  const sorted = [...chunks].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const chunk of sorted) {
    const last = merged.at(-1);
    if (last && chunk.start - last.end < 2) last.end = Math.max(last.end, chunk.end);
    else merged.push({ start: chunk.start, end: chunk.end });
  }
  return merged.map((range) => ({ ...range, source: "text" as const }));
}

/**
 * Returns the index of the column a stray range belongs to: one that a body chunk reaching into the range
 * also reaches (an indented wrap of a label printed partly left of its dashes), or one right beside it.
 */
function findOwner(range: Column, base: readonly Column[], bodyChunks: readonly Chunk[]): number {
  const linked = bodyChunks
    .filter((chunk) => overlapLength(chunk, range) > 0)
    .flatMap((chunk) => base.flatMap((column, index) => (overlapLength(chunk, column) > 0 ? [index] : [])));
  if (linked.length > 0) return Math.min(...linked);
  return base.findIndex((column) => gapBetween(range, column) <= STRAY_DISTANCE);
}

function widen(column: Column, range: Column): Column {
  return { ...column, start: Math.min(column.start, range.start), end: Math.max(column.end, range.end) };
}

/** Returns the table's columns, left to right: dash groups, else tags, plus body text that lies outside them. */
export function buildColumns(evidence: ColumnEvidence): Column[] {
  const base =
    evidence.rule !== undefined
      ? ruleAndMarkerColumns(evidence.rule, evidence.markers, evidence.bodyChunks)
      : markerColumns(evidence.markers, evidence.bodyChunks);
  const strays = evidence.bodyChunks.filter((chunk) =>
    base.every((column) => overlapLength(chunk, column) === 0),
  );
  const columns = [...base];
  for (const range of mergeRanges(strays)) {
    const owner = findOwner(range, base, evidence.bodyChunks);
    const column = columns[owner];
    // Text outside every column that nothing ties to one, such as a label column printed without dashes,
    // is a column of its own.
    if (!column) columns.push(range);
    else columns[owner] = widen(column, range);
  }
  return columns.sort((a, b) => a.start - b.start);
}
