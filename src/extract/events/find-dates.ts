import { fullYear, isoDate, MONTH_NAME, monthNumber, precisionOf } from "./calendar.ts";
import type { DateMention, MentionKind } from "./types.ts";

const BLANK = "_{2,}";
const YEAR = "((?:19|20)\\d{2})";

interface Form {
  readonly pattern: RegExp;
  /** Returns year, month and day (null where the text leaves them blank or out), or undefined to reject the match. */
  readonly read: (match: RegExpExecArray) => { year: number; month: number | null; day: number | null; blank: boolean } | undefined;
}

const blank = (part: string | undefined) => part !== undefined && part.startsWith("_");
const named = (part: string) => (part.startsWith("_") ? null : monthNumber(part));

// Longest forms first: a later form never matches inside an earlier one's span.
const FORMS: readonly Form[] = [
  {
    // "the 28th day of June, 1996", "this ___ day of September, 2000"
    pattern: new RegExp(`\\b(\\d{1,2}|${BLANK})(?:st|nd|rd|th)?\\s+day\\s+of\\s+(${MONTH_NAME}|${BLANK})\\.?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ year: Number(m[3]), month: named(m[2]!), day: blank(m[1]) || blank(m[2]) ? null : Number(m[1]), blank: blank(m[1]) || blank(m[2]) }),
  },
  {
    // "October 2, 2002", "Oct. 2, 2002", "December __, 2001"
    pattern: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2}|${BLANK})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b`, "gi"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]!), day: blank(m[2]) ? null : Number(m[2]), blank: blank(m[2]) }),
  },
  {
    // "2 October 2002"
    pattern: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]!), day: Number(m[1]), blank: false }),
  },
  {
    // "10/02/02", "8/23/06", "1/31/2000"
    pattern: /(?<![\d/.$-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    read: (m) => ({ year: fullYear(m[3]!), month: Number(m[1]), day: Number(m[2]), blank: false }),
  },
  {
    // "June 2002", "December, 2010"
    pattern: new RegExp(`\\b(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ year: Number(m[2]), month: monthNumber(m[1]!), day: null, blank: false }),
  },
];

// Bare years count only after words that make them dates ("in 1997", "since 1996", "from 1991 to 2002"); a year
// followed by a plan, act or form name is part of that name ("the 1996 Plan", "Act of 1934").
const YEAR_CONTEXT = new RegExp(
  `\\b(in|since|during|from|until|till|through|between|before|after|by|to|and)\\s+(?:(?:early|mid|late)[- ])?${YEAR}\\b(?![-–]\\d|[,.]\\d|%|\\s*(?:Plan|Act|Stock|Annual|Proxy|Form|Incentive|Employee|Option|Equity|Program|Notes?|Directors?)\\b)`,
  "gi",
);
const YEAR_RANGE = new RegExp(`\\b${YEAR}\\s*[-–]\\s*${YEAR}\\b`, "g");
// "fiscal year ended December 31, 2001" labels a reporting period, and "$2.08 versus $1.70 in 1999" names the year
// a figure is compared with; neither is an event of its own.
const LABEL_BEFORE = /\b(?:years?|quarters?|periods?|months|weeks)\s+(?:then\s+)?end(?:ed|ing)\s+(?:on\s+)?$|\b(?:versus|vs\.|compared\s+(?:to|with))\s[^.;]*$/i;

/** Returns the dates a sentence prints, in text order: full, abbreviated, numeric, blank-day, month-only and year-only forms. */
export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const add = (start: number, end: number, date: string, incomplete: boolean, kind: MentionKind) => {
    if (taken(start, end)) return;
    const label = kind !== "anchor" && LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    mentions.push({ start, end, date, precision: precisionOf(date), incomplete, kind: label ? "label" : kind, phrase: text.slice(start, end) });
  };
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      if (/^[a-z]/.test(match[0]) && !/^\d/.test(match[0])) continue; // "may 2006" is a verb, not a month
      const parts = form.read(match as RegExpExecArray);
      const date = parts && isoDate(parts.year, parts.month, parts.day);
      if (date) add(match.index, match.index + match[0].length, date, parts.blank, "explicit");
    }
  }
  for (const match of text.matchAll(YEAR_RANGE)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (second <= first || second - first > 60) continue;
    add(match.index, match.index + 4, String(first), false, "explicit");
    add(match.index + match[0].length - 4, match.index + match[0].length, String(second), false, "weak");
  }
  for (const match of text.matchAll(YEAR_CONTEXT)) {
    const start = match.index + match[0].length - 4;
    add(start, start + 4, match[2]!, false, /^(?:to|and)$/i.test(match[1]!) ? "weak" : "explicit");
  }
  return mentions.sort((a, b) => a.start - b.start);
}
