import type { Cents, Source } from "./facts.ts";
import type { OutstandingEquityAward, PlanBasedAward } from "./equity-awards.ts";
import type { PayVersusPerformanceRow } from "./pay-versus-performance.ts";

/** What a stated rate or award is counted per: "$3,000 per quarter", "$500 for each meeting", a one-time "grant". */
export type PayUnit = "hour" | "day" | "week" | "month" | "quarter" | "year" | "meeting" | "grant";

/** A footnote mark printed in a table row, with the field whose cell carries it. */
export interface FootnoteMark {
  /** The field of the marked cell ("name" for the person's cell), e.g. "salary" for "24,000 (1)". */
  readonly field: string;
  /** The mark without its parentheses, e.g. "1" or "A". */
  readonly mark: string;
}

/** A cell that could not be read as its column's kind: its value is null and the text is kept as printed. */
export interface UnreadCell {
  /** The field the cell belongs to, e.g. "exercisePrice". */
  readonly field: string;
  /** The cell exactly as printed. */
  readonly printed: string;
  /** Why it was not read, e.g. "a fraction of a cent" or "not a number". */
  readonly reason: string;
}

/** A printed column the extractor has no field for, kept with its header so nothing is dropped silently. */
export interface ExtraCell {
  /** The column's header as printed. */
  readonly header: string;
  /** The cell exactly as printed. */
  readonly printed: string;
}

/** The money fields of a Summary Compensation Table row that a computed total adds up, in column order. */
export type SummaryMoneyField =
  | "salary"
  | "bonus"
  | "otherAnnual"
  | "stockAwards"
  | "optionAwards"
  | "nonEquityIncentive"
  | "pensionAndDeferredEarnings"
  | "other";

/** A total the extractor added up itself from printed amounts; never a total the filing prints. */
export interface ComputedTotal {
  /** The sum in integer cents. */
  readonly cents: number;
  /** Always true: the filing does not print this figure. */
  readonly computed: true;
  /** The fields that printed an amount and were added, in column order. */
  readonly of: readonly SummaryMoneyField[];
}

/** What every row read from a table carries besides its figures: marks, cells not read, and its source. */
export interface TableRowCells {
  /** Footnote marks of the row's cells, in column order. */
  readonly footnotes: readonly FootnoteMark[];
  /** Cells that could not be read as their column's kind. */
  readonly unread: readonly UnreadCell[];
  /** Cells of columns the extractor has no field for. */
  readonly extra: readonly ExtraCell[];
  /** The table's anchor and the row as printed ("cell | cell"). */
  readonly source: Source;
}

/** What every row read from a compensation table of people carries besides its figures. */
export interface TableRowFact extends TableRowCells {
  /** The person (or group) as printed, without footnote marks and dot leaders. */
  readonly name: string;
}

/** One year of one executive in a Summary Compensation Table (Item 402(b) until 2006, Item 402(c) since). */
export interface SummaryCompensationRow extends TableRowFact {
  /** The title printed under or after the name, e.g. "Former President and Chief Executive Officer". */
  readonly position: string | null;
  /** The fiscal year of the row. */
  readonly year: number | null;
  /** Salary in cents; null for a printed dash or an empty cell. */
  readonly salary: Cents;
  /** Bonus in cents; null for a printed dash or an empty cell. */
  readonly bonus: Cents;
  /** Other annual compensation in cents, where the table has that column. */
  readonly otherAnnual: Cents;
  /** Securities underlying options granted in the year, in shares. */
  readonly options: number | null;
  /** All other compensation in cents. */
  readonly other: Cents;
  /** Every money field of the row that prints an amount, added up here, or null when none prints an amount. */
  readonly computedTotal: ComputedTotal | null;
  /** Stock awards (Item 402(c) "Stock Awards") in cents, where the table has that column. */
  readonly stockAwards: Cents;
  /** Option awards (Item 402(c) "Option Awards", a dollar value, not a share count) in cents, where the table has that column. */
  readonly optionAwards: Cents;
  /** Non-equity incentive plan compensation in cents, where the table has that column. */
  readonly nonEquityIncentive: Cents;
  /** Change in pension value and nonqualified deferred compensation earnings in cents, where the table has that column. */
  readonly pensionAndDeferredEarnings: Cents;
  /** The total the table prints in its "Total" column, in cents, as printed; never computed here. */
  readonly printedTotal: Cents;
}

/** One grant of options to one person, from an option grant table or a table note. */
export interface OptionGrant extends TableRowFact {
  /** The title printed with the name, or null. */
  readonly position: string | null;
  /** Shares underlying the options granted. */
  readonly options: number | null;
  /** Percent of all options granted to employees in the year, as the exact decimal printed without "%" ("6.1"). */
  readonly percentOfTotal: string | null;
  /** Exercise price per share in cents; null (with an unread cell) when it prints a fraction of a cent. */
  readonly exercisePrice: Cents;
  /** Expiration as "YYYY-MM-DD" ("8/23/06") or "YYYY-MM" ("Jul. 2003"). */
  readonly expiration: string | null;
  /** Potential realizable value at 5% annual appreciation, in cents. */
  readonly value5: Cents;
  /** Potential realizable value at 10% annual appreciation, in cents. */
  readonly value10: Cents;
  /** "table" for a row of a grant table, "note" for a grant a table note states in a sentence. */
  readonly stated: "table" | "note";
  /** The table that lists the grant: a 1992–2006 option grant table, a Grants of Plan-Based Awards table (Item 402(d) since 2006), or null for a note. */
  readonly grantTable: "option grants" | "plan-based awards" | null;
  /** The grant date as "YYYY-MM-DD", where the table prints one (Grants of Plan-Based Awards), else null. */
  readonly grantDate: string | null;
  /** The grant-date fair value of the award in cents, where the table prints one (Grants of Plan-Based Awards), else null. */
  readonly grantDateFairValue: Cents;
  /** The award type as printed ("Options", "Stock Options"): the row's label under a name row or an award-type column, else null. */
  readonly awardType: string | null;
}

/** One person's options at fiscal year-end and exercises in the year (Item 402(d)). */
export interface YearEndOptions extends TableRowFact {
  /** Shares acquired on exercise in the year, where the table has that column. */
  readonly acquiredOnExercise: number | null;
  /** Value realized on exercise in cents, where the table has that column. */
  readonly valueRealized: Cents;
  /** Unexercised options exercisable at year-end, in shares. */
  readonly exercisable: number | null;
  /** Unexercised options not yet exercisable at year-end, in shares. */
  readonly unexercisable: number | null;
  /** Value of exercisable in-the-money options in cents. */
  readonly valueExercisable: Cents;
  /** Value of unexercisable in-the-money options in cents. */
  readonly valueUnexercisable: Cents;
  /** The year-end date the header names ("DECEMBER 31, 2001" → "2001-12-31"), or null. */
  readonly asOf: string | null;
}

/** One holder's (or the group's) beneficial ownership (Item 403). */
export interface BeneficialOwnership extends TableRowFact {
  /** The address printed after the name in a "NAME AND ADDRESS" column, or null. */
  readonly address: string | null;
  /** True for the "all directors and executive officers as a group" row. */
  readonly group: boolean;
  /** Shares owned, from a column of its own next to an options or total column. */
  readonly sharesOwned: number | null;
  /** Shares acquirable through options within 60 days, where the table has that column. */
  readonly optionsAcquirable: number | null;
  /** Total shares beneficially owned as printed; a table with one share column prints only this. */
  readonly total: number | null;
  /** Shares owned plus options acquirable, added up here, when the table prints both columns. */
  readonly computedTotal: number | null;
  /** Percent of the class as the exact decimal printed without "%" ("25", "9.9"); null for "*". */
  readonly percent: string | null;
  /** True when the cell prints "*" (less than one percent). */
  readonly lessThanOnePercent: boolean;
  /** The date the ownership is stated as of ("as of October 15, 2002" → "2002-10-15"), or null. */
  readonly asOf: string | null;
}

/** One item of director pay stated in prose: a cash fee or an option award. */
export interface DirectorFee {
  /** The words of the sentence that state the item, e.g. "a cash fee of $3,000 per quarter". */
  readonly description: string;
  /** The amount in cents for a cash item, else null. */
  readonly amount: Cents;
  /** The shares under option for an option award, else null. */
  readonly shares: number | null;
  /** What the amount or award is per; "grant" for a one-time award; null when the sentence does not say. */
  readonly unit: PayUnit | null;
  /** Surnames the sentence names as recipients ("Messrs. Doe and Roe"), empty when it speaks of directors at large. */
  readonly names: readonly string[];
  /** The section that states it and the whole sentence, as printed. */
  readonly source: Source;
}

/** A salary stated in prose: an employment agreement, a table note or a report's sentence. */
export interface StatedSalary {
  /** The person as printed: a surname after "Mr."/"Messrs.", or a party's name for its role; null when unnamed. */
  readonly name: string | null;
  /** "Mr.", "Mrs.", "Ms." or "Dr." as printed before the surname ("Messrs." gives "Mr."), else null. */
  readonly honorific: string | null;
  /** The amount in cents. */
  readonly amount: number;
  /** What the amount is per ("annual salaries" → "year"), or null when unstated. */
  readonly unit: PayUnit | null;
  /** The date the salary takes effect ("Effective June 7, 2001" → "2001-06-07"), or null. */
  readonly effective: string | null;
  /** Where the statement sits: an employment agreement sentence, a table note, or any other sentence. */
  readonly basis: "employment agreement" | "table note" | "statement";
  /** The section that states it and the whole sentence, as printed. */
  readonly source: Source;
}

/** A severance term stated in prose. */
export interface Severance {
  /** Surnames of the people it applies to, as printed. */
  readonly names: readonly string[];
  /** The words that state the term, e.g. "severance equal to salary and fringe benefits for 18 months". */
  readonly description: string;
  /** The months of pay it is measured in ("for 18 months", "six months' base salary"), or null. */
  readonly months: number | null;
  /** The dollar amount it states, in cents, when it states exactly one; else null. */
  readonly amount: Cents;
  /** The multiple of annual pay it states ("1.99 times his annual compensation" → "1.99"), as printed, or null. */
  readonly multiple: string | null;
  /** The section that states it and the whole sentence, as printed. */
  readonly source: Source;
}

/** A limit on the hours a consultant serves, attached to the fee of the same period. */
export interface HourCap {
  /** The most hours, e.g. 20. */
  readonly hours: number;
  /** The period the hours are counted in, e.g. "month". */
  readonly per: PayUnit;
  /** The sentence that states the limit. */
  readonly source: Source;
}

/** A length of time as the filing states it ("for nine months"). */
export interface Duration {
  /** The number of units. */
  readonly count: number;
  /** The unit counted. */
  readonly unit: PayUnit;
}

/** A consulting fee: a rate per period, from an agreement or a proxy's prose. */
export interface ConsultingFee {
  /** The payee: a surname after "Mr."/"Mrs.", or the party a role word ("the Consultant") names; null if unnamed. */
  readonly name: string | null;
  /** "Mr.", "Mrs.", "Ms." or "Dr." as printed before the surname, else null. */
  readonly honorific: string | null;
  /** The rate in cents. */
  readonly rate: number;
  /** What the rate is per, e.g. "month" or "hour". */
  readonly unit: PayUnit | null;
  /** Start of the period: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "the date hereof" gives the filing's date. */
  readonly from: string | null;
  /** End of the period, same formats ("through December 2002" → "2002-12"). */
  readonly through: string | null;
  /** How long the rate was paid ("for nine months"), or null. */
  readonly duration: Duration | null;
  /** The most hours the consultant serves in the same period ("in no event greater than 20 hours per month"). */
  readonly capHours: HourCap | null;
  /** The section that states it and the whole sentence, as printed. */
  readonly source: Source;
}

/** A list of option share counts in an exhibit, with its printed total and the sum computed here. */
export interface OptionList {
  /** The label of each entry (a holder's name), or null for a bare count; same length as shares. */
  readonly labels: readonly (string | null)[];
  /** The share count of each entry, in printed order, without the total row. */
  readonly shares: readonly number[];
  /** The total row as printed (a row labelled "Total", or a last row equal to the sum above it), or null. */
  readonly printedTotal: number | null;
  /** The sum of the entries, computed here. */
  readonly computedTotal: number;
  /** The table's anchor; the quote is its header and rows as printed. */
  readonly source: Source;
}

/** Everything about pay and ownership a filing states, each fact with its source. */
export interface CompensationFacts {
  /** Summary Compensation Table rows, one per person and year. */
  readonly summary: readonly SummaryCompensationRow[];
  /** Option grant rows, and grants that Summary Compensation Table notes state. */
  readonly grants: readonly OptionGrant[];
  /** Year-end option holdings and values. */
  readonly yearEndOptions: readonly YearEndOptions[];
  /** Beneficial ownership rows, the group row included. */
  readonly ownership: readonly BeneficialOwnership[];
  /** Director cash fees and option awards stated in prose. */
  readonly directorFees: readonly DirectorFee[];
  /** Salaries stated in prose and table notes. */
  readonly salaries: readonly StatedSalary[];
  /** Severance terms stated in prose. */
  readonly severance: readonly Severance[];
  /** Consulting fee rates, with hour limits of the same period. */
  readonly consultingFees: readonly ConsultingFee[];
  /** Lists of option share counts, such as an exhibit of a consultant's current options. */
  readonly optionLists: readonly OptionList[];
  /** Pay-versus-performance table rows (Item 402(v)), one per fiscal year. */
  readonly payVersusPerformance: readonly PayVersusPerformanceRow[];
  /** Grants of Plan-Based Awards rows (Item 402(d) since 2006), one per award, option grants included (those are also in `grants`). */
  readonly planBasedAwards: readonly PlanBasedAward[];
  /** Outstanding Equity Awards at Fiscal Year-End rows (Item 402(f) since 2006), one per grant. */
  readonly outstandingEquityAwards: readonly OutstandingEquityAward[];
}
