import type { OutlineBlock } from "./outline.ts";
import type { DocumentPart } from "./submission.ts";
import type { SourceLine } from "./table/types.ts";
import { readFixedWidthText } from "./read-fixed-width.ts";
import { readHtmlDocument } from "./html/read-html-document.ts";

/** One document of a filing read for the outline, whatever its format. */
export interface PartReading {
  readonly blocks: readonly OutlineBlock[];
  /** The text a reader sees, line by line with source lines: what metadata is read from. */
  readonly readable: readonly SourceLine[];
  /** Source lines left out of the text (furniture, markup, binary data), with why. */
  readonly dropped: ReadonlyMap<number, string>;
  /** Inline XBRL facts (concept and text) the document tags; none for plain text. */
  readonly facts: readonly { readonly concept: string; readonly text: string }[];
}

/** Returns a document part read by the path its format calls for: fixed-width text, HTML, or nothing to read. */
export function readDocumentPart(part: DocumentPart): PartReading {
  switch (part.format) {
    case "text":
      return readTextPart(part.lines);
    case "html":
      return readHtmlDocument(part.lines);
    case "binary":
    case "xbrl":
    case "xml":
      // Images, archives and XBRL data are listed with the filing, never rendered as text.
      return { blocks: [], readable: [], dropped: new Map(part.lines.map((line) => [line.line, part.format])), facts: [] };
  }
}

function readTextPart(lines: readonly SourceLine[]): PartReading {
  const { blocks, dropped } = readFixedWidthText(lines);
  return { blocks, readable: lines, dropped, facts: [] };
}
