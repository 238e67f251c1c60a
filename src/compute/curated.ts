import type { Correction, CuratedEvent } from "../model/frontmatter.ts";
import type { DatePrecision, Source, TimelineEvent } from "../model/facts.ts";

/** A curated entry with the filing it belongs to and the frontmatter line it is written on. */
export interface Located<T> {
  readonly value: T;
  readonly filing: string;
  readonly line: number;
}

/** Returns the events curators added, as timeline events with their sources. */
export function buildCuratedEvents(entries: readonly Located<CuratedEvent>[]): TimelineEvent[] {
  return entries.map(({ value, filing, line }) => ({
    date: value.date,
    precision: precisionOf(value.date),
    end: value.end ?? null,
    title: value.title,
    incomplete: false,
    derived: null,
    recurrence: null,
    source: { filing, section: value.section, quote: value.quote, line },
  }));
}

/** Returns how precise a "YYYY-MM-DD", "YYYY-MM" or "YYYY" date is. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** A fact after curation: `corrected` says why a curator changed it. */
export type Curated<T> = T & { readonly corrected?: string };

/**
 * Returns the facts with curators' corrections of this kind applied: the fact in the named section whose
 * quote contains `match` gets the new value and, as its source, the sentence the curator quoted. A
 * correction that matches no fact is returned as unmatched so the build can say so.
 */
export function applyCorrections<T extends { readonly source: Source }>(
  facts: readonly T[],
  corrections: readonly Located<Correction>[],
  kind: string,
): { facts: Curated<T>[]; unmatched: Located<Correction>[] } {
  const mine = corrections.filter((c) => c.value.fact === kind);
  const unmatched = mine.filter((c) => !facts.some((fact) => matches(fact, c)));
  const result = facts.map((fact) => {
    const correction = mine.find((c) => matches(fact, c));
    if (!correction) return fact;
    const source: Source = { filing: correction.filing, section: correction.value.section, quote: correction.value.quote, line: correction.line };
    return { ...fact, [correction.value.field]: correction.value.value, source, corrected: correction.value.reason };
  });
  return { facts: result, unmatched };
}

function matches(fact: { readonly source: Source }, correction: Located<Correction>): boolean {
  return fact.source.filing === correction.filing && fact.source.section === correction.value.section && fact.source.quote.includes(correction.value.match);
}
