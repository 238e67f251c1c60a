import { precisionOf, shiftDate, type DateUnit } from "./calendar.ts";
import { findDates } from "./find-dates.ts";
import { COUNT, parseCount } from "./numbers.ts";
import type { DateMention, Finding, SentenceContext } from "./types.ts";

// "for 24 months", "for a period of two years"; "a 12-month agreement", "a one-year Noncompetition Agreement".
const FOR_DURATION = new RegExp(`\\bfor\\s+(?:a\\s+(?:period|term)\\s+of\\s+)?(${COUNT})\\s+(years?|months?)\\b`, "gi");
// An adjective length counts only for an agreement, term or covenant: "a five year plan" is no period of time.
const ADJECTIVE_DURATION = new RegExp(
  `\\b(?:a|an)\\s+((${COUNT})[- ](year|month))(?=\\s+(?:[\\w-]+\\s+){0,3}?(?:agreements?|term|period|contracts?|lease|engagement|covenants?|extension|employment|arrangement|restrictions?|non-?compet\\w*)\\b)`,
  "gi",
);
const COUNTED_FROM = /^\s*(?:[\w-]+\s+){0,2}?(?:from|after|following|commencing|beginning|starting)\s+/i;
const ENDS_BEFORE = /(?:\b(?:through|thru|until|till|to|by|before|ending|ended|terminating|expiring)\s+(?:on\s+)?|[-–]\s*)$/i;
const CONDITIONAL = /\b(?:if|unless|in the event|would|should|may|might)\b/i;
// "In connection with his resignation, Mr. X entered into a one-year Noncompetition Agreement": the resignation's date.
const NAMED_EVENT = /\b(?:in connection with|concurrent(?:ly)? with|upon|following|after)\s+((?:his|her|its|their|the|such)\s+([a-z]{4,}))/i;

interface Anchor {
  readonly date: string;
  readonly how: string;
}

/**
 * Returns the periods a sentence states as a length ("for 24 months", "a 12-month agreement"), counted from the date the
 * sentence states, the date of the sentence before it, or the date the section gave the event it names; none when no
 * such date is stated, since a start date is never guessed.
 */
export function findDurations(text: string, mentions: readonly DateMention[], context: SentenceContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of [...text.matchAll(FOR_DURATION), ...text.matchAll(ADJECTIVE_DURATION)]) {
    const isAdjective = !/^for\b/i.test(match[0]);
    const amount = parseCount(isAdjective ? match[2]! : match[1]!);
    const unit = (isAdjective ? match[3]! : match[2]!).toLowerCase().replace(/s$/, "") as DateUnit;
    const start = match.index;
    const end = start + match[0].length;
    const anchor = amount === undefined ? undefined : anchorOf(text, end, mentions, context, unit);
    const endDate = anchor && amount !== undefined ? shiftDate(anchor.date, amount, unit) : undefined;
    if (!anchor || !endDate) continue;
    const length = `${isAdjective ? match[2] : match[1]} ${unit}${amount === 1 ? "" : "s"}`;
    findings.push({
      start,
      end,
      date: anchor.date,
      precision: precisionOf(anchor.date),
      endDate,
      incomplete: false,
      derived: `${length} from ${anchor.date} (${anchor.how})`,
      recurrence: null,
      subject: isAdjective ? subjectAfter(text, start + match[0].indexOf(match[1]!)) : null,
    });
  }
  return findings;
}

function anchorOf(text: string, end: number, mentions: readonly DateMention[], context: SentenceContext, unit: DateUnit): Anchor | undefined {
  const counted = COUNTED_FROM.exec(text.slice(end));
  if (counted) {
    // The sentence names what the length counts from; use it only when that is a date it states.
    const from = mentions.find((m) => m.start === end + counted[0].length && m.kind !== "weak");
    return from ? { date: from.date, how: describe(from, "the date the sentence counts from") } : undefined;
  }
  const usable = (m: DateMention) => (m.kind === "explicit" || m.kind === "anchor") && (m.precision === "day" || (m.precision === "month" && unit !== "day"));
  const stated = mentions.filter((m) => m.start < end && usable(m) && !ENDS_BEFORE.test(text.slice(0, m.start))).at(-1);
  if (stated) return { date: stated.date, how: describe(stated, "the date the sentence states") };
  if (CONDITIONAL.test(text)) return undefined;
  const previous = context.previous === null ? undefined : onlyDay(context.previous);
  if (previous) return { date: previous.date, how: describe(previous, "the date of the preceding sentence") };
  return namedEvent(text, context.earlier);
}

function namedEvent(text: string, earlier: readonly string[]): Anchor | undefined {
  const named = NAMED_EVENT.exec(text);
  if (!named) return undefined;
  const stem = named[2]!.toLowerCase().replace(/(?:ation|ment|ing|ion|al|s)$/, "");
  for (const sentence of [...earlier].reverse()) {
    const day = sentence.toLowerCase().includes(stem) ? onlyDay(sentence) : undefined;
    if (day) return { date: day.date, how: describe(day, `the date this section gives for ${named[1]}`) };
  }
  return undefined;
}

// "the date of this Agreement" says what it is; a printed date gets the reason it was chosen.
function describe(mention: DateMention, reason: string): string {
  return mention.kind === "anchor" ? mention.phrase : `${reason}, ${mention.phrase}`;
}

function onlyDay(sentence: string): DateMention | undefined {
  const days = findDates(sentence).filter((m) => m.kind === "explicit" && m.precision === "day" && !m.incomplete);
  return days.length === 1 ? days[0] : undefined;
}

function subjectAfter(text: string, start: number): string {
  const rest = text.slice(start);
  const stop = /[,;:(]|\s(?:which|that|who|whereby|pursuant|with|under|for|in exchange)\b/.exec(rest.slice(1));
  return rest.slice(0, stop ? stop.index + 1 : rest.length).trim();
}
