import type { OutstandingEquityAward, PlanBasedAward } from "../model/equity-awards.ts";
import { compensationLists } from "./compensation-view.ts";

/** How a column of an award table reads: money in cents, a share count, or an ISO date. */
export type AwardFigureKind = "cents" | "count" | "date";

/** A column of figures of an award table as pages show it. */
export interface AwardColumn<F extends string> {
  readonly field: F;
  readonly label: string;
  readonly kind: AwardFigureKind;
}

type PlanBasedField = Exclude<keyof PlanBasedAward, "name" | "position" | "awardType" | "footnotes" | "unread" | "extra" | "source">;
type OutstandingField = Exclude<keyof OutstandingEquityAward, "name" | "position" | "awardType" | "footnotes" | "unread" | "extra" | "source">;

// In the order Item 402(d)(2) prints them.
const PLAN_BASED_COLUMNS: readonly AwardColumn<PlanBasedField>[] = [
  { field: "grantDate", label: "Granted", kind: "date" },
  { field: "thresholdPayout", label: "Payout at threshold", kind: "cents" },
  { field: "targetPayout", label: "Payout at target", kind: "cents" },
  { field: "maximumPayout", label: "Payout at maximum", kind: "cents" },
  { field: "thresholdShares", label: "Shares at threshold", kind: "count" },
  { field: "targetShares", label: "Shares at target", kind: "count" },
  { field: "maximumShares", label: "Shares at maximum", kind: "count" },
  { field: "stockAwardShares", label: "Stock or units", kind: "count" },
  { field: "options", label: "Options", kind: "count" },
  { field: "exercisePrice", label: "Exercise price", kind: "cents" },
  { field: "grantDateFairValue", label: "Grant-date fair value", kind: "cents" },
];

// In the order Item 402(f)(2) prints them, after the year-end and the grant date (which many tables add).
const OUTSTANDING_COLUMNS: readonly AwardColumn<OutstandingField>[] = [
  { field: "asOf", label: "As of", kind: "date" },
  { field: "grantDate", label: "Granted", kind: "date" },
  { field: "exercisable", label: "Options exercisable", kind: "count" },
  { field: "unexercisable", label: "Options unexercisable", kind: "count" },
  { field: "unearnedOptions", label: "Unearned options", kind: "count" },
  { field: "exercisePrice", label: "Exercise price", kind: "cents" },
  { field: "expiration", label: "Expires", kind: "date" },
  { field: "sharesNotVested", label: "Shares not vested", kind: "count" },
  { field: "marketValueNotVested", label: "Market value not vested", kind: "cents" },
  { field: "unearnedShares", label: "Unearned shares", kind: "count" },
  { field: "unearnedPayoutValue", label: "Unearned payout value", kind: "cents" },
];

/** Returns the columns pages show for plan-based awards: those some row prints a figure in. */
export function planBasedAwardColumns(rows: readonly PlanBasedAward[]): AwardColumn<PlanBasedField>[] {
  return PLAN_BASED_COLUMNS.filter((column) => rows.some((row) => row[column.field] !== null));
}

/** Returns the columns pages show for outstanding equity awards: those some row prints a figure in. */
export function outstandingAwardColumns(rows: readonly OutstandingEquityAward[]): AwardColumn<OutstandingField>[] {
  return OUTSTANDING_COLUMNS.filter((column) => rows.some((row) => row[column.field] !== null));
}

/** Returns the Grants of Plan-Based Awards rows ordered by person, then filing, each person's awards in printed order. */
export function planBasedAwardsByPerson() {
  return byPerson(compensationLists().planBasedAwards);
}

/** Returns the Outstanding Equity Awards rows ordered by person, then filing, each person's grants in printed order. */
export function outstandingAwardsByPerson() {
  return byPerson(compensationLists().outstandingEquityAwards);
}

// The lists are in filing order and, within a filing, in reading order; a stable sort keeps that order for one person.
function byPerson<T extends { readonly person: string | null; readonly name: string; readonly filing: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.person ?? a.name).localeCompare(b.person ?? b.name) || a.filing.localeCompare(b.filing));
}
