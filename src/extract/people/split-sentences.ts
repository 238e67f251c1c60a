import { splitSentenceSpans, type SentenceSpan } from "../sentences.ts";

/** A sentence of a block, exactly as printed, with where it starts in the block's text. */
export type Sentence = SentenceSpan;

/** Returns the sentences of a block's text without a leading note mark ("(5) "), as people facts quote them. */
export function splitSentences(text: string): Sentence[] {
  return splitSentenceSpans(text, { dropLeadingMark: true });
}
