import { splitEdgarSegments, type EdgarSegment } from "./edgar-segments.ts";
import { parseHtmlBlocks } from "./html-blocks.ts";
import { findPageFurniture } from "./page-furniture.ts";
import { sourceWords, type SourceWord } from "./word-alignment.ts";

/**
 * Returns the words a browser shows for an HTML (or inline XBRL) filing, in document order, each with the line it
 * starts on; page numbers, running headers and footers, bullet glyphs, typed rules and the EDGAR envelope are optional. Plain-text documents
 * of a submission are read as sourceWords reads them.
 */
export function htmlSourceWords(fileText: string): SourceWord[] {
  return splitEdgarSegments(fileText).flatMap(segmentWords);
}

function segmentWords(segment: EdgarSegment): SourceWord[] {
  if (segment.kind === "html") return htmlDocumentWords(segment);
  const shifted = sourceWords(segment.text).map((word) => ({ ...word, line: word.line + segment.firstLine - 1 }));
  // The envelope and machine content (a uuencoded graphic, an XBRL schema) may be kept, shown as code, or left out.
  return segment.kind === "text" ? shifted : shifted.map((word) => ({ ...word, optional: true }));
}

// A bullet glyph opening a block (a list's label cell, or "•&nbsp;&nbsp;Text") may become a list marker, as a
// bullet opening a line of plain text may. Dashes are left out: in a table cell a dash means "none".
const BULLET = /^[\u2022\u00b7\u25aa\u25a0\u25cf\u25cb\u25e6\u25c6\u2666\u25ba\u27a2\uf0b7\uf0a7\uf076\uf0d8o]$/;
// A rule typed as text ("--------" under a <pre> table's headings, "====" under its totals), as sourceWords has it.
const RULE = /^[=_-]{3,}$/;

function htmlDocumentWords(segment: EdgarSegment): SourceWord[] {
  const items = parseHtmlBlocks(segment.text, segment.firstLine);
  const furniture = findPageFurniture(items);
  return items.flatMap((item, index) =>
    item.kind === "block" ? item.words.map((word, position) => ({ ...word, optional: word.optional === true || furniture.has(index) || RULE.test(word.word) || (position === 0 && BULLET.test(word.word)) })) : [],
  );
}
