// Word lists and small text helpers for building event titles from a sentence's own words.

/** Words that lead into a date ("on", "as of", "effective", "no later than") and mean nothing once the date is cut off. */
const LEAD_IN = new Set(
  ("on or and as of at in by from since during until till through thru before after prior to effective commencing beginning " +
    "starting continuing upon the a an for with between about around than later no not within early mid late period " +
    "monday tuesday wednesday thursday friday saturday sunday")
    .split(" "),
);
const LEADING_JUNK =
  /^(?:[\s,;:.)\]–—-]+|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+|(?:WHEREAS|NOW,? THEREFORE|IN WITNESS WHEREOF|PROVIDED,? HOWEVER)\b,?\s*|(?:and|or|but|except that|provided that|provided|which|whereby|so that|such that|while|also|with(?=\s+(?:the|such|a|an)\s))\s+)/i;
/** Auxiliaries and common verbs in the past or present tense that have no regular ending. */
export const AUXILIARY = "is|are|was|were|be|been|has|have|had|will|shall|may|would|can|could|must|did|does|became|becomes|become|began|held|paid|met|made|took|left|bears|expires|serves";
// Participles that state an event ("options terminating upon…", "retiring in 1996"); other "-ing" words are mostly nouns.
const EVENT_PARTICIPLE = "terminating|expiring|retiring|ending|commencing|continuing|totaling|totalling|maturing|joining";
const VERB = new RegExp(`^(?:${AUXILIARY}|${EVENT_PARTICIPLE})$`);
// After these words an "-ed" word is an adjective ("the related note", "of integrated solutions"), not a verb.
const BEFORE_ADJECTIVE = new Set("a an the of and or for in with to by its his her their this such any each all no".split(" "));
/** Matches a clause that opens with its verb, so it needs a subject: "was appointed…", "co-founded…", "retiring". */
export const VERB_START = new RegExp(`^(?:${AUXILIARY}|${EVENT_PARTICIPLE}|(?:[a-z]+-)?[a-z]{2,}ed)\\b`);
/** Words that open an introductory phrase rather than a subject ("In addition, …", "Prior to joining …, Mr. X …"). */
export const INTRODUCTION = /^(?:in|on|as|at|during|for|if|while|when|after|before|since|upon|under|pursuant|prior|effective|beginning|commencing|following|by|to|from|with|notwithstanding|subject|except)\b/i;

/**
 * Returns the text without parenthetical asides or doubled spaces. Text that ends inside an aside ("…(based on a")
 * gives the aside's words, or with `outside`, the words before the aside.
 */
export function withoutAsides(text: string, outside = false): string {
  let result = text;
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(/\s*\([^()]*\)/g, "");
  }
  const open = result.lastIndexOf("(");
  if (open >= 0) result = outside ? result.slice(0, open) : result.slice(open + 1);
  return result.replace(/\s+/g, " ").replace(/\s+([,;:.])/g, "$1").trim();
}

/** Returns the text without the words that led into a cut-off date, a time of day, or trailing punctuation. */
export function withoutLeadIn(text: string): string {
  let result = text.replace(/\b\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:,?\s*local time)?/gi, "").trim();
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(/[\s,;:"'\u201c]+$/, "");
    const last = /(?:^|\s)([A-Za-z]+)$/.exec(result);
    if (last && LEAD_IN.has(last[1]!.toLowerCase())) result = result.slice(0, last.index);
  }
  return result.trim();
}

/** Returns the text without enumerators, recitals ("WHEREAS,") and joining words at its start. */
export function withoutLeadingJunk(text: string): string {
  let result = text.trim();
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(LEADING_JUNK, "").trim();
  }
  return result;
}

/**
 * True when the text has a word that reads as a verb: an auxiliary, a word ending in "-ed", an event participle, or a
 * present-tense verb with its object ("prohibits him", "receives the").
 */
export function hasVerb(text: string): boolean {
  const lower = text.toLowerCase();
  const words = lower.match(/[a-z]+/g) ?? [];
  const isVerb = (word: string, index: number) => VERB.test(word) || (/^[a-z]{3,}ed$/.test(word) && !BEFORE_ADJECTIVE.has(words[index - 1] ?? ""));
  return words.some(isVerb) || /\b[a-z]{3,}[^s\W]s\s+(?:him|her|them|it|the|a|an|its|his|their)\b/.test(lower) ||
    /\b(?:the|a|an|this|such|its|his|her|their)\s+[A-Z][\w'.&-]*\s+[a-z]{3,}[^s\W]s\b/.test(text);
}

/** Returns a cut-off title without a dangling article, preposition or conjunction at its end. */
export function withoutDanglingWord(text: string): string {
  return text.replace(/(?:[\s,;:]+|\s+(?:a|an|the|of|and|or|to|in|on|at|for|by|with|as|from))+$/i, "").trim();
}

/** Counts the words of a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Returns the text with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
