import type { DocTable } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { findPersonInHeader } from "./header-labels.ts";

/** A column kind of a pay-versus-performance table; the PEO kinds repeat, one column per PEO. */
export type PayVersusPerformanceKind =
  | "year"
  | "peoTotal"
  | "peoActuallyPaid"
  | "averageNonPeoTotal"
  | "averageNonPeoActuallyPaid"
  | "totalShareholderReturn"
  | "peerGroupTotalShareholderReturn"
  | "netIncome"
  | "companySelectedMeasure";

/** The columns of one PEO: the index of the SCT total and of the compensation actually paid, and the name a header gives. */
export interface PeoColumns {
  readonly total: number | null;
  readonly actuallyPaid: number | null;
  readonly name: string | null;
}

/** The columns of a pay-versus-performance table: each one's kind (null for a column read as an extra cell), and the PEOs. */
export interface PayVersusPerformanceColumns {
  readonly kinds: readonly (PayVersusPerformanceKind | null)[];
  readonly peos: readonly PeoColumns[];
}

const ACTUALLY_PAID = /ACTUALLY PAID|\bCAP\b/;
const SCT = /SUMMARY COMPENSATION|\bSCT\b/;
const RETURN = /(?:SHAREHOLDER|STOCKHOLDER|SHAREOWNER) RETURN|\bTSR\b/;

// Item 402(v)(2): (a) year, (b) PEO's SCT total, (c) compensation actually paid to the PEO, (d) and (e) the same as
// averages of the other NEOs, (f) TSR, (g) peer group TSR, (h) net income, (i) the company-selected measure.
const RULES: readonly ColumnRule<PayVersusPerformanceKind>[] = [
  { kind: "year", test: (_header, leaf) => /^(?:FISCAL )?YEARS?\b/.test(leaf) },
  { kind: "averageNonPeoActuallyPaid", test: (header) => /AVERAGE/.test(header) && ACTUALLY_PAID.test(header) },
  { kind: "averageNonPeoTotal", test: (header) => /AVERAGE/.test(header) && SCT.test(header) },
  { kind: "peoActuallyPaid", test: (header) => ACTUALLY_PAID.test(header) },
  { kind: "peoTotal", test: (header) => SCT.test(header) },
  { kind: "peerGroupTotalShareholderReturn", test: (header) => /PEER|INDEX/.test(header) && RETURN.test(header) },
  { kind: "totalShareholderReturn", test: (header) => RETURN.test(header) },
  { kind: "netIncome", test: (header) => /\bNET (?:INCOME|EARNINGS|LOSS)/.test(header) },
  { kind: "companySelectedMeasure", test: (header) => /COMPANY[- ]SELECTED/.test(header) },
];

const REPEATABLE = new Set<PayVersusPerformanceKind>(["peoTotal", "peoActuallyPaid"]);

// The ecd taxonomy's concept for each column, for a column whose header fits no rule.
const CONCEPTS: Readonly<Record<string, PayVersusPerformanceKind>> = {
  "ecd:PeoTotalCompAmt": "peoTotal",
  "ecd:PeoActuallyPaidCompAmt": "peoActuallyPaid",
  "ecd:NonPeoNeoAvgTotalCompAmt": "averageNonPeoTotal",
  "ecd:NonPeoNeoAvgCompActuallyPaidAmt": "averageNonPeoActuallyPaid",
  "ecd:TotalShareholderRtnAmt": "totalShareholderReturn",
  "ecd:PeerGroupTotalShareholderRtnAmt": "peerGroupTotalShareholderReturn",
  "us-gaap:NetIncomeLoss": "netIncome",
  "ecd:CoSelectedMeasureAmt": "companySelectedMeasure",
};

/** True when a table is a pay-versus-performance table: a year column, compensation actually paid and a TSR column. */
export function isPayVersusPerformanceTable(table: DocTable): boolean {
  const headers = table.header.map(normalizeHeader);
  const year = headers.some((header) => /(?:^|: )(?:FISCAL )?YEARS?\b/.test(header));
  return year && headers.some((header) => ACTUALLY_PAID.test(header)) && headers.some((header) => RETURN.test(header));
}

/**
 * Returns the kind of each column: by its header's words, else by the inline XBRL concept its cells carry. The
 * company-selected measure is the column so headed or tagged, else the first column of no kind after net income,
 * where Item 402(v) puts it. Each PEO's actually-paid column pairs with the total column of the same named PEO,
 * else with the first total column still without one.
 */
export function classifyPayVersusPerformanceColumns(table: DocTable): PayVersusPerformanceColumns {
  // classifyColumns keeps column 0 for a name; this table has none, so it gets an empty column to keep.
  const byHeader = classifyColumns(["", ...table.header], RULES, REPEATABLE).slice(1) as (PayVersusPerformanceKind | null)[];
  const kinds = byHeader.map((kind, index) => kind ?? kindOfConcepts(table, index, byHeader));
  const income = kinds.indexOf("netIncome");
  if (!kinds.includes("companySelectedMeasure") && income >= 0) {
    const next = kinds.findIndex((kind, index) => index > income && kind === null);
    if (next >= 0) kinds[next] = "companySelectedMeasure";
  }
  return { kinds, peos: pairPeoColumns(table.header, kinds) };
}

function kindOfConcepts(table: DocTable, column: number, taken: readonly (PayVersusPerformanceKind | null)[]): PayVersusPerformanceKind | null {
  const concept = table.concepts.map((row) => row[column]).find(Boolean);
  const kind = concept ? CONCEPTS[concept] : undefined;
  if (!kind || (taken.includes(kind) && !REPEATABLE.has(kind))) return null;
  return kind;
}

function pairPeoColumns(header: readonly string[], kinds: readonly (PayVersusPerformanceKind | null)[]): PeoColumns[] {
  const indexes = (kind: PayVersusPerformanceKind) => kinds.flatMap((k, index) => (k === kind ? [index] : []));
  const peos: { total: number | null; actuallyPaid: number | null; name: string | null }[] = indexes("peoTotal").map((total) => ({
    total,
    actuallyPaid: null,
    name: findPersonInHeader(header[total] ?? ""),
  }));
  for (const paid of indexes("peoActuallyPaid")) {
    const name = findPersonInHeader(header[paid] ?? "");
    const free = peos.filter((peo) => peo.actuallyPaid === null);
    const peo = free.find((p) => name !== null && p.name?.toLowerCase() === name.toLowerCase()) ?? free.find((p) => name === null || p.name === null);
    if (peo) {
      peo.actuallyPaid = paid;
      peo.name ??= name;
    } else peos.push({ total: null, actuallyPaid: paid, name });
  }
  return peos;
}
