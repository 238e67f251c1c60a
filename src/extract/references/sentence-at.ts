import { collapseSpaces } from "../filing-doc.ts";
import { splitSentenceSpans } from "../sentences.ts";

/** A sentence of a text: where it starts and ends, and its words with spaces collapsed, as a quote. */
export interface QuotedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Returns the sentences of a text with their offsets, so a mention can be quoted with its sentence. */
export function quoteSentences(text: string): QuotedSentence[] {
  return splitSentenceSpans(text).map((s) => ({ start: s.start, end: s.start + s.text.length, text: collapseSpaces(s.text) }));
}

/** Returns the sentence holding the character at an offset; the whole text when no sentence does. */
export function sentenceAt(sentences: readonly QuotedSentence[], text: string, offset: number): QuotedSentence {
  return sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: 0, end: text.length, text: collapseSpaces(text) };
}
