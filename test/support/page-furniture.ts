import type { HtmlItem } from "./html-blocks.ts";

// Deliberately written apart from ingest's own furniture rules, so the test does not trust them.
// "7", "- 7 -", "Page 7", "Page 7 of 20", "ii", "A-3": the whole text of a block.
const PAGE_NUMBER = /^(?:page\s+)?(?:[-\u2013\u2014]\s*)?(?:\d{1,3}|[ivxlc]{1,7}|[a-z]{1,2}-\d{1,3})(?:\s*[-\u2013\u2014])?(?:\s+of\s+\d{1,3})?$/i;
const RUNNING_MAX_WORDS = 12;
const RUNNING_MIN_REPEATS = 3;
// How many non-blank blocks from a page break a running header or footer may stand, page numbers not counted.
const RUNNING_REACH = 2;

/** Returns the indexes (into items) of the blocks that are page furniture: page numbers and running headers or footers. */
export function findPageFurniture(items: readonly HtmlItem[]): Set<number> {
  const furniture = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind === "block" && isPageNumber(item.text) && (items[index - 1]?.kind !== "block" || items[index + 1]?.kind !== "block")) furniture.add(index);
  });
  const nearBreak = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.kind !== "block" || furniture.has(index) || item.words.length > RUNNING_MAX_WORDS) return;
    if (!isNearBreak(items, index, furniture)) return;
    const key = runningKey(item.text);
    nearBreak.set(key, [...(nearBreak.get(key) ?? []), index]);
  });
  for (const indexes of nearBreak.values()) if (indexes.length >= RUNNING_MIN_REPEATS) indexes.forEach((index) => furniture.add(index));
  return furniture;
}

/** True when a block's whole text is a short page number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * The text by which repeats of a running header or footer are known: without a page number set apart at its start
 * or end ("7  ACME CORP." and "ACME CORP.  8" alternate on facing pages), and without spaces, since some
 * converters break a word with markup the browser shows as a space ("AC ME CORP." on one page only).
 */
function runningKey(text: string): string {
  const parts = text.split(/ {2,}/);
  if (parts.length > 1 && isPageNumber(parts[0]!)) parts.shift();
  else if (parts.length > 1 && isPageNumber(parts.at(-1)!)) parts.pop();
  return parts.join("").replace(/\s+/g, "");
}

/** True when the block is one of the RUNNING_REACH non-blank blocks (page numbers aside) nearest a page break, before or after it. */
function isNearBreak(items: readonly HtmlItem[], index: number, pageNumbers: ReadonlySet<number>): boolean {
  return [-1, 1].some((step) => {
    let reached = 1;
    for (let at = index + step; at >= 0 && at < items.length; at += step) {
      if (items[at]!.kind === "break") return true;
      if (pageNumbers.has(at)) continue;
      reached += 1;
      if (reached > RUNNING_REACH) return false;
    }
    return true;
  });
}
