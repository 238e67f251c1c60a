/** Where a fact comes from: the filing, the anchor of the part that states it, and the words it states it in. */
export interface Source {
  /** Filing id, e.g. "acme-2002-10-02-consulting-agreement". */
  readonly filing: string;
  /** Anchor id of the innermost section, clause or table that states the fact. */
  readonly section: string;
  /** The sentence (or, in a table, the row) as it reads in that section, whitespace collapsed. */
  readonly quote: string;
  /** The Markdown line it was read from (or, for a curated fact, its frontmatter line): for messages. */
  readonly line?: number;
}

/** A value with its source. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: Source;
}

/** How precise a date is: "2002-10-02" (day), "2002-06" (month) or "1997" (year). */
export type DatePrecision = "day" | "month" | "year";

/** A dated statement of a filing, for the timeline. */
export interface TimelineEvent {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the filing is. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** End of a period ("beginning … and continuing through …"), same formats; null for a single date. */
  readonly end: string | null;
  /** A short title in the filing's own words, e.g. "Consulting fees of $10,000 per month end". */
  readonly title: string;
  /** True when the filing leaves part of the date blank ("December __, 2001"). */
  readonly incomplete: boolean;
  /** How a relative date was computed ("second anniversary of 2002-10-02"), or null when printed as is. */
  readonly derived: string | null;
  /** A repeating date within the period, as stated ("the 15th day of each month"), or null. */
  readonly recurrence: string | null;
  readonly source: Source;
}

/** An amount of money in integer cents, or null where the filing prints a dash or nothing. */
export type Cents = number | null;
