/** Words that open the wrapped remainder of a title or of a group label rather than a new name. */
const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  "former",
  "president",
  "chief",
  "executive",
  "vice",
  "senior",
  "officer",
  "director",
  "chairman",
  "secretary",
  "treasurer",
  "finance",
  "and",
  "of",
  "&",
]);

/** True when a word opens the wrapped rest of a title ("Chief", "Vice", "President"), not a new name. */
export function isTitleWord(word: string): boolean {
  return CONTINUATION_WORDS.has(word.replace(/[^A-Za-z&]/g, "").toLowerCase());
}

/** Where a row label was printed: its text and the column its first character sits in. */
export interface PrintedLabel {
  readonly text: string;
  readonly start: number;
}

/** Returns whether label text reads as the rest of a wrapped label (lowercase, a title word, a footnote mark). */
export function readsAsContinuation(text: string): boolean {
  const first = text.trimStart();
  if (/^[a-z(&]/.test(first)) return true;
  const word = (first.split(/\s+/)[0] ?? "").replace(/[^A-Za-z&]/g, "").toLowerCase();
  return CONTINUATION_WORDS.has(word);
}

/** Returns whether a label printed on a later line continues the record's label rather than starting a new one. */
export function continuesLabel(label: PrintedLabel, recordStart: number | undefined): boolean {
  // Filings indent the wrapped part of a name or title under the first line of the record.
  if (recordStart !== undefined && label.start > recordStart) return true;
  return readsAsContinuation(label.text);
}
