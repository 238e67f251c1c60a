import type { SourceLine } from "./table/types.ts";

/**
 * How a document's text is written: plain (fixed-width) text, HTML (including inline XBRL), or content
 * that is not read as text at all: uuencoded or base64 binaries, XBRL data (instances, schemas, linkbases)
 * and other XML data.
 */
export type DocumentFormat = "text" | "html" | "binary" | "xbrl" | "xml";

// Modern submissions wrap XBRL documents (inline ones included) in these tag lines inside <TEXT>.
const WRAPPER_LINE = /^\s*<\/?(?:XBRL|XML|PDF|JSON)>\s*$/i;
const UUENCODE_BEGIN = /^begin [0-7]{3,4} \S/;
const HTML_START = /<(?:!doctype\s+html|html|body|head)[\s>]/i;
const HTML_ELEMENT = /<(?:p|div|font|table|center|br|b|h[1-6])[\s>/]/gi;
const XBRL_DATA = /<(?:[\w-]+:)?(?:schema|linkbase|xbrl)[\s>]/i;

/** Returns the line indexes of XBRL/PDF wrapper tag lines at the edges of a document's text (its first and last printed lines). */
export function findWrapperLines(lines: readonly SourceLine[]): number[] {
  const printed = lines.flatMap((line, index) => (line.text.trim() !== "" ? [index] : []));
  const edges = [printed[0], printed.at(-1)].filter((index): index is number => index !== undefined);
  return [...new Set(edges)].filter((index) => WRAPPER_LINE.test(lines[index]!.text)).sort((a, b) => a - b);
}

/** Returns how a document's text is written, judged from its opening lines. */
export function detectDocumentFormat(lines: readonly SourceLine[], pdfWrapped = false): DocumentFormat {
  if (pdfWrapped) return "binary";
  const opening = lines
    .filter((line) => line.text.trim() !== "" && !WRAPPER_LINE.test(line.text))
    .slice(0, 40)
    .map((line) => line.text);
  const first = opening[0] ?? "";
  if (UUENCODE_BEGIN.test(first)) return "binary";
  const head = opening.join("\n");
  if (HTML_START.test(head)) return "html";
  // An XML declaration opens inline XBRL (XHTML), XBRL data, or other data such as a Form 4's ownership document.
  if (/^\s*<\?xml/i.test(first)) return /<html[\s>]/i.test(head) ? "html" : XBRL_DATA.test(head) ? "xbrl" : "xml";
  // An HTML fragment with no <html> element still opens with markup such as <P> or <DIV style=…>.
  const marked = opening.slice(0, 10).join("\n").match(HTML_ELEMENT)?.length ?? 0;
  return marked >= 2 && /^\s*</.test(first) && !/^\s*<(?:PAGE|TABLE|CAPTION|S|C|FN)>/i.test(first) ? "html" : "text";
}
