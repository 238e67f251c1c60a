import type { SourceLine } from "./table/types.ts";

/** One `<DOCUMENT>` of an EDGAR submission: its declared type and description, and its text lines. */
export interface DocumentPart {
  /** EDGAR document type, e.g. "8-K", "EX-10.1"; null for a plain single-document filing. */
  readonly type: string | null;
  readonly description: string | null;
  /** The lines of the document's text (inside `<TEXT>`), or the whole file for a plain filing. */
  readonly lines: readonly SourceLine[];
  /** Line numbers of the SGML tag lines that wrap this document (kept out of the text). */
  readonly markupLines: readonly number[];
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

/** Returns the submission structure of a filing; a plain text filing is one document with no envelope. */
export function parseSubmission(lines: readonly SourceLine[]): Submission {
  const firstDocument = lines.findIndex((l) => /^<DOCUMENT>\s*$/.test(l.text));
  if (firstDocument < 0) {
    return { envelope: [], fields: {}, documents: [{ type: null, description: null, lines, markupLines: [] }], trailerLines: [] };
  }
  const envelope = lines.slice(0, firstDocument);
  const documents: DocumentPart[] = [];
  let index = firstDocument;
  let trailerStart = lines.length;
  while (index < lines.length) {
    const start = lines.findIndex((l, i) => i >= index && /^<DOCUMENT>\s*$/.test(l.text));
    if (start < 0) {
      trailerStart = index;
      break;
    }
    const endFound = lines.findIndex((l, i) => i > start && /^<\/DOCUMENT>\s*$/.test(l.text));
    const end = endFound < 0 ? lines.length - 1 : endFound;
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
  let textStart = block.length;
  let textEnd = block.length;
  for (let i = 0; i < block.length; i += 1) {
    const { text, line } = block[i]!;
    if (i < textStart && TAG_LINE.test(text)) {
      markupLines.push(line);
      type ??= /^<TYPE>(.*)$/.exec(text)?.[1]?.trim() || null;
      description ??= /^<DESCRIPTION>(.*)$/.exec(text)?.[1]?.trim() || null;
      if (/^<TEXT>/.test(text)) textStart = i + 1;
    } else if (i >= textStart && /^<\/TEXT>\s*$/.test(text)) {
      textEnd = i;
      break;
    }
  }
  if (textStart === block.length) textStart = Math.min(block.length, markupLines.length);
  const tail = block.slice(textEnd).map((l) => l.line);
  return { type, description, lines: block.slice(textStart, textEnd), markupLines: [...markupLines, ...tail] };
}

function parseHeaderFields(envelope: readonly SourceLine[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { text } of envelope) {
    const match = /^\s*([A-Z][A-Z0-9 .()/-]*[A-Z0-9)]):\s+(\S.*)$/.exec(text);
    if (match && fields[match[1]!] === undefined) fields[match[1]!] = match[2]!.trim();
  }
  return fields;
}
