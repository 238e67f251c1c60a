// One sentence splitter serves every extractor; this name is kept for the compensation modules.
export { splitSentenceSpans as splitSentences, type SentenceSpan as Sentence } from "../sentences.ts";
