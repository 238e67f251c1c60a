import type { MoneyRole, Quantity, QuantityKind } from "../../model/checks.ts";
import { COUNT_WORD, parseNumberWords } from "./number-words.ts";

const MONEY = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|billion)\b)?/g;
const SCALE: Record<string, number> = { million: 6, billion: 9 };
// Only words that describe shares may stand between a count and "shares": "32,000 shares", "2,000 additional shares".
const SHARES = /(?<![\d$.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:additional|common|restricted|outstanding|issued|ordinary|preferred|company)\s+){0,2}shares?\b/gi;
// "Number of Company shares subject to the Proxy: 200,000" prints the count after a label.
const SHARES_LABEL = /\bshares\b[^.:;$]{0,60}:\s*(\d{1,3}(?:,\d{3})+|\d+)\b/gi;
const PERCENT = /(?<![\d.,])(\d{1,3}(?:\.\d{1,3})?)\s?(?:%|percent\b|per\s+cent\b)/gi;
const APPROXIMATE = /\b(?:approximately|approx\.|about|roughly|around|an\s+estimated|estimated|nearly|almost)\s*$/i;
const BOUND = /\b(?:up\s+to|in\s+excess\s+of|more\s+than|less\s+than|greater\s+than|not\s+(?:to\s+)?exceed(?:ing)?|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|a\s+maximum\s+of|a\s+minimum\s+of|over|under)\s*$/i;
const PER = /^\)?\s*(?:per|an?|each|every|for\s+each)\s+(share|hour|day|week|month|quarter|year|annum|meeting)\b/i;
const EACH = /^\s*each\b/i;

/** Returns the dollar amounts, share counts and percents a sentence prints, in text order, each with its qualifier, unit and role. */
export function parseQuantities(text: string): Quantity[] {
  const raw: Raw[] = [];
  for (const match of text.matchAll(MONEY)) {
    const cents = centsOf(match[1]!, match[2] ?? "", match[3]);
    if (cents) raw.push({ kind: "money", start: match.index, end: match.index + match[0].length, ...cents });
  }
  for (const match of [...text.matchAll(SHARES), ...text.matchAll(SHARES_LABEL)]) {
    const start = match.index + match[0].indexOf(match[1]!);
    raw.push({ kind: "shares", start, end: start + match[1]!.length, value: Number(match[1]!.replace(/,/g, "")), precision: 1 });
  }
  for (const match of text.matchAll(PERCENT)) {
    const [whole, fraction = ""] = match[1]!.split(".") as [string, string?];
    raw.push({ kind: "percent", start: match.index, end: match.index + match[0].length, value: Number(whole) * 1000 + Number(fraction.padEnd(3, "0")), precision: 10 ** (3 - fraction.length) });
  }
  const ordered = raw.filter((q, i) => !raw.some((other, j) => j !== i && other.start <= q.start && other.end >= q.end && (other.end - other.start > q.end - q.start || j < i))).sort((a, b) => a.start - b.start);
  return ordered.map((q, index) => describe(text, q, ordered[index - 1]));
}

interface Raw {
  readonly kind: QuantityKind;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly precision: number;
}

function describe(text: string, q: Raw, previous: Raw | undefined): Quantity {
  const before = text.slice(0, q.start);
  const approximate = APPROXIMATE.exec(before);
  const bound = BOUND.test(before);
  const after = text.slice(q.end, q.end + 60);
  const per = PER.exec(after)?.[1]?.toLowerCase() ?? (EACH.test(after) ? "each" : null);
  const precision = approximate ? lastNonZeroDigit(q.value, q.precision) : q.precision;
  const parenthetical = previous !== undefined && /^\s*\(\s*$/.test(text.slice(previous.end, q.start));
  const window = text.slice(previous?.end ?? 0, q.start);
  return {
    kind: q.kind,
    printed: text.slice(approximate ? approximate.index : q.start, q.end),
    value: q.value,
    precision,
    approximate: approximate !== null,
    bound,
    per: per === "annum" ? "year" : per,
    role: q.kind === "money" ? roleOf(window, before, per) : null,
    times: q.kind === "money" ? timesOf(before, per) : null,
    parenthetical,
    start: q.start,
    end: q.end,
  };
}

// The words between the previous figure and this one say what the amount is, and an "assume" anywhere before it in
// the sentence makes a debt's remaining amount one the payer takes over; the first rule that matches wins.
function roleOf(window: string, before: string, per: string | null): MoneyRole {
  const words = window.toLowerCase();
  if (per === "share") return "price";
  if (per === "each" && /install?ment/.test(words)) return "installment";
  if (/principal amount of\s*(?:approximately\s*)?$/.test(words)) return "principal";
  if (/\binstall?ments?\b|\bdeferred\b/.test(words)) return "balance";
  if (/\bassum(?:e|ed|es|ing|ption)\b/i.test(before)) return "assumed";
  if (/\b(?:balance|remaining|outstanding|unpaid)\b/.test(words)) return "balance";
  if (/\bloan(?:ed|s)?\b|\blent\b/.test(words)) return "principal";
  if (/\bpa(?:y|ys|id|ying)\b/.test(words)) return "paid";
  if (/\baggregate\b|\bpurchase price\b|\bfor\s*$/.test(words)) return "aggregate";
  return "other";
}

// "in two deferred installments of approximately $94,000 each": how many items an amount "each" is for.
function timesOf(before: string, per: string | null): number | null {
  if (per !== "each") return null;
  const match = new RegExp(`\\b(${COUNT_WORD})\\s+(?:[a-z]+\\s+){0,2}(?:install?ments|payments|tranches|parts)\\s+of\\s+(?:approximately\\s+|about\\s+)?$`, "i").exec(before);
  return match ? (parseNumberWords(match[1]!) ?? null) : null;
}

function centsOf(whole: string, fraction: string, scale: string | undefined): { value: number; precision: number } | undefined {
  const zeros = scale ? SCALE[scale.toLowerCase()]! : 0;
  const digits = whole.replace(/,/g, "");
  // Cents are the finest unit: an amount printed to a fraction of a cent is not read.
  if (fraction.length - zeros > 2) return undefined;
  const cents = Number(`${digits}${fraction}`) * 10 ** (zeros + 2 - fraction.length);
  return Number.isSafeInteger(cents) ? { value: cents, precision: 10 ** (zeros + 2 - fraction.length) } : undefined;
}

// "approximately $188,000" is rounded to thousands of dollars: its last non-zero digit is what it is precise to.
function lastNonZeroDigit(value: number, precision: number): number {
  if (value === 0) return precision;
  let unit = precision;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}
