// The words a check groups statements by. Each entry is a topic and the word forms that mention it.
const TOPICS: readonly (readonly [string, RegExp])[] = [
  ["note", /\bnotes?\b(?!\s*:)/i],
  ["loan", /\bloan(?:s|ed)?\b|\blent\b/i],
  ["balance", /\bbalance\b|\bremaining\b/i],
  ["principal", /\bprincipal\b/i],
  ["outstanding", /\boutstanding\b/i],
  ["record", /\brecord\b/i],
  ["option", /\boptions?\b/i],
  ["terminate", /\bterminat(?:e|es|ed|ing|ion)\b|\bexpir(?:e|es|ed|ing|ation)\b/i],
  ["consulting", /\bconsult(?:ing|ant|ants|ancy)?\b/i],
  ["purchase", /\bpurchas(?:e|es|ed|ing)\b|\bacquir(?:e|es|ed|ing)\b|\bsells?\b|\bsold\b|\bbought\b|\bbuy\b/i],
  ["assume", /\bassum(?:e|es|ed|ing|ption)\b/i],
  ["installment", /\binstall?ments?\b/i],
  ["pay", /\bpa(?:y|ys|id|ying|yment|yments)\b/i],
  ["resign", /\bresign(?:s|ed|ing|ation)?\b/i],
  ["director", /\bdirectors?\b/i],
  ["officer", /\bofficers?\b|\bpositions?\b/i],
  ["committee", /\bcommittees?\b/i],
  ["term", /\bfor\s+(?:a\s+(?:period|term)\b|\S+\s+(?:months|years)\b)|\bterm\b/i],
];

/** Returns the topics of a fixed vocabulary a sentence mentions, in vocabulary order. */
export function findTopics(text: string): string[] {
  return TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
}
