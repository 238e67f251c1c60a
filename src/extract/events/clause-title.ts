import { AUXILIARY, hasVerb, INTRODUCTION, VERB_START, withoutAsides, withoutLeadIn, withoutLeadingJunk, wordCount } from "./title-words.ts";

/** How long a title may get. */
export const TITLE_LIMIT = 80;

// A document a date belongs to ("a letter from the auditors dated", "Seller's note … dated", "a written proxy effective").
const DOCUMENT =
  /(?:\b(?:a|an|the|this|such|its|his|her|their|each|(?:that\s+)?certain)\s+|(?:\bthe\s+)?\b[A-Z][\w.&-]*'s\s+)(?:(?:(?!(?:a|an|the|to|of|by|for|with|pursuant|in|and|or|among|between|under|from)\s)[\w-]+|(?:and|of|&)(?=\s+[A-Z]))\s+){0,6}(?:agreement|amendment|guaranty|guarantee|note|letter|report|form\s+[\w-]+|plan|lease|certificate|indenture|proxy|statement|contract|order|charter|notice|memorandum|resolution|opinion|release|debenture|warrant|consent|waiver|by-?laws|articles|merger)\b(?:\s+(?:of|from)\s+[A-Z][\w&.]*)?/gi;
// A named thing: a determiner and capitalised words, "of" and "and" between them ("the Annual Meeting of Shareholders of the Company").
const NAMED = /\b(?:the|a|an|this|such|its|his|her|their)\s+[A-Z0-9][\w.&'-]*(?:\s+(?:(?:of|and|&)\s+(?:the\s+)?)?[A-Z][\w.&'-]*)*/g;
const PREDICATE = new RegExp(`^\\s+(?:to be|${AUXILIARY}|[a-z]{3,}[^s\\W]s|[a-z]{3,}ed)\\b`);
const SUBJECT_END = new RegExp(`,|\\s(?=(?:${AUXILIARY}|(?:[a-z]+-)?[a-z]{2,}ed)\\b)`, "g");

// Commas and semicolons end clauses, except the comma of a company name ("Example, Inc.").
const CLAUSE_BREAK = /\s*[;:]\s+|,\s+(?!(?:Inc|Corp|Co|Ltd|L\.?L\.?C|LLP|L\.?P|N\.A|Jr|Sr|S\.A)\b)/;

/** Returns the title a date's preceding words give: the document it dates, else the clause that leads up to it. */
export function titleBefore(rawBefore: string, sentence: string): string {
  const before = withoutLeadIn(withoutLeadingJunk(withoutAsides(rawBefore)));
  if (/\b(?:dated|effective)(?:\s+as\s+of)?\s*$/i.test(rawBefore)) {
    const document = [...before.matchAll(DOCUMENT)].at(-1);
    if (document) return `${document[0]} ${/effective/i.test(rawBefore.slice(-20)) ? "effective" : "dated"}`;
  }
  const segments = before.split(CLAUSE_BREAK).map(withoutLeadingJunk).filter(Boolean);
  let index = segments.length - 1;
  while (index > 0 && !hasVerb(segments[index]!)) index -= 1;
  const clause = segments[index] ?? "";
  if (VERB_START.test(clause)) {
    const subject = subjectOf(sentence);
    if (subject && !clause.startsWith(subject)) return `${subject} ${clause}`;
    // "…the Noncompetition Agreement between the Company and the Consultant, entered into": the name before it.
    const previous = segments[index - 1] ?? "";
    const named = [...previous.matchAll(NAMED)][0]?.[0];
    if (named) return `${named} ${clause}`;
    if (previous && wordCount(clause) < 4) return `${previous} ${clause}`;
  }
  return clause.length > TITLE_LIMIT ? lastSubject(clause) : clause;
}

/** Returns the title a date's following words give when the date opens the sentence: the main clause after it. */
export function titleAfter(rawAfter: string): string {
  // "…and continuing as long as this Agreement is in effect, the Consultant…", "…and the date of this Agreement, Parent…"
  const after = withoutAsides(rawAfter).replace(/^\s*(?:(?:and\s+)?continuing\s+(?:as\s+long\s+as|until|through)[^,]*|and\s[^,]{0,60}(?=,))?,?\s*/i, "");
  const text = withoutLeadingJunk(after);
  const stop = /,\s|[;:]|\s(?:pursuant to|whereby|which|who|in order to|provided|so that|in accordance with|except)\b/g;
  for (const match of text.matchAll(stop)) {
    const head = text.slice(0, match.index);
    if (wordCount(head) >= 3 && hasVerb(head)) return withoutLeadIn(head);
  }
  return withoutLeadIn(text.replace(/[.!?]+$/, ""));
}

/** Returns the sentence's subject when it is short and plain ("Mr. X", "JOHN X. DOE" in a biography), skipping an opening phrase. */
function subjectOf(sentence: string): string | undefined {
  let opening = withoutLeadingJunk(withoutAsides(sentence));
  if (INTRODUCTION.test(opening)) opening = opening.includes(", ") ? opening.slice(opening.indexOf(", ") + 2) : "";
  // "The related note bears…": a lone determiner is no subject, so look past "related" to "bears".
  const end = [...opening.matchAll(SUBJECT_END)].find((m) => m[0] === "," || wordCount(opening.slice(0, m.index)) >= 2);
  const subject = end ? opening.slice(0, end.index).trim() : "";
  return subject && wordCount(subject) <= 6 && !INTRODUCTION.test(subject) && /^[A-Z]/.test(subject) ? subject : undefined;
}

// "…solicitation … of proxies for use at the Annual Meeting of Shareholders to be held": the last named thing that a
// verb follows, which is what the date is about.
function lastSubject(clause: string): string {
  for (const named of [...clause.matchAll(NAMED)].reverse()) {
    const suffix = clause.slice(named.index);
    if (named[0].endsWith("'s")) continue; // "the Seller's obligations": a possessive is no subject of its own
    if (PREDICATE.test(clause.slice(named.index + named[0].length)) && suffix.length <= TITLE_LIMIT) return suffix;
  }
  return clause;
}
