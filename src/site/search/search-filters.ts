/** The facts of a filing that search can narrow by. */
export interface FilterableFiling {
  readonly company: string;
  readonly kind: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
}

/** The values each search filter offers, sorted; the names match the filing pages' data-pagefind-filter. */
export interface SearchFilters {
  readonly company: readonly string[];
  readonly kind: readonly string[];
  readonly year: readonly string[];
}

/** Returns every company, kind and year found among the filings, each list sorted and without repeats. */
export function buildSearchFilters(filings: readonly FilterableFiling[]): SearchFilters {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, "en"));
  return {
    company: sorted(filings.map((filing) => filing.company)),
    kind: sorted(filings.map((filing) => filing.kind)),
    year: sorted(filings.map((filing) => filing.date.slice(0, 4))),
  };
}
