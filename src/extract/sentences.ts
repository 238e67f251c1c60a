/** A sentence of a text block and where it starts in the block. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

// Words that end with a period without ending the sentence: titles, company suffixes, "No.", "Sec.", month
// abbreviations ("Oct. 2, 2002") and Latin abbreviations.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "messrs", "prof", "hon", "rev", "gen", "col", "capt", "lt", "jr", "sr", "st", "inc", "corp", "co", "ltd", "bros",
    "no", "nos", "sec", "secs", "ss", "art", "para", "vol", "p", "pp", "ch", "cl", "vs", "v", "etc", "cf", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "ste", "fl",
  ],
);

/** How to split: whether a leading note mark or enumerator ("(5) ", "1. ") is left out of the first sentence. */
export interface SplitOptions {
  readonly dropLeadingMark?: boolean;
}

const LEADING_MARK = /^(?:\(\w{1,3}\)|\d{1,2}\.)\s+/;

/** Returns the sentences of a text, each exactly as it reads there, without splitting after abbreviations, initials or enumerators. */
export function splitSentenceSpans(text: string, options: SplitOptions = {}): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  // A capital, a digit, a quote or a lettered item "(a) " after the stop opens the next sentence.
  for (const match of text.matchAll(/[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[$]?[A-Z0-9]|\([a-z]{1,4}\)\s)/g)) {
    const stop = match.index + match[0].trimEnd().length;
    if (!endsSentence(text.slice(start, stop), text.slice(match.index + match[0].length))) continue;
    push(sentences, text, start, stop, options);
    start = match.index + match[0].length;
  }
  push(sentences, text, start, text.length, options);
  return sentences;
}

/** Returns the sentences of a paragraph as text: "Mr.", "Inc.", "a.m.", initials and decimals do not end one. */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((sentence) => sentence.text);
}

// After a company suffix ("…Example, Inc. Prior to that he was…"), these words start a new sentence.
const STARTER = /^(?:He|She|It|They|We|Our|The|This|These|In|From|Since|Prior|During|On|As|Mr|Mrs|Ms|Dr)\b/;
const COMPANY_SUFFIX = new Set(["inc", "corp", "co", "ltd"]);

function endsSentence(candidate: string, next: string): boolean {
  const body = candidate.replace(/[.!?]["'\u201d\u2019)\]]*$/, "");
  if (!candidate.replace(/["'\u201d\u2019)\]]+$/, "").endsWith(".")) return true;
  const word = /[^\s(]*$/.exec(body)?.[0] ?? "";
  // Initials ("R. Luke"), dotted abbreviations ("U.S.", "a.m.", "P.O.") and listed abbreviations never end one.
  if (COMPANY_SUFFIX.has(word.toLowerCase()) && STARTER.test(next)) return true;
  if (/^[A-Za-z]$/.test(word) || /[A-Za-z]\.[A-Za-z]/.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A lone enumerator at the start of a block ("1.", "(a)", "IV.") belongs to the sentence it numbers.
  return !/^\(?(?:\d{1,3}|[ivxIVX]{1,4})\)?$/.test(body.trim());
}

function push(sentences: SentenceSpan[], text: string, from: number, to: number, options: SplitOptions): void {
  const raw = text.slice(from, to);
  const mark = options.dropLeadingMark ? (LEADING_MARK.exec(raw.trimStart())?.[0].length ?? 0) : 0;
  const lead = raw.length - raw.trimStart().length + mark;
  const trimmed = raw.slice(lead).trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead + (raw.slice(lead).length - raw.slice(lead).trimStart().length) });
}
