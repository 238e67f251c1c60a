import type { SourceLine } from "./table/types.ts";
import { detectDocumentFormat, findWrapperLines, type DocumentFormat } from "./document-format.ts";

/** One `<DOCUMENT>` of an EDGAR submission: its declared type and description, and its text lines. */
export interface DocumentPart {
  /** EDGAR document type, e.g. "8-K", "EX-10.1"; null for a plain single-document filing. */
  readonly type: string | null;
  readonly description: string | null;
  /** EDGAR sequence number of the document within its submission, or null when none is stated. */
  readonly sequence: number | null;
  /** The document's file name as filed (`<FILENAME>`), or null. */
  readonly filename: string | null;
  /** How the text is written, which decides how it is read: the one place text and HTML paths part. */
  readonly format: DocumentFormat;
  /** The lines of the document's text (inside `<TEXT>`), or the whole file for a plain filing. */
  readonly lines: readonly SourceLine[];
  /** Line numbers of the SGML tag lines that wrap this document (kept out of the text). */
  readonly markupLines: readonly number[];
  /** First and last line of the file the document takes, its `<DOCUMENT>` tags included. */
  readonly range: readonly [number, number];
}

/** An EDGAR submission split into its envelope (PEM and SEC header), its documents and header fields. */
export interface Submission {
  /** Envelope lines before the first document (PEM wrapper, provenance notes, SEC header); empty when none. */
  readonly envelope: readonly SourceLine[];
  /** Header fields by name, e.g. "COMPANY CONFORMED NAME", first value wins. */
  readonly fields: Readonly<Record<string, string>>;
  readonly documents: readonly DocumentPart[];
  /** Line numbers of envelope closing tags after the last document. */
  readonly trailerLines: readonly number[];
}

const TAG_LINE = /^<\/?(DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT)>/;

/**
 * Returns a document's text read for its format. The `<XBRL>`/`<PDF>` tag lines that wrap the text of a
 * modern submission's document (its first and last lines, so the lines left stay in one run) are set aside
 * as markup.
 */
function withFormat(fields: Omit<DocumentPart, "format" | "lines" | "markupLines">, text: readonly SourceLine[], markupLines: readonly number[]): DocumentPart {
  const wrappers = new Set(findWrapperLines(text));
  const pdf = text.some((line, index) => wrappers.has(index) && /<PDF>/i.test(line.text));
  const format = detectDocumentFormat(text, pdf);
  const lines = format === "text" ? text : withoutWrappers(text, wrappers);
  const wrapperLines = format === "text" ? [] : text.filter((_, index) => wrappers.has(index)).map((line) => line.line);
  return { ...fields, format, lines, markupLines: [...markupLines, ...wrapperLines].sort((a, b) => a - b) };
}

/** The lines inside the wrapper tags: those before an opening one and from a closing one on are left out, so the rest stay in one run. */
function withoutWrappers(text: readonly SourceLine[], wrappers: ReadonlySet<number>): readonly SourceLine[] {
  const indexes = [...wrappers];
  const opening = indexes.find((index) => !/<\//.test(text[index]!.text));
  const closing = indexes.find((index) => /<\//.test(text[index]!.text));
  return text.slice(opening === undefined ? 0 : opening + 1, closing === undefined ? text.length : closing);
}

/** Returns the submission structure of a filing; a plain text filing is one document with no envelope. */
export function parseSubmission(lines: readonly SourceLine[]): Submission {
  const firstDocument = lines.findIndex((l) => /^<DOCUMENT>\s*$/.test(l.text));
  if (firstDocument < 0) {
    const range = [lines[0]?.line ?? 1, lines.at(-1)?.line ?? 1] as const;
    const whole = withFormat({ type: null, description: null, sequence: null, filename: null, range }, lines, []);
    return { envelope: [], fields: {}, documents: [whole], trailerLines: [] };
  }
  const envelope = lines.slice(0, firstDocument);
  const documents: DocumentPart[] = [];
  let index = firstDocument;
  let trailerStart = lines.length;
  // One pass forward: a submission of thousands of documents is read in time proportional to its lines.
  while (index < lines.length) {
    let start = index;
    while (start < lines.length && !/^<DOCUMENT>\s*$/.test(lines[start]!.text)) start += 1;
    if (start >= lines.length) {
      trailerStart = index;
      break;
    }
    let end = start + 1;
    while (end < lines.length && !/^<\/DOCUMENT>\s*$/.test(lines[end]!.text)) end += 1;
    end = Math.min(end, lines.length - 1);
    documents.push(parseDocument(lines.slice(start, end + 1)));
    index = end + 1;
  }
  const trailerLines = lines.slice(trailerStart).map((l) => l.line);
  return { envelope, fields: parseHeaderFields(envelope), documents, trailerLines };
}

function parseDocument(block: readonly SourceLine[]): DocumentPart {
  const markupLines: number[] = [];
  let type: string | null = null;
  let description: string | null = null;
  let sequence: number | null = null;
  let filename: string | null = null;
  // The tag lines that open the document; its text starts after <TEXT>, or after them when it has none.
  let textStart = 0;
  while (textStart < block.length && TAG_LINE.test(block[textStart]!.text) && !/^<\/DOCUMENT>/.test(block[textStart]!.text)) {
    const { text, line } = block[textStart]!;
    markupLines.push(line);
    type ??= /^<TYPE>(.*)$/.exec(text)?.[1]?.trim() || null;
    description ??= /^<DESCRIPTION>(.*)$/.exec(text)?.[1]?.trim() || null;
    filename ??= /^<FILENAME>(.*)$/.exec(text)?.[1]?.trim() || null;
    const stated = /^<SEQUENCE>\s*(\d+)/.exec(text)?.[1];
    // EDGAR numbers documents from 1; a 0 states no sequence.
    if (stated !== undefined && Number(stated) > 0) sequence ??= Number(stated);
    textStart += 1;
    if (/^<TEXT>/.test(text)) break;
  }
  let textEnd = block.length;
  if (/^<\/DOCUMENT>\s*$/.test(block.at(-1)?.text ?? "")) textEnd -= 1;
  const close = block.findIndex((l, i) => i >= textStart && i < textEnd && /^<\/TEXT>\s*$/.test(l.text));
  if (close >= 0) textEnd = close;
  const tail = block.slice(textEnd).map((l) => l.line);
  const range = [block[0]!.line, block.at(-1)!.line] as const;
  return withFormat({ type, description, sequence, filename, range }, block.slice(textStart, textEnd), [...markupLines, ...tail]);
}

function parseHeaderFields(envelope: readonly SourceLine[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { text } of envelope) {
    const match = /^\s*([A-Z][A-Z0-9 .()/-]*[A-Z0-9)]):\s+(\S.*)$/.exec(text);
    if (match && fields[match[1]!] === undefined) fields[match[1]!] = match[2]!.trim();
  }
  return fields;
}
