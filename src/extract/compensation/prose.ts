import type { Source } from "../../model/facts.ts";
import type { DocBlock, FilingDoc } from "../filing-doc.ts";
import { splitSentences } from "./sentences.ts";

/** A sentence of a filing's running text (paragraphs, lines, list items, table notes) with its source. */
export interface ProseSentence {
  /** The block the sentence is in. */
  readonly block: DocBlock;
  /** The sentence as the block prints it. */
  readonly text: string;
  /** The block's section and line, with the sentence as the quote. */
  readonly source: Source;
}

const PROSE_KINDS = new Set(["paragraph", "lines", "list-item", "note"]);

/** Returns every sentence of a filing's running text, in reading order. */
export function readProse(doc: FilingDoc): ProseSentence[] {
  return doc.blocks
    .filter((block) => PROSE_KINDS.has(block.kind))
    .flatMap((block) =>
      splitSentences(block.text).map((sentence) => ({
        block,
        text: sentence.text,
        source: { filing: doc.id, section: block.section, quote: sentence.text, line: block.line },
      })),
    );
}

/** Returns the heading text of each section that has one, by the section's anchor. */
export function headingsBySection(doc: FilingDoc): Map<string, string> {
  return new Map(doc.blocks.filter((block) => block.kind === "heading").map((block) => [block.section, block.text]));
}

/** Returns the sentence without a final stop, for a description cut from it. */
export function trimStop(text: string): string {
  return text.trim().replace(/[.;,:]+$/, "");
}
