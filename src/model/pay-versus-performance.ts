import type { TableRowCells } from "./compensation.ts";
import type { Source } from "./facts.ts";

/** The multiple a figure is printed in: "$445 M", "$1.2 billion" or a "(in thousands)" header. */
export type PrintedScale = "thousands" | "millions" | "billions";

/** A figure of a pay-versus-performance table, exactly as printed, with its scale and inline XBRL concept. */
export interface PayVersusPerformanceFigure {
  /** The cell exactly as printed, footnote marks included, e.g. "$445 M (6)". */
  readonly printed: string;
  /** The number as printed, an exact decimal without "$", commas or scale, negative for "(12.5)": "445" for "$445 M". */
  readonly amount: string;
  /** The multiple the cell prints ("M", "million"), else the one its column header states ("(millions)"); null for none. */
  readonly scale: PrintedScale | null;
  /** "dollars" for money (a "$" printed, or a column of pay, returns or net income), "percent" for a "%"; else null. */
  readonly unit: "dollars" | "percent" | null;
  /** For money, the amount times its scale in integer cents ("$445 M" → 44500000000); null for other units. */
  readonly cents: number | null;
  /** The inline XBRL concept that tags the cell's number ("ecd:PeoTotalCompAmt"), or null when it is untagged. */
  readonly concept: string | null;
}

/** The pay of one principal executive officer (PEO) in one year of a pay-versus-performance table. */
export interface PayVersusPerformancePeo {
  /** The PEO's name as a column header or the filing's ecd:PeoName fact prints it; null when neither states it. */
  readonly name: string | null;
  /** Where the name is printed: the column header, or an inline XBRL ecd:PeoName fact; null without a name. */
  readonly nameSource: Source | null;
  /** The header of the PEO's Summary Compensation Table total column, as printed, or null without one. */
  readonly totalHeader: string | null;
  /** The header of the PEO's compensation actually paid column, as printed, or null without one. */
  readonly actuallyPaidHeader: string | null;
  /** The PEO's total compensation as the Summary Compensation Table reports it (column (b)). */
  readonly total: PayVersusPerformanceFigure | null;
  /** Compensation actually paid to the PEO, as computed under Item 402(v) (column (c)). */
  readonly actuallyPaid: PayVersusPerformanceFigure | null;
}

/** One fiscal year of a pay-versus-performance table (Item 402(v)); a dash or an empty cell gives null. */
export interface PayVersusPerformanceRow extends TableRowCells {
  /** The fiscal year of the row. */
  readonly year: number | null;
  /** One entry per PEO the table has columns for, in column order; a filing with two PEOs in a year has two. */
  readonly peos: readonly PayVersusPerformancePeo[];
  /** Average Summary Compensation Table total of the named executive officers other than the PEO (column (d)). */
  readonly averageNonPeoTotal: PayVersusPerformanceFigure | null;
  /** Average compensation actually paid to the named executive officers other than the PEO (column (e)). */
  readonly averageNonPeoActuallyPaid: PayVersusPerformanceFigure | null;
  /** The company's total shareholder return: the value of an initial fixed $100 investment (column (f)). */
  readonly totalShareholderReturn: PayVersusPerformanceFigure | null;
  /** The peer group's (or index's) total shareholder return, the value of $100 invested the same way (column (g)). */
  readonly peerGroupTotalShareholderReturn: PayVersusPerformanceFigure | null;
  /** The company's net income (column (h)). */
  readonly netIncome: PayVersusPerformanceFigure | null;
  /** The company-selected measure (column (i)). */
  readonly companySelectedMeasure: PayVersusPerformanceFigure | null;
  /** The company-selected measure's name as its header prints it, without footnote marks or column letter ("Adjusted EBIT"). */
  readonly companySelectedMeasureName: string | null;
}
