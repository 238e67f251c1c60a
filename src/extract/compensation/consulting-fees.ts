import type { ConsultingFee, Duration, PayUnit } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { extractHourCaps, type PeriodCap } from "./hour-caps.ts";
import { findPeriod } from "./periods.ts";
import { findPersonRefs, partyForRole } from "./person-refs.ts";
import { COUNT, countFromText, findMoney } from "./prose-figures.ts";
import { readProse, type ProseSentence } from "./prose.ts";

const CONSULTING = /consult/i;
const TIME_UNITS = new Set<string>(["hour", "day", "week", "month", "quarter", "year"]);
const DURATION = new RegExp(String.raw`^\s*(?:per|an?|each)\s+\w+\s+for\s+(${COUNT})\s+(hour|day|week|month|quarter|year)s?\b`, "i");
const PAYEE = /\b(?:pay|paid)\s+(?:to\s+)?(Mr|Mrs|Ms|Dr)\.?\s+([A-Z][A-Za-z'’-]+)/;

/**
 * Returns the consulting fee rates a filing states ("$10,000 per month", "$150 per hour"), each with its
 * period and, from the same period, the most hours the consultant serves.
 */
export function extractConsultingFees(doc: FilingDoc): ConsultingFee[] {
  const caps = extractHourCaps(doc);
  return readProse(doc).flatMap((sentence) => (CONSULTING.test(sentence.text) ? feesOf(doc, sentence, caps) : []));
}

function feesOf(doc: FilingDoc, sentence: ProseSentence, caps: readonly PeriodCap[]): ConsultingFee[] {
  const text = sentence.text;
  const money = findMoney(text);
  const payee = payeeOf(doc, text);
  return money.flatMap((mention, index) => {
    if (mention.cents === null || !mention.per || !TIME_UNITS.has(mention.per)) return [];
    // A figure's period is stated between it and its neighbours, never across another figure.
    const before = text.slice(money[index - 1]?.end ?? 0, mention.start);
    const after = text.slice(mention.end, money[index + 1]?.start ?? text.length);
    const period = findPeriod(before, after, doc.frontmatter.date);
    const cap = period.from ? caps.find((candidate) => candidate.from === period.from) : undefined;
    return [{ ...payee, rate: mention.cents, unit: mention.per as PayUnit, ...period, duration: durationOf(after), capHours: cap?.cap ?? null, source: sentence.source }];
  });
}

/** The payee: the person after "pay"/"paid", else the party a role word names, else the sentence's first person. */
function payeeOf(doc: FilingDoc, text: string): { name: string | null; honorific: string | null } {
  const paid = PAYEE.exec(text);
  if (paid) return { name: paid[2]!.replace(/['’]s$/, ""), honorific: `${paid[1]}.` };
  const party = partyForRole(doc, text);
  if (party) return { name: party, honorific: null };
  const first = findPersonRefs(text)[0];
  return { name: first?.name ?? null, honorific: first?.honorific ?? null };
}

function durationOf(after: string): Duration | null {
  const match = DURATION.exec(after);
  const count = match ? countFromText(match[1]!) : null;
  return match && count !== null ? { count, unit: match[2]!.toLowerCase() as PayUnit } : null;
}
