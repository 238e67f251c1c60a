import { gapBetween, overlapLength, type Chunk } from "./chunks.ts";
import type { Column } from "./columns.ts";

/** Returns the index of the column a chunk overlaps most, or of the nearest column when it overlaps none. */
export function pickColumn(chunk: Chunk, columns: readonly Column[]): number {
  let best = -1;
  let bestOverlap = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  columns.forEach((column, index) => {
    const overlap = overlapLength(chunk, column);
    const gap = gapBetween(chunk, column);
    if (overlap > bestOverlap || (bestOverlap === 0 && overlap === 0 && gap < bestGap)) {
      best = index;
      bestOverlap = overlap;
      bestGap = gap;
    }
  });
  if (best < 0) throw new Error(`expected at least one column for "${chunk.text}", not none`);
  return best;
}

/** Returns the words of a chunk (runs split by single spaces) with their positions. */
function splitWords(chunk: Chunk): Chunk[] {
  return [...chunk.text.matchAll(/\S+/g)].map((match) => ({
    start: chunk.start + match.index,
    end: chunk.start + match.index + match[0].length,
    text: match[0],
  }));
}

/**
 * Returns a chunk cut where it runs from one dash group into the next with a single space between
 * (`(27,390) (17,824)`). Only dash groups count, as tags and label text give no exact column edges; a word
 * over no dash group stays with its neighbours, so a label that only reaches toward a figure is never cut.
 */
export function splitStraddling(chunk: Chunk, columns: readonly Column[]): Chunk[] {
  const pieces: { column: number; words: Chunk[] }[] = [];
  for (const word of splitWords(chunk)) {
    const over = columns.findIndex((column) => column.source === "rule" && overlapLength(word, column) > 0);
    const last = pieces.at(-1);
    if (!last || (over >= 0 && last.column >= 0 && over !== last.column)) {
      pieces.push({ column: over, words: [word] });
      continue;
    }
    last.words.push(word);
    if (last.column < 0) last.column = over;
  }
  return pieces.map(({ words }) => {
    const start = words[0]?.start ?? chunk.start;
    const end = words.at(-1)?.end ?? chunk.end;
    return { start, end, text: chunk.text.slice(start - chunk.start, end - chunk.start) };
  });
}

/** Returns one cell per column for a line's chunks; chunks landing in the same column are joined by a space. */
export function assignCells(chunks: readonly Chunk[], columns: readonly Column[]): string[] {
  const cells = columns.map(() => "");
  for (const chunk of chunks) {
    const index = pickColumn(chunk, columns);
    cells[index] = joinText(cells[index] ?? "", chunk.text);
  }
  return cells;
}

/** Returns two pieces of cell text joined by one space, with printed whitespace runs collapsed. */
export function joinText(left: string, right: string): string {
  return `${left} ${right}`.replace(/\s+/g, " ").trim();
}
