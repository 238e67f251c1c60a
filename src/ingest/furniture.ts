import type { SourceLine } from "./table/types.ts";
import { isBlank } from "./source-lines.ts";

/** Why a line is page furniture rather than text of the filing. */
export type FurnitureKind = "page-marker" | "page-number";

const PAGE_MARKER = /^\s*<PAGE>/i;
const PAGE_NUMBER = /^(?:-\s*)?(?:\d{1,3}|[ivxlc]{1,6}|[A-Z]{1,2}-\d{1,3})(?:\s*-)?$|^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

/** Returns the page markers and lone page numbers of a document, by line number. */
export function findPageFurniture(lines: readonly SourceLine[]): Map<number, FurnitureKind> {
  const furniture = new Map<number, FurnitureKind>();
  lines.forEach((line, index) => {
    if (PAGE_MARKER.test(line.text)) furniture.set(line.line, "page-marker");
    else if (isPageNumber(lines, index)) furniture.set(line.line, "page-number");
  });
  return furniture;
}

/** True for a line holding only a short page number, set apart by blank lines or page markers. */
function isPageNumber(lines: readonly SourceLine[], index: number): boolean {
  const text = lines[index]!.text.trim();
  if (!PAGE_NUMBER.test(text)) return false;
  return isBreak(lines[index - 1]) && isBreak(lines[index + 1]);
}

function isBreak(line: SourceLine | undefined): boolean {
  return isBlank(line) || PAGE_MARKER.test(line!.text);
}
