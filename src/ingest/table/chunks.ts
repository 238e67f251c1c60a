/** A run of printed text on one line, split from its neighbours by two or more spaces; `end` is exclusive. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Returns the text runs of a line, split on gaps of two or more spaces (a single space joins words). */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const match of text.matchAll(/\S+(?: \S+)*/g)) {
    chunks.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return chunks;
}

/**
 * Returns the text runs of a body line without the underlines drawn under figures (`------` below a
 * subtotal); runs of three dashes or fewer stay, since filings print `-`, `--` or `---` for "none".
 */
export function splitBodyChunks(text: string): Chunk[] {
  return splitChunks(text).filter(
    (chunk) => !(isUnderlineChunk(chunk) && chunk.text.replace(/ /g, "").length > 3),
  );
}

/** Returns how many character positions two half-open ranges share. */
export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Returns the number of blank positions between two half-open ranges (0 when they touch or overlap). */
export function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** Returns whether a chunk is an underline drawn inside a header line (dashes only, at least three). */
export function isUnderlineChunk(chunk: Chunk): boolean {
  return /^[-=_]+(?: [-=_]+)*$/.test(chunk.text) && /[-=_]{3}/.test(chunk.text);
}
