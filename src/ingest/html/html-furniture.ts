/** A block of a document as furniture detection sees it: a page break, or a block with its text. */
export type FurnitureBlock =
  | { readonly kind: "break" }
  | { readonly kind: "text"; readonly text: string; /** The type size, so a title page's name is not taken for a footer. */ readonly size: number }
  | { readonly kind: "other" };

const PAGE_NUMBER = /^(?:page\s+)?(?:-\s*)?(?:\d{1,4}|[ivxlc]{1,7}|[A-Z]{1,2}-\d{1,3})(?:\s*-)?(?:\s+of\s+\d{1,4})?$/i;
// A running header or footer stands this close to a page break and recurs at least this often.
const NEAR = 2;
const MIN_REPEATS = 3;
const MAX_RUNNING_WORDS = 12;

/**
 * Returns the indexes of blocks that are page furniture, with why: a page number beside a page break (or
 * at either end of the document), and a short running header or footer that recurs beside page breaks
 * ("Executive Compensation (continued)", "52 ACME CORPORATION": digits may differ from page to page).
 */
export function findHtmlFurniture(blocks: readonly FurnitureBlock[]): Map<number, "page-number" | "running-header"> {
  const furniture = new Map<number, "page-number" | "running-header">();
  const near = blocks.map((_, index) => distanceToBreak(blocks, index));
  const counts = new Map<string, number>();
  blocks.forEach((block, index) => {
    if (block.kind !== "text" || near[index]! > NEAR || !isShort(block.text)) return;
    const key = runningKey(block);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  blocks.forEach((block, index) => {
    if (block.kind !== "text") return;
    if (near[index] === 1 && PAGE_NUMBER.test(block.text.trim())) furniture.set(index, "page-number");
    else if (near[index]! <= NEAR && isShort(block.text) && (counts.get(runningKey(block)) ?? 0) >= MIN_REPEATS) furniture.set(index, "running-header");
  });
  return furniture;
}

/** How many blocks away the nearest page break (or end of the document) is: 1 for a block right beside it. */
function distanceToBreak(blocks: readonly FurnitureBlock[], index: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const step of [-1, 1]) {
    let distance = 1;
    for (let at = index + step; ; at += step) {
      if (at < 0 || at >= blocks.length || blocks[at]!.kind === "break") {
        best = Math.min(best, distance);
        break;
      }
      distance += 1;
      if (distance > NEAR) break;
    }
  }
  return best;
}

/** A running header or footer is a few words, not a page number alone. */
function isShort(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_RUNNING_WORDS && /[A-Za-z]{2}/.test(text) && !PAGE_NUMBER.test(text.trim());
}

/**
 * What a running header or footer keeps from page to page: its words and type size. Page numbers ("52",
 * "A-1", "B-3") change, and spaces inside a word set in pieces ("CAB O T") do not count.
 */
function runningKey(block: { readonly text: string; readonly size: number }): string {
  return `${block.size} ${block.text.toLowerCase().replace(/\b[a-z]{1,2}-\d+\b/g, "#").replace(/\d+/g, "#").replace(/\s+/g, "")}`;
}
