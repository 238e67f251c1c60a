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
