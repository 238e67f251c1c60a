// One sentence splitter serves every extractor; this name is kept for the event modules.
export { splitSentenceSpans as splitSentences, type SentenceSpan } from "../sentences.ts";
