/** A block of a document as furniture detection sees it: a page break, or a block with its text. */
export type FurnitureBlock =
  | { readonly kind: "break" }
  | { readonly kind: "text"; readonly text: string; /** The type size, so a title page's name is not taken for a footer. */ readonly size: number }
  | { readonly kind: "other" };

// As the text path's page numbers: three digits at most, so a year standing alone ("2024") stays.
const PAGE_NUMBER = /^(?:page\s+)?(?:-\s*)?(?:\d{1,3}|[ivxlc]{1,7}|[A-Z]{1,2}-\d{1,3})(?:\s*-)?(?:\s+of\s+\d{1,3})?$/i;
// A page number printed at the start or end of a running footer ("52 ACME CORPORATION", "… A-3").
const EDGE_NUMBER = /^(?:[A-Z]{1,2}-)?\d{1,3}\s+|\s+(?:[A-Z]{1,2}-)?\d{1,3}$/gi;
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
  // Each running text's occurrences beside a break, with the page number each prints, if any.
  const groups = new Map<string, (string | undefined)[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== "text" || near[index]! > NEAR || !isShort(block.text)) return;
    const key = runningKey(block);
    groups.set(key, [...(groups.get(key) ?? []), pageNumberOf(block.text)]);
  });
  const running = new Set([...groups].filter(([, numbers]) => isRunning(numbers)).map(([key]) => key));
  blocks.forEach((block, index) => {
    if (block.kind !== "text") return;
    if (near[index] === 1 && PAGE_NUMBER.test(block.text.trim())) furniture.set(index, "page-number");
    else if (near[index]! <= NEAR && isShort(block.text) && running.has(runningKey(block))) furniture.set(index, "running-header");
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
 * What a running header or footer keeps from page to page: its words and type size, a page number at either
 * end left out ("52 ACME CORPORATION", "ACME CORPORATION A-1"), spaces inside a word set in pieces ("CAB O T")
 * not counted. A number inside the text ("PROPOSAL NO. 2") is part of it.
 */
function runningKey(block: { readonly text: string; readonly size: number }): string {
  return `${block.size} ${block.text.trim().replace(EDGE_NUMBER, "").toLowerCase().replace(/\s+/g, "")}`;
}

function pageNumberOf(text: string): string | undefined {
  return text.trim().match(EDGE_NUMBER)?.[0]?.trim();
}

/**
 * A text recurs as furniture at least three times beside page breaks; when it prints a page number, each
 * occurrence prints another one (a section's name repeated at the top of its pages prints none).
 */
function isRunning(numbers: readonly (string | undefined)[]): boolean {
  if (numbers.length < MIN_REPEATS) return false;
  const printed = numbers.filter((number): number is string => number !== undefined);
  return printed.length === 0 || new Set(printed).size === printed.length;
}
