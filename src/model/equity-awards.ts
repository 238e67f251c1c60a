import type { TableRowFact } from "./compensation.ts";
import type { Cents } from "./facts.ts";

/**
 * One award of a Grants of Plan-Based Awards table (Item 402(d) since 2006): an annual incentive with its threshold,
 * target and maximum payouts, performance shares with their threshold, target and maximum, stock units, or options.
 */
export interface PlanBasedAward extends TableRowFact {
  /** The title printed with the name, or null. */
  readonly position: string | null;
  /** The award type as printed ("STI", "PSU", "Options"): the row's label under a name row or an award-type column, else null. */
  readonly awardType: string | null;
  /** The grant date as "YYYY-MM-DD", or null for a dash or blank (an annual incentive often has none). */
  readonly grantDate: string | null;
  /** Estimated future payout under non-equity incentive plan awards at threshold, in cents. */
  readonly thresholdPayout: Cents;
  /** Estimated future payout under non-equity incentive plan awards at target, in cents. */
  readonly targetPayout: Cents;
  /** Estimated future payout under non-equity incentive plan awards at maximum, in cents. */
  readonly maximumPayout: Cents;
  /** Estimated future payout under equity incentive plan awards at threshold, in shares or units. */
  readonly thresholdShares: number | null;
  /** Estimated future payout under equity incentive plan awards at target, in shares or units. */
  readonly targetShares: number | null;
  /** Estimated future payout under equity incentive plan awards at maximum, in shares or units. */
  readonly maximumShares: number | null;
  /** All other stock awards: shares of stock or units granted. */
  readonly stockAwardShares: number | null;
  /** All other option awards: securities underlying the options granted. */
  readonly options: number | null;
  /** Exercise or base price of the option awards per share in cents; null (with an unread cell) for a fraction of a cent. */
  readonly exercisePrice: Cents;
  /** Grant-date fair value of the stock and option awards in cents. */
  readonly grantDateFairValue: Cents;
}

/** One grant row of an Outstanding Equity Awards at Fiscal Year-End table (Item 402(f) since 2006). */
export interface OutstandingEquityAward extends TableRowFact {
  /** The title printed with the name, or null. */
  readonly position: string | null;
  /** The award type printed in the first column under a name row ("Options", "RSU"), else null. */
  readonly awardType: string | null;
  /** The grant date as "YYYY-MM-DD", where the table has a grant date column, else null. */
  readonly grantDate: string | null;
  /** Securities underlying unexercised options that are exercisable. */
  readonly exercisable: number | null;
  /** Securities underlying unexercised options that are not yet exercisable. */
  readonly unexercisable: number | null;
  /** Equity incentive plan awards: securities underlying unexercised unearned options. */
  readonly unearnedOptions: number | null;
  /** Option exercise price per share in cents; null (with an unread cell) when it prints a fraction of a cent. */
  readonly exercisePrice: Cents;
  /** Option expiration date as "YYYY-MM-DD" (or "YYYY-MM" when printed so). */
  readonly expiration: string | null;
  /** Shares or units of stock that have not vested. */
  readonly sharesNotVested: number | null;
  /** Market value of the shares or units of stock that have not vested, in cents. */
  readonly marketValueNotVested: Cents;
  /** Equity incentive plan awards: unearned shares, units or other rights that have not vested. */
  readonly unearnedShares: number | null;
  /** Equity incentive plan awards: market or payout value of the unearned shares, units or other rights, in cents. */
  readonly unearnedPayoutValue: Cents;
  /** The fiscal year-end the headers or the title name, else the date the table's introduction states after "as of"; or null. */
  readonly asOf: string | null;
}
