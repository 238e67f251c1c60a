import type { DateMention, Finding } from "./types.ts";

// What stands between the two ends of a period: "from 1991 to 2002", "commencing on October 3, 2002 and terminating
// October 2, 2004", "beginning as of the date of this Agreement and continuing through December 31, 2002", "1980-1983".
const CONNECTOR =
  /^\s*,?\s*(?:-|–|—|to|through|thru|until|till|and(?:\s+(?:ending|terminating|expiring|ended|continuing\s+(?:through|until|to)))?(?:\s+on)?)\s*$/i;

/** Returns the periods a sentence states as two dates joined by "to", "through", "and ending" or a dash; marks the mentions it uses. */
export function findPeriods(text: string, mentions: readonly DateMention[], used: Set<DateMention>): Finding[] {
  const periods: Finding[] = [];
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const [first, second] = [mentions[i]!, mentions[i + 1]!];
    if (used.has(first) || used.has(second) || first.kind === "weak") continue;
    const gap = text.slice(first.end, second.start);
    if (!CONNECTOR.test(gap) || !isInOrder(first.date, second.date)) continue;
    // A bare "and" joins two dates into a period only after "between"; "December 31, 2001 and 2000" lists two.
    if (/^\s*and\s*$/i.test(gap) && !/\bbetween\s+$/i.test(text.slice(0, first.start))) continue;
    used.add(first).add(second);
    periods.push({
      start: first.start,
      end: second.end,
      date: first.date,
      precision: first.precision,
      endDate: second.date,
      incomplete: first.incomplete || second.incomplete,
      derived: describeAnchors(first, second),
      recurrence: null,
      subject: null,
    });
    i += 1;
  }
  return periods;
}

function isInOrder(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return start.slice(0, length) <= end.slice(0, length);
}

function describeAnchors(first: DateMention, second: DateMention): string | null {
  const parts = [first.kind === "anchor" ? `from ${first.date} (${first.phrase})` : null, second.kind === "anchor" ? `to ${second.date} (${second.phrase})` : null];
  const stated = parts.filter((part): part is string => part !== null);
  return stated.length > 0 ? stated.join(", ") : null;
}
