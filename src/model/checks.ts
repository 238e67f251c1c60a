import type { CompensationFacts } from "./compensation.ts";
import type { Source, TimelineEvent } from "./facts.ts";

/** What a stated quantity counts: dollars (in cents), shares, or a percent (in thousandths of a percent). */
export type QuantityKind = "money" | "shares" | "percent";

/** What a dollar amount is in the sentence that states it, read from the words before it. */
export type MoneyRole = "price" | "aggregate" | "paid" | "assumed" | "balance" | "principal" | "installment" | "other";

/** A number a sentence prints, with how precisely it prints it. */
export interface Quantity {
  readonly kind: QuantityKind;
  /** The figure as printed, with "approximately" when the sentence says so: "approximately $188,000". */
  readonly printed: string;
  /** Cents for money, shares for shares, thousandths of a percent for a percent ("25%" → 25000). */
  readonly value: number;
  /** The worth of the last digit printed, in the same unit: 100 for "$300,000", 1 for "$1.85"; for an approximate figure, its last non-zero digit. */
  readonly precision: number;
  /** True when the sentence says "approximately", "about" or the like right before the figure. */
  readonly approximate: boolean;
  /** True when the figure is a limit ("up to", "in excess of", "more than"), not a stated amount. */
  readonly bound: boolean;
  /** What the figure is per, as printed after it ("share", "month", "hour"), or null. */
  readonly per: string | null;
  /** For money, what the amount is in the sentence; null for other kinds. */
  readonly role: MoneyRole | null;
  /** For an amount "each", how many the sentence says there are ("two installments of $94,000 each" → 2), else null. */
  readonly times: number | null;
  /** True when the figure stands in parentheses right after another figure: "$100,000 ($3.13 per share)". */
  readonly parenthetical: boolean;
  /** Where the printed figure starts and ends in the sentence. */
  readonly start: number;
  readonly end: number;
}

/** A person a sentence names: by honorific and surname, by full name, or by a party's role word ("the Buyer"). */
export interface NamedPerson {
  /** The surname, as printed. */
  readonly surname: string;
  /** The given names when the sentence (or the party list) gives them, else null. */
  readonly given: string | null;
  /** "Mr.", "Mrs.", "Ms." or "Dr." as printed, else null. */
  readonly honorific: string | null;
}

/** A date a sentence gives for a figure with "as of": "as of October 2, 2002", or "as of the date of this Agreement". */
export interface AsOfDate {
  /** "YYYY-MM-DD". */
  readonly date: string;
  /** The words as printed. */
  readonly printed: string;
  /** Offset just past the date words in the sentence: the figure after it is the one it dates. */
  readonly end: number;
}

/** One sentence of a filing with the figures, people and "as of" dates it states. */
export interface QuantityStatement {
  /** Position of the block (paragraph, list item, note) in the filing, so sentences of one paragraph are known together. */
  readonly block: number;
  /** Position of the sentence in its block. */
  readonly index: number;
  readonly quantities: readonly Quantity[];
  readonly people: readonly NamedPerson[];
  readonly asOf: readonly AsOfDate[];
  /** Lowercase words of a fixed vocabulary the sentence uses ("note", "loan", "balance", "outstanding", "record", …). */
  readonly topics: readonly string[];
  /** The sentence is the quote. */
  readonly source: Source;
}

/** A number printed both in words and in figures: "one (1) year", "Ten Thousand Dollars ($10,000)". */
export interface WordedNumber {
  /** The words and figures as printed. */
  readonly printed: string;
  /** The value the words say, or null when they cannot be read as a number. */
  readonly words: number | null;
  /** The value the figures say (cents for dollars). */
  readonly figures: number;
  /** True when the figures are dollars. */
  readonly money: boolean;
  /** The word after the figures ("year", "days"), or null. */
  readonly noun: string | null;
  readonly source: Source;
}

/** A count a sentence states for things it then lists or that a table lists. */
export interface StatedCount {
  /** What is counted: "directors to be elected", or the noun before a list of names ("directors"). */
  readonly what: "directors to be elected" | "names listed" | "amounts listed";
  /** The count as printed ("five", "two"). */
  readonly printed: string;
  readonly count: number;
  /** The names or amounts the sentence lists after the count, as printed (empty for a count without a list). */
  readonly items: readonly string[];
  /** The noun the count is of, e.g. "directors". */
  readonly noun: string;
  readonly source: Source;
}

/** The nominees a proxy statement lists in a table of its election section. */
export interface NomineeList {
  /** The names as printed in the table's first column. */
  readonly names: readonly string[];
  /** The table's anchor; the quote is its header row. */
  readonly source: Source;
}

/** A timeline event with the topics its title names and the people its sentence names, for matching across filings. */
export interface DescribedEvent {
  readonly event: TimelineEvent;
  /** Topics of the event's title ("Such options terminating" → option, terminate), or of its sentence for a period's length. */
  readonly topics: readonly string[];
  /** The people the event's sentence names. */
  readonly people: readonly NamedPerson[];
}

/** What the checks read about one filing: its identity and the facts extracted from it. */
export interface CheckFiling {
  readonly id: string;
  readonly company: string;
  /** Lowercase kind, e.g. "stock purchase agreement". */
  readonly kind: string;
  readonly date: string;
  readonly statements: readonly QuantityStatement[];
  readonly counts: readonly StatedCount[];
  readonly worded: readonly WordedNumber[];
  readonly nominees: readonly NomineeList[];
  readonly events: readonly DescribedEvent[];
  readonly compensation: CompensationFacts;
}

/** The kinds of consistency check, in the order pages show them. */
export const CHECK_KINDS = ["product", "sum", "percent", "number-words", "count", "restatement", "across-filings"] as const;

/** What a consistency check compares: products, sums, percentages, words and figures, counts, restated figures, figures across filings. */
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Whether the figures of a check agree (within the printed precision or the stated tolerance) or not. */
export type CheckStatus = "pass" | "mismatch";

/** One figure a check compares, as the filing prints it, with where it is printed. */
export interface CheckValue {
  /** What the figure is, e.g. "Aggregate purchase price". */
  readonly label: string;
  /** The figure as printed, e.g. "$500,000" or "approximately $262,000". */
  readonly printed: string;
  /** The parsed figure where useful: dollars, shares, a percent or a count; null for dates and words. */
  readonly number: number | null;
  readonly source: Source;
}

/** The outcome of one consistency check, with the figures it compared and what it computed. */
export interface CheckFinding {
  /** Stable id: the kind, the first figure's section and a short hash of the figures' quotes. */
  readonly id: string;
  readonly kind: CheckKind;
  readonly status: CheckStatus;
  /** A short title in plain words, e.g. "Shares times price per share against the aggregate price". */
  readonly title: string;
  readonly values: readonly CheckValue[];
  /** What the check worked out from the printed figures, e.g. "200,001 × $2.50 = $500,002.50"; null when it only compares. */
  readonly computed: string | null;
  /** The exact difference with its unit ("$0.15", "10 shares"), or null when the figures agree exactly. */
  readonly difference: string | null;
  /** Why a check with a difference passes (rounding, an approximate figure), or what a mismatch means; else null. */
  readonly note: string | null;
}
