import { isUnderlineChunk, splitChunks, type Chunk } from "./chunks.ts";
import type { TableLine } from "./table-lines.ts";

/** A run of header text, with the header line (counted from the top) it was printed on. */
export interface Placed {
  readonly row: number;
  readonly chunk: Chunk;
  /** Whether it is the only text on its line. */
  readonly alone: boolean;
}

/** The words and the underlines of a table's header. */
export interface HeaderFragments {
  readonly words: readonly Placed[];
  /** Dash runs under group headers, whether they fill a line of their own or share it with words. */
  readonly underlines: readonly Placed[];
  /** The first header line printing two or more runs of words: titles sit above it. */
  readonly firstMultiRow: number;
}

function ruleChunks(text: string): Chunk[] {
  return [...text.matchAll(/[-=_]+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Returns the header's word runs and underlines in reading order. */
export function collectHeaderFragments(lines: readonly TableLine[]): HeaderFragments {
  const words: Placed[] = [];
  const underlines: Placed[] = [];
  let firstMultiRow = Number.POSITIVE_INFINITY;
  lines.forEach((line, row) => {
    const chunks = line.kind === "rule" ? ruleChunks(line.text) : splitChunks(line.text);
    const texts = chunks.filter((chunk) => line.kind !== "rule" && !isUnderlineChunk(chunk));
    chunks
      .filter((chunk) => !texts.includes(chunk))
      .forEach((chunk) => underlines.push({ row, chunk, alone: false }));
    texts.forEach((chunk) => words.push({ row, chunk, alone: texts.length === 1 }));
    if (texts.length > 1) firstMultiRow = Math.min(firstMultiRow, row);
  });
  return { words, underlines, firstMultiRow };
}
