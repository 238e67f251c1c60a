/** A sentence of a block's text and where it starts in that text. */
export interface Sentence {
  /** The sentence exactly as the block's text prints it, trimmed. */
  readonly text: string;
  /** Offset of the sentence in the text. */
  readonly start: number;
}

// Words whose period does not end a sentence ("Mr. Doe", "Acme, Inc. and", "Jul. 2003").
const ABBREVIATIONS = new Set(
  "mr mrs ms messrs dr jr sr st inc co corp ltd no nos ave blvd rd vs jan feb mar apr jun jul aug sep sept oct nov dec gov gen prof hon esq approx".split(" "),
);
const CANDIDATE_END = /[.!?]["”’')\]]*\s+/g;

/** Returns the sentences of a text: a stop followed by a space and a capital, digit, quote or parenthesis ends one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (!/^[A-Z0-9"“'(]/.test(text.slice(end, end + 1)) || !endsSentence(text.slice(start, match.index + 1))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

/** False when the stop belongs to an abbreviation or an initial ("Q." in "John Q. Doe"). */
function endsSentence(upToStop: string): boolean {
  const word = /(\S+)[.!?]$/.exec(upToStop)?.[1] ?? "";
  if (!upToStop.endsWith(".")) return true;
  const bare = word.replace(/^[("“']+/, "");
  if (/^[A-Za-z]$/.test(bare) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return false;
  return !ABBREVIATIONS.has(bare.toLowerCase());
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead });
}
