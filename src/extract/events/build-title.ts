import { MONTH_NAME } from "./calendar.ts";
import { TITLE_LIMIT, titleAfter, titleBefore } from "./clause-title.ts";
import { findDates } from "./find-dates.ts";
import { capitalize, hasVerb, INTRODUCTION, withoutAsides, withoutDanglingWord, withoutLeadIn, withoutLeadingJunk, wordCount } from "./title-words.ts";

// "…, and from 1984 through 1990, he was its Vice President": the date opens a clause of its own.
const OPENS_CLAUSE = /(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:from|since|in|on|during|between|beginning|commencing|effective|as of|after|until|by)\s*$/i;

const PARTIAL_DATE = new RegExp(`\\b${MONTH_NAME}\\.?\\s+\\d{1,2}\\b`, "i");
const TIME = /\b\d{1,2}:\d{2}\s*[ap]\.?m\.?/i;

/** Where a dated statement stands in its sentence, and what to fall back on when the sentence says nothing more. */
export interface TitleInput {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** End of the dated statement before this one in the sentence (0 for the first), so titles do not repeat it. */
  readonly from: number;
  /** Words the finding names itself by ("12-month agreement not to compete"), if any. */
  readonly subject: string | null;
  /** The heading or clause title of the section, for a sentence that is only a date. */
  readonly fallback: string;
}

/**
 * Returns a short title in the sentence's own words: the clause that leads up to the date with its lead-in words cut
 * ("the officer's employment terminated"), or, when the date opens the sentence, the main clause that follows it.
 */
export function buildTitle(input: TitleInput): string {
  const { sentence } = input;
  const rawBefore = sentence.slice(input.from, input.start);
  const before = withoutLeadIn(withoutLeadingJunk(withoutAsides(rawBefore)));
  const opensClause = /^\s*,/.test(sentence.slice(input.end)) && (OPENS_CLAUSE.test(rawBefore) || (INTRODUCTION.test(before) && !hasVerb(before)));
  let title = input.subject ?? "";
  if (!title && opensClause) title = hasVerb(titleAfter(sentence.slice(input.end))) ? titleAfter(sentence.slice(input.end)) : "";
  if (!title && wordCount(before) >= 2) title = titleBefore(rawBefore, sentence);
  if (wordCount(title) < 2) title = titleAfter(sentence.slice(input.end));
  // "…through the later of September 1, 2002 or the Closing Date": neither side is a clause, so the sentence's opening one.
  if (!input.subject && !hasVerb(title) && !/\b(?:dated|effective)$/.test(title)) {
    const opening = titleAfter(withoutAsides(sentence.slice(0, input.start), true));
    if (hasVerb(opening)) title = opening;
  }
  title = withoutDates(title);
  if (wordCount(title) === 0) title = withoutDates(before) || input.fallback;
  const time = TIME.exec(sentence.slice(Math.max(0, input.start - 40), input.end + 40));
  if (time && !title.includes(time[0])) title = `${shorten(title, TITLE_LIMIT - time[0].length - 3)} (${time[0]})`;
  return capitalize(shorten(title, TITLE_LIMIT));
}

// A title names the event; its dates are the event's fields ("…has been a director since 1994" loses "since 1994").
function withoutDates(title: string): string {
  const date = findDates(title).find((m) => m.kind !== "weak") ?? PARTIAL_DATE.exec(title) ?? undefined;
  if (!date) return title;
  return withoutLeadIn(title.slice(0, "start" in date ? date.start : date.index));
}

// Cuts a long title before its last preposition or at a word boundary, never inside a word.
function shorten(title: string, limit: number): string {
  if (title.length <= limit) return title;
  const cut = title.slice(0, limit + 1).replace(/\s+\S*$/, "");
  const preposition = [...`${cut} `.matchAll(/\s(?:at|in|on|for|with|from|by|to|under|pursuant|of|as|and|whereby|which)\s/g)].filter((m) => m.index >= 30).at(-1);
  return withoutDanglingWord(preposition ? cut.slice(0, preposition.index) : cut);
}
