import { findAnchors } from "./find-anchors.ts";
import { findDates } from "./find-dates.ts";
import { findDurations } from "./find-durations.ts";
import { findPeriods } from "./find-periods.ts";
import { attachRecurrences, findRecurrences } from "./find-recurrences.ts";
import { findRelativeDates } from "./find-relative-dates.ts";
import { findingOf, type DateMention, type Finding, type SentenceContext } from "./types.ts";

/** Returns the dated statements of one sentence, in text order: periods, relative dates, durations and single dates. */
export function findSentenceEvents(text: string, context: SentenceContext): Finding[] {
  const mentions = [...findDates(text).filter((m) => m.kind !== "label"), ...findAnchors(text, context.selfDate)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  if (isColumnLabels(text, mentions)) return [];
  const used = new Set<DateMention>();
  const relative = findRelativeDates(text, mentions, used);
  const periods = findPeriods(text, mentions.filter((m) => !used.has(m)), used);
  const durations = findDurations(text, mentions, context);
  const single = mentions.filter((m) => !used.has(m) && m.kind !== "weak").map((m) => findingOf(m));
  const findings = [...relative, ...periods, ...durations, ...single].sort((a, b) => a.start - b.start || a.end - b.end);
  return attachRecurrences(findings, findRecurrences(text));
}

// A run of dates with figures and no prose between them ("12/31/97 12/31/98 12/31/99") labels columns of a table
// that reached the text unparsed; it states no event.
function isColumnLabels(text: string, mentions: readonly DateMention[]): boolean {
  if (mentions.length < 3) return false;
  let rest = text;
  for (const mention of [...mentions].reverse()) rest = rest.slice(0, mention.start) + " " + rest.slice(mention.end);
  return (rest.match(/\b[a-z]{2,}\b/g) ?? []).length < 2;
}
