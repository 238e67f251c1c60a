/** A sentence of a block, exactly as printed, with where it starts in the block's text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr messrs st jr sr inc co corp ltd no nos vs esq bros ave blvd dept approx fig sec ss " +
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e a.m p.m l.p n.a")
    .split(" "),
);

const BOUNDARY = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])/g;
/** A leading enumeration or note mark, "(5) " or "1. ", which is not part of the sentence. */
const LEADING_MARK = /^(?:\(\w{1,3}\)|\d{1,2}\.)\s+/;

/** Returns the sentences of a block's text; initials ("S.") and abbreviations ("Inc.") do not end one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    if (!endsSentence(text.slice(start, match.index + 1))) continue;
    push(sentences, text, start, end);
    start = match.index + match[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function endsSentence(piece: string): boolean {
  if (!piece.endsWith(".")) return true;
  const word = /([A-Za-z.]+)\.$/.exec(piece)?.[1] ?? "";
  if (/^[A-Z]$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const mark = LEADING_MARK.exec(raw)?.[0].length ?? 0;
  const trimmed = raw.slice(mark).trim();
  if (trimmed) sentences.push({ text: trimmed, start: start + mark + (raw.slice(mark).length - raw.slice(mark).trimStart().length) });
}
