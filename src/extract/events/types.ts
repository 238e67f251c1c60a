import type { DatePrecision } from "../../model/facts.ts";

/** How a date mention counts: a printed date, a bare year that only ends a period, a fiscal-period label, or a self-reference. */
export type MentionKind = "explicit" | "weak" | "label" | "anchor";

/** A date a sentence names, with where it stands in the sentence. */
export interface DateMention {
  /** Where the mention starts and ends in the sentence (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text. */
  readonly date: string;
  readonly precision: DatePrecision;
  readonly incomplete: boolean;
  readonly kind: MentionKind;
  /** For a self-reference: the words that name the date ("the date of this Agreement"); else the printed date. */
  readonly phrase: string;
}

/** A dated statement found in a sentence, before it gets its title and source. */
export interface Finding {
  /** Where the statement's date words start and end in the sentence, for its title. */
  readonly start: number;
  readonly end: number;
  readonly date: string;
  readonly precision: DatePrecision;
  /** The period's end, or null for a single date. */
  readonly endDate: string | null;
  readonly incomplete: boolean;
  readonly derived: string | null;
  readonly recurrence: string | null;
  /** Words naming what the duration covers ("12-month agreement not to compete"), when the finding is one. */
  readonly subject: string | null;
}

/** What a sentence's neighbours say, for durations that count from a date stated before them. */
export interface SentenceContext {
  /** The date "this Agreement" and "hereof" mean, or null when the filing is not the instrument itself. */
  readonly selfDate: string | null;
  /** The sentence before, in the same block, or null. */
  readonly previous: string | null;
  /** The earlier sentences of the same section, in reading order. */
  readonly earlier: readonly string[];
}

/** Returns a finding for a mention that stands alone. */
export function findingOf(mention: DateMention, derived: string | null = null): Finding {
  return {
    start: mention.start,
    end: mention.end,
    date: mention.date,
    precision: mention.precision,
    endDate: null,
    incomplete: mention.incomplete,
    derived: derived ?? (mention.kind === "anchor" ? `${mention.date} (${mention.phrase})` : null),
    recurrence: null,
    subject: null,
  };
}
