/** A run of a filing's lines and how a reader of the filing sees its words. */
export interface EdgarSegment {
  /**
   * "envelope": EDGAR's SGML wrapper (PEM lines, `<SEC-HEADER>`, `<DOCUMENT>`, `<TYPE>`, `<TEXT>` lines);
   * "html": one HTML or inline-XBRL document; "text": a plain-text document;
   * "data": machine content (a uuencoded graphic, an XBRL schema or instance) that nobody reads as prose.
   */
  readonly kind: "envelope" | "html" | "text" | "data";
  /** The 1-based line of the file the segment starts on. */
  readonly firstLine: number;
  /** The segment's lines joined by "\n". */
  readonly text: string;
}

// The SGML envelope is line-based (EDGAR puts every tag on a line of its own), so lines are matched, not HTML.
const DOCUMENT_START = /^<DOCUMENT>\s*$/i;
const TEXT_START = /^<TEXT>\s*$/i;
const TEXT_END = /^<\/TEXT>\s*$/i;
const XBRL_START = /^<XBRL>\s*$/i;
const XBRL_END = /^<\/XBRL>\s*$/i;
const UUENCODE_BEGIN = /^begin [0-7]{3,4} \S/;
const HTML_OPENING = /^<(?:html|!doctype html|head|body)\b/i;
// A leading XML declaration or comment says nothing yet about what the document is.
const PREAMBLE = /^<(?:\?xml|!--)/i;
const XML_DECLARATION = /^<\?xml\b/i;

/** Returns a filing cut into its SGML envelope and its documents, each document sniffed as HTML, plain text or data. */
export function splitEdgarSegments(fileText: string): EdgarSegment[] {
  const lines = fileText.split("\n");
  if (!lines.some((line) => DOCUMENT_START.test(line))) return documentSegments(lines, 1);
  const segments: EdgarSegment[] = [];
  let index = 0;
  while (index < lines.length) {
    const start = lines.findIndex((line, at) => at >= index && TEXT_START.test(line));
    if (start < 0) {
      segments.push(...segment("envelope", lines.slice(index), index + 1));
      break;
    }
    const endFound = lines.findIndex((line, at) => at > start && TEXT_END.test(line));
    const end = endFound < 0 ? lines.length : endFound;
    segments.push(...segment("envelope", lines.slice(index, start + 1), index + 1));
    segments.push(...documentSegments(lines.slice(start + 1, end), start + 2));
    index = end;
  }
  return mergeEnvelopes(segments);
}

/** The segments of one document's text: an `<XBRL>` wrapper is envelope, its content HTML or data. */
function documentSegments(lines: readonly string[], firstLine: number): EdgarSegment[] {
  const first = lines.findIndex((line) => line.trim() !== "");
  const last = lines.findLastIndex((line) => line.trim() !== "");
  const wrapped = first >= 0 && first < last && XBRL_START.test(lines[first]!.trim()) && XBRL_END.test(lines[last]!.trim());
  if (!wrapped) return segment(sniff(lines, false), lines, firstLine);
  const inner = lines.slice(first + 1, last);
  return [
    ...segment("envelope", lines.slice(0, first + 1), firstLine),
    ...segment(sniff(inner, true), inner, firstLine + first + 1),
    ...segment("envelope", lines.slice(last), firstLine + last),
  ];
}

function sniff(lines: readonly string[], insideXbrl: boolean): EdgarSegment["kind"] {
  const opening = lines.map((line) => line.trim()).filter((line) => line !== "");
  const head = opening.find((line) => !PREAMBLE.test(line)) ?? "";
  if (HTML_OPENING.test(head)) return "html";
  if (insideXbrl || UUENCODE_BEGIN.test(head) || XML_DECLARATION.test(opening[0] ?? "")) return "data";
  return "text";
}

/** One segment of the lines, or none when there are no lines (so merged envelopes stay contiguous). */
function segment(kind: EdgarSegment["kind"], lines: readonly string[], firstLine: number): EdgarSegment[] {
  return lines.length ? [{ kind, firstLine, text: lines.join("\n") }] : [];
}

function mergeEnvelopes(segments: readonly EdgarSegment[]): EdgarSegment[] {
  const merged: EdgarSegment[] = [];
  for (const part of segments) {
    const previous = merged.at(-1);
    if (previous?.kind === "envelope" && part.kind === "envelope") merged[merged.length - 1] = { ...previous, text: `${previous.text}\n${part.text}` };
    else merged.push(part);
  }
  return merged;
}
