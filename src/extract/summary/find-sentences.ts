import type { Source } from "../../model/facts.ts";
import type { DocBlock, FilingDoc } from "../filing-doc.ts";
import { splitSentences } from "../sentences.ts";

/** A sentence of a filing with the block it stands in. */
export interface FoundSentence {
  readonly text: string;
  readonly block: DocBlock;
}

/** Returns every sentence of the filing's prose, in reading order. */
export function allSentences(doc: FilingDoc): FoundSentence[] {
  return doc.blocks
    .filter((block) => block.kind === "paragraph" || block.kind === "list-item" || block.kind === "note")
    .flatMap((block) => splitSentences(block.text).map((text) => ({ text, block })));
}

/** Returns the first sentence matching the pattern, if any. */
export function findSentence(sentences: readonly FoundSentence[], pattern: RegExp): FoundSentence | undefined {
  return sentences.find((sentence) => pattern.test(sentence.text));
}

/** Returns the source of a sentence of the filing. */
export function sourceOf(doc: FilingDoc, sentence: FoundSentence): Source {
  return { filing: doc.id, section: sentence.block.section, quote: sentence.text, line: sentence.block.line };
}
