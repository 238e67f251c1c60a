const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Messrs|Inc|Corp|Co|Ltd|No|Nos|St|Jr|Sr|Sec|ss|vs|etc|U\.S|a\.m|p\.m|i\.e|e\.g|[A-Z])$/;

/** Returns the sentences of a paragraph, not splitting after "Mr.", "Inc.", "a.m.", initials or decimals. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["')\]]*\s+(?=["'(]?[A-Z0-9$])/g)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATION.test(candidate.replace(/[.!?]["')\]]*$/, ""))) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
