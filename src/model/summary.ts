import type { Source } from "./facts.ts";

/** One line of a filing's summary card: what it is, its value in short, and the sentence it comes from. */
export interface SummaryItem {
  /** What the line tells, e.g. "Governing law", "Record date", "Proposal 2". */
  readonly label: string;
  /** The value in short, in the filing's words where it can be, e.g. "State of California". */
  readonly value: string;
  readonly source: Source;
}

/** A filing's summary card: the kind of card and its lines in display order. */
export interface FilingSummary {
  readonly card: "agreement" | "proxy statement" | "other";
  readonly items: readonly SummaryItem[];
}
