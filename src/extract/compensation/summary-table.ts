import type { ComputedTotal, SummaryCompensationRow, SummaryMoneyField } from "../../model/compensation.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { readPeopleRows } from "./people-rows.ts";
import { RowReader, rowSource } from "./row-reader.ts";

type SummaryColumn = "year" | SummaryMoneyField | "options";

// Item 402(b) columns of the 1992–2006 format; restricted stock and LTIP payouts stay as extra cells.
const RULES: readonly ColumnRule<SummaryColumn>[] = [
  { kind: "year", test: (_header, leaf) => /^(?:FISCAL )?YEARS?\b/.test(leaf) },
  { kind: "salary", test: (header) => /SALAR/.test(header) },
  { kind: "bonus", test: (header) => /BONUS/.test(header) },
  { kind: "other", test: (header) => /ALL OTHER/.test(header) },
  { kind: "otherAnnual", test: (header) => /OTHER ANNUAL/.test(header) },
  { kind: "options", test: (header) => /OPTIONS|SARS|SECURITIES UNDERLYING/.test(header) && !/RESTRICTED/.test(header) },
];

const MONEY_FIELDS: readonly SummaryMoneyField[] = ["salary", "bonus", "otherAnnual", "other"];

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
  return readPeopleRows(table.rows, true).map((person) => {
    const cells = new RowReader<SummaryColumn>(person.row, columns, table.header, person.marks);
    const money = { salary: cells.cents("salary"), bonus: cells.cents("bonus"), otherAnnual: cells.cents("otherAnnual"), other: cells.cents("other") };
    return {
      name: person.name,
      position: person.rest,
      year: cells.count("year"),
      ...money,
      options: cells.count("options"),
      computedTotal: computeTotal(money),
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}

/** Adds up the money fields that print an amount; a dash or blank adds nothing, and none printed gives null. */
function computeTotal(money: Record<SummaryMoneyField, number | null>): ComputedTotal | null {
  const of = MONEY_FIELDS.filter((field) => money[field] !== null);
  if (of.length === 0) return null;
  return { cents: of.reduce((sum, field) => sum + (money[field] ?? 0), 0), computed: true, of };
}
