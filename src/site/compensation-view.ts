import type { CompensationFacts, SummaryCompensationRow, SummaryMoneyField } from "../model/compensation.ts";
import { buildPersonResolver } from "../compute/index.ts";
import { loadSiteFacts } from "./facts.ts";

type Lists = { [K in keyof CompensationFacts]: (CompensationFacts[K][number] & { readonly person: string | null; readonly filing: string })[] };

let cached: Lists | undefined;

/** Returns every filing's pay and ownership facts in one list per kind, each with the person it is about. */
export function compensationLists(): Lists {
  if (cached) return cached;
  const facts = loadSiteFacts();
  const resolve = buildPersonResolver(facts.people);
  const lists = {} as Record<string, unknown[]>;
  for (const [filing, perFiling] of [...facts.compensation].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [kind, items] of Object.entries(perFiling) as [keyof CompensationFacts, readonly { name?: string | null; names?: readonly string[] }[]][]) {
      const withPeople = items.map((item) => ({ ...item, filing, person: resolve(item.name ?? item.names?.[0] ?? null, filing) }));
      lists[kind] = [...(lists[kind] ?? []), ...withPeople];
    }
  }
  cached = lists as Lists;
  return cached;
}

/** Returns the Summary Compensation Table rows ordered by person, then year (newest first), then filing. */
export function summaryRowsByPerson(): Lists["summary"] {
  return [...compensationLists().summary].sort(
    (a, b) => (a.person ?? a.name).localeCompare(b.person ?? b.name) || (b.year ?? 0) - (a.year ?? 0) || a.filing.localeCompare(b.filing) || a.source.quote.localeCompare(b.source.quote),
  );
}

/** A column of figures of the Summary Compensation Table as pages show it. */
export interface SummaryColumn {
  readonly field: SummaryMoneyField | "options" | "printedTotal";
  readonly label: string;
  /** True for a share count, false for money. */
  readonly count: boolean;
}

// In the order a 402(c) table prints them; the 1992–2006 columns the pages always showed come first among equals.
const SUMMARY_COLUMNS: readonly (SummaryColumn & { readonly always: boolean })[] = [
  { field: "salary", label: "Salary", count: false, always: true },
  { field: "bonus", label: "Bonus", count: false, always: true },
  { field: "otherAnnual", label: "Other annual", count: false, always: false },
  { field: "stockAwards", label: "Stock awards", count: false, always: false },
  { field: "optionAwards", label: "Option awards", count: false, always: false },
  { field: "options", label: "Options (shares)", count: true, always: true },
  { field: "nonEquityIncentive", label: "Non-equity incentive", count: false, always: false },
  { field: "pensionAndDeferredEarnings", label: "Pension and deferred earnings", count: false, always: false },
  { field: "other", label: "All other", count: false, always: true },
  { field: "printedTotal", label: "Total (printed)", count: false, always: false },
];

/** Returns the columns pages show for Summary Compensation Table rows: the 1992–2006 ones always, any other where a row prints it. */
export function summaryColumns(rows: readonly SummaryCompensationRow[]): SummaryColumn[] {
  return SUMMARY_COLUMNS.filter((column) => column.always || rows.some((row) => row[column.field] !== null)).map(({ field, label, count }) => ({ field, label, count }));
}

/** A PEO's pay in a pay-versus-performance row, with the person it is about. */
export type PeoView = Lists["payVersusPerformance"][number]["peos"][number] & { readonly person: string | null };

/** One pay-versus-performance table of a filing: its PEO columns, the company-selected measure's name and its rows. */
export interface PayVersusPerformanceTableView {
  readonly filing: string;
  readonly section: string;
  /** The PEOs of the table's columns, as its first row gives them. */
  readonly peos: readonly PeoView[];
  readonly measureName: string | null;
  readonly rows: readonly (Omit<Lists["payVersusPerformance"][number], "peos"> & { readonly peos: readonly PeoView[] })[];
}

let cachedTables: PayVersusPerformanceTableView[] | undefined;

/** Returns every pay-versus-performance table by filing and section, rows newest year first, each PEO tied to a person where the name allows. */
export function payVersusPerformanceTables(): PayVersusPerformanceTableView[] {
  cachedTables ??= buildPayVersusPerformanceTables();
  return cachedTables;
}

function buildPayVersusPerformanceTables(): PayVersusPerformanceTableView[] {
  const resolve = buildPersonResolver(loadSiteFacts().people);
  const tables = new Map<string, PayVersusPerformanceTableView["rows"][number][]>();
  for (const row of compensationLists().payVersusPerformance) {
    const key = `${row.filing}\u0000${row.source.section}`;
    const peos = row.peos.map((peo) => ({ ...peo, person: resolve(peo.name, row.filing) }));
    tables.set(key, [...(tables.get(key) ?? []), { ...row, peos }]);
  }
  return [...tables.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, rows]) => {
      const sorted = [...rows].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.source.quote.localeCompare(b.source.quote));
      const first = sorted[0]!;
      return { filing: first.filing, section: first.source.section, peos: first.peos, measureName: first.companySelectedMeasureName, rows: sorted };
    });
}

/** Returns a person's years as PEO in pay-versus-performance tables, newest first, each with the row and the person's columns. */
export function payVersusPerformanceOf(person: string): { row: PayVersusPerformanceTableView["rows"][number]; peo: PeoView }[] {
  return payVersusPerformanceTables()
    .flatMap((table) => table.rows.flatMap((row) => row.peos.filter((peo) => peo.person === person).map((peo) => ({ row, peo }))))
    .sort((a, b) => (b.row.year ?? 0) - (a.row.year ?? 0) || a.row.filing.localeCompare(b.row.filing));
}
