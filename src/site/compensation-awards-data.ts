import { centsToDecimal, centsToDollars } from "../lib/money.ts";
import type { Source } from "../model/facts.ts";
import { outstandingAwardsByPerson, planBasedAwardsByPerson } from "./compensation-awards-view.ts";
import { factLinks } from "./links.ts";

/** Where a fact is stated, as the data files give it. */
type Where = (source: Source) => { filing: string; section: string; url: string; quote: string };

const count = (value: number | null) => (value === null ? "" : String(value));

/** Returns the Grants of Plan-Based Awards rows for the data, by person: money in dollars as exact numbers, null for a dash. */
export function planBasedAwardsData(where: Where) {
  return planBasedAwardsByPerson().map((a) => ({
    person: a.person,
    name: a.name,
    position: a.position,
    awardType: a.awardType,
    grantDate: a.grantDate,
    thresholdPayout: centsToDollars(a.thresholdPayout),
    targetPayout: centsToDollars(a.targetPayout),
    maximumPayout: centsToDollars(a.maximumPayout),
    thresholdShares: a.thresholdShares,
    targetShares: a.targetShares,
    maximumShares: a.maximumShares,
    stockAwardShares: a.stockAwardShares,
    options: a.options,
    exercisePrice: centsToDollars(a.exercisePrice),
    grantDateFairValue: centsToDollars(a.grantDateFairValue),
    footnotes: a.footnotes,
    unread: a.unread,
    extra: a.extra,
    ...where(a.source),
  }));
}

/** Returns the Outstanding Equity Awards rows for the data, by person: money in dollars as exact numbers, null for a dash. */
export function outstandingAwardsData(where: Where) {
  return outstandingAwardsByPerson().map((a) => ({
    person: a.person,
    name: a.name,
    position: a.position,
    awardType: a.awardType,
    asOf: a.asOf,
    grantDate: a.grantDate,
    exercisable: a.exercisable,
    unexercisable: a.unexercisable,
    unearnedOptions: a.unearnedOptions,
    exercisePrice: centsToDollars(a.exercisePrice),
    expiration: a.expiration,
    sharesNotVested: a.sharesNotVested,
    marketValueNotVested: centsToDollars(a.marketValueNotVested),
    unearnedShares: a.unearnedShares,
    unearnedPayoutValue: centsToDollars(a.unearnedPayoutValue),
    footnotes: a.footnotes,
    unread: a.unread,
    extra: a.extra,
    ...where(a.source),
  }));
}

const PLAN_BASED_CSV_COLUMNS = [
  "person", "name", "position", "award_type", "grant_date", "threshold_payout", "target_payout", "maximum_payout",
  "threshold_shares", "target_shares", "maximum_shares", "stock_award_shares", "options", "exercise_price",
  "grant_date_fair_value", "filing", "section", "url",
] as const;

/** Returns the Grants of Plan-Based Awards rows as CSV (RFC 4180), dollars as exact decimals, empty for a dash. */
export function buildPlanBasedAwardsCsv(base: string): string {
  const rows = planBasedAwardsByPerson().map((a) => [
    a.person ?? "", a.name, a.position ?? "", a.awardType ?? "", a.grantDate ?? "",
    centsToDecimal(a.thresholdPayout), centsToDecimal(a.targetPayout), centsToDecimal(a.maximumPayout),
    count(a.thresholdShares), count(a.targetShares), count(a.maximumShares), count(a.stockAwardShares), count(a.options),
    centsToDecimal(a.exercisePrice), centsToDecimal(a.grantDateFairValue),
    a.source.filing, a.source.section, factLinks(a.source, base).section,
  ]);
  return formatCsv(PLAN_BASED_CSV_COLUMNS, rows);
}

const OUTSTANDING_CSV_COLUMNS = [
  "person", "name", "position", "award_type", "as_of", "grant_date", "exercisable", "unexercisable", "unearned_options",
  "exercise_price", "expiration", "shares_not_vested", "market_value_not_vested", "unearned_shares", "unearned_payout_value",
  "filing", "section", "url",
] as const;

/** Returns the Outstanding Equity Awards rows as CSV (RFC 4180), dollars as exact decimals, empty for a dash. */
export function buildOutstandingAwardsCsv(base: string): string {
  const rows = outstandingAwardsByPerson().map((a) => [
    a.person ?? "", a.name, a.position ?? "", a.awardType ?? "", a.asOf ?? "", a.grantDate ?? "",
    count(a.exercisable), count(a.unexercisable), count(a.unearnedOptions), centsToDecimal(a.exercisePrice), a.expiration ?? "",
    count(a.sharesNotVested), centsToDecimal(a.marketValueNotVested), count(a.unearnedShares), centsToDecimal(a.unearnedPayoutValue),
    a.source.filing, a.source.section, factLinks(a.source, base).section,
  ]);
  return formatCsv(OUTSTANDING_CSV_COLUMNS, rows);
}

/** Returns a header and rows as CSV (RFC 4180): fields quoted where they hold a quote, comma or line end; CRLF line ends. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
