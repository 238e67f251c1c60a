import type { ComputedTotal, SummaryCompensationRow, SummaryMoneyField } from "../../model/compensation.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { parseCell } from "./parse-cell.ts";
import { readPeopleRows, type ContinuesWithFigures } from "./people-rows.ts";
import { RowReader, rowSource } from "./row-reader.ts";

type SummaryColumn = "year" | SummaryMoneyField | "options" | "printedTotal";

// Item 402(b) columns of the 1992–2006 format, whose restricted stock and LTIP payouts stay as extra cells, and
// the Item 402(c) columns since 2006: stock and option awards (dollar values), non-equity incentive plan
// compensation, the change in pension value and nonqualified deferred compensation earnings, and a printed total.
const RULES: readonly ColumnRule<SummaryColumn>[] = [
  { kind: "year", test: (_header, leaf) => /^(?:FISCAL )?YEARS?\b/.test(leaf) },
  { kind: "salary", test: (header) => /SALAR/.test(header) },
  { kind: "bonus", test: (header) => /BONUS/.test(header) },
  { kind: "other", test: (header) => /ALL OTHER/.test(header) },
  { kind: "otherAnnual", test: (header) => /OTHER ANNUAL/.test(header) },
  { kind: "stockAwards", test: (header) => /\bSTOCK AWARDS?\b/.test(header) && !/RESTRICTED/.test(header) },
  { kind: "optionAwards", test: (header) => /\bOPTION(?:\/SAR)? AWARDS?\b/.test(header) },
  { kind: "nonEquityIncentive", test: (header) => /NON-?EQUITY INCENTIVE/.test(header) },
  { kind: "pensionAndDeferredEarnings", test: (header, leaf) => /PENSION VALUE|DEFERRED COMPENSATION EARNINGS/.test(header) && !/^TOTAL\b/.test(leaf) },
  { kind: "options", test: (header) => /OPTIONS|SARS|SECURITIES UNDERLYING/.test(header) && !/RESTRICTED/.test(header) },
  // Only the total itself: a supplemental "Total Without Change in Pension Value" is an extra cell.
  { kind: "printedTotal", test: (_header, leaf) => /^TOTAL(?: COMPENSATION)?(?: \(\$\))?(?: ?(?:\([A-Z]\)|\*))*$/.test(leaf) },
];

const MONEY_FIELDS: readonly SummaryMoneyField[] = ["salary", "bonus", "otherAnnual", "stockAwards", "optionAwards", "nonEquityIncentive", "pensionAndDeferredEarnings", "other"];

/** True when a table is a Summary Compensation Table: so titled, or with a year column, and a salary column. */
export function isSummaryCompensationTable(table: DocTable): boolean {
  const headers = table.header.map(normalizeHeader);
  const salary = headers.some((header) => /SALAR/.test(header));
  const titled = /SUMMARY COMPENSATION/i.test(table.title);
  const year = headers.some((header) => /(?:^|: )(?:FISCAL )?YEARS?\b/.test(header));
  return salary && (titled || year);
}

/** Returns the rows of every Summary Compensation Table of a filing, one per person and year. */
export function extractSummaryCompensation(doc: FilingDoc): SummaryCompensationRow[] {
  return doc.tables.filter(isSummaryCompensationTable).flatMap((table) => readTable(doc, table));
}

function readTable(doc: FilingDoc, table: DocTable): SummaryCompensationRow[] {
  const columns = classifyColumns(table.header, RULES);
  return readPeopleRows(table.rows, true, continuesWithYear(columns.indexOf("year"))).map((person) => {
    const cells = new RowReader<SummaryColumn>(person.row, columns, table.header, person.marks);
    const money = Object.fromEntries(MONEY_FIELDS.map((field) => [field, cells.cents(field)])) as Record<SummaryMoneyField, number | null>;
    return {
      name: person.name,
      position: person.rest,
      year: cells.count("year"),
      ...money,
      options: cells.count("options"),
      computedTotal: computeTotal(money),
      printedTotal: cells.cents("printedTotal"),
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}

/**
 * A title on a row with figures ("Chief Financial Officer | 2022 | …") continues the person above when its year
 * is not one of that person's years yet: each person's rows count down the fiscal years, and a new person starts
 * again at the latest one.
 */
function continuesWithYear(yearColumn: number): ContinuesWithFigures | undefined {
  if (yearColumn < 0) return undefined;
  const yearOf = (row: readonly string[]) => parseCell(row[yearColumn] ?? "").reading;
  return (row, earlier) => {
    const year = yearOf(row);
    if (year.kind !== "number") return false;
    return !earlier.some((other) => {
      const seen = yearOf(other);
      return seen.kind === "number" && seen.decimal === year.decimal;
    });
  };
}

/** Adds up the money fields that print an amount; a dash or blank adds nothing, and none printed gives null. */
function computeTotal(money: Record<SummaryMoneyField, number | null>): ComputedTotal | null {
  const of = MONEY_FIELDS.filter((field) => money[field] !== null);
  if (of.length === 0) return null;
  return { cents: of.reduce((sum, field) => sum + (money[field] ?? 0), 0), computed: true, of };
}
