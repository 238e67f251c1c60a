import { shiftDate, type DateUnit } from "./calendar.ts";
import { COUNT, ORDINAL, parseCount, parseOrdinal } from "./numbers.ts";
import type { DateMention, Finding } from "./types.ts";

const ANNIVERSARY = new RegExp(`\\b(?:the\\s+)?(${ORDINAL})\\s+anniversary\\s+(?:date\\s+)?of\\s+$`, "i");
// "one (1) year from", "30 days after", "six months prior to"; business days are skipped, since counting them needs
// a holiday calendar the filing does not give.
const OFFSET = new RegExp(`\\b(${COUNT})\\s+(?:calendar\\s+)?(years?|months?|days?)\\s+(from|after|following|before|prior\\s+to)\\s+$`, "i");

/**
 * Returns the dates a sentence states relative to a date it names: anniversaries and offsets ("the second anniversary of
 * the date of this Agreement", "one (1) year from the date of execution"); marks the mentions it counts from.
 */
export function findRelativeDates(text: string, mentions: readonly DateMention[], used: Set<DateMention>): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    if (mention.kind === "weak") continue;
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    const offset = before.length - mention.start;
    const found = anniversary(before, mention) ?? shifted(before, mention);
    if (!found) continue;
    used.add(mention);
    findings.push({
      start: found.start - offset,
      end: mention.end,
      date: found.date,
      precision: mention.precision,
      endDate: null,
      incomplete: mention.incomplete,
      derived: `${found.how} ${mention.date} (${mention.phrase})`,
      recurrence: null,
      subject: null,
    });
  }
  return findings;
}

function anniversary(before: string, mention: DateMention): { start: number; date: string; how: string } | undefined {
  const match = ANNIVERSARY.exec(before);
  const years = match ? parseOrdinal(match[1]!) : undefined;
  const date = years === undefined ? undefined : shiftDate(mention.date, years, "year");
  return match && date ? { start: match.index + match[0].indexOf(match[1]!), date, how: `${match[1]!.toLowerCase()} anniversary of` } : undefined;
}

function shifted(before: string, mention: DateMention): { start: number; date: string; how: string } | undefined {
  const match = OFFSET.exec(before);
  const amount = match ? parseCount(match[1]!) : undefined;
  // "for a period of two years from …" is a duration, which findDurations reads as a period.
  if (!match || amount === undefined || /\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?$/i.test(before.slice(0, match.index))) return undefined;
  const unit = match[2]!.toLowerCase().replace(/s$/, "") as DateUnit;
  const sign = /^(?:before|prior)/i.test(match[3]!) ? -1 : 1;
  const date = shiftDate(mention.date, sign * amount, unit);
  return date ? { start: match.index, date, how: `${match[1]} ${match[2]} ${match[3]!.replace(/\s+/g, " ")}` } : undefined;
}
