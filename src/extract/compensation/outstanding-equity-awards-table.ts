import type { OutstandingEquityAward } from "../../model/equity-awards.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { readAwardRows } from "./award-rows.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { findTableDate } from "./table-date.ts";
import { RowReader, rowSource } from "./row-reader.ts";
import { tableHeadingText } from "./table-heading.ts";

type OutstandingColumn =
  | "grantDate"
  | "exercisable" | "unexercisable" | "unearnedOptions"
  | "exercisePrice" | "expiration"
  | "sharesNotVested" | "marketValueNotVested"
  | "unearnedShares" | "unearnedPayoutValue";

const NOT_VESTED = /(?:HAVE|HAS|HAD) NOT (?:YET )?VESTED|\bUNVESTED\b/;
const isValue = (header: string) => /VALUE/.test(header);

// Item 402(f)(2) columns (b) to (j); the unearned columns are tested first, since they too say "not vested".
const RULES: readonly ColumnRule<OutstandingColumn>[] = [
  { kind: "grantDate", test: (header) => /GRANT DATE|DATE OF GRANT/.test(header) },
  { kind: "expiration", test: (header) => /EXPIRATION/.test(header) },
  { kind: "exercisePrice", test: (header) => /EXERCISE PRICE|BASE PRICE/.test(header) },
  { kind: "unearnedOptions", test: (header) => /UNEARNED/.test(header) && /OPTIONS/.test(header) && !isValue(header) },
  { kind: "unearnedPayoutValue", test: (header) => /UNEARNED/.test(header) && isValue(header) },
  { kind: "unearnedShares", test: (header) => /UNEARNED/.test(header) },
  { kind: "marketValueNotVested", test: (header) => NOT_VESTED.test(header) && isValue(header) },
  { kind: "sharesNotVested", test: (header) => NOT_VESTED.test(header) },
  { kind: "unexercisable", test: (header, leaf) => /UNEXERCISED|OPTIONS/.test(header) && /\bUNEXERCISABLE\b/.test(leaf) },
  { kind: "exercisable", test: (header, leaf) => /UNEXERCISED|OPTIONS/.test(header) && /\bEXERCISABLE\b/.test(leaf) },
];

/**
 * True when a table is an Outstanding Equity Awards at Fiscal Year-End table: so titled or headed, or with
 * unexercised options beside an exercise price or expiration date, or stock that has not vested. A 1992–2006
 * year-end option table prints neither.
 */
export function isOutstandingEquityAwardsTable(table: DocTable, heading = ""): boolean {
  const headers = table.header.map(normalizeHeader);
  const options = headers.some((header) => /UNEXERCISED|EXERCISABLE/.test(header));
  const priced = headers.some((header) => /EXPIRATION|EXERCISE PRICE/.test(header));
  // A count of shares not vested: a table of potential payments may print the value of unvested awards, never their number.
  const notVested = headers.some((header) => NOT_VESTED.test(header) && /NUMBER|\(#\)/.test(header));
  if ((options && priced) || notVested) return true;
  return /OUTSTANDING EQUITY AWARDS/i.test(`${table.title} ${heading}`) && (options || priced);
}

/** Returns every grant row of a filing's Outstanding Equity Awards at Fiscal Year-End tables, each with its person. */
export function extractOutstandingEquityAwards(doc: FilingDoc): OutstandingEquityAward[] {
  return doc.tables.filter((table) => isOutstandingEquityAwardsTable(table, tableHeadingText(doc, table))).flatMap((table) => readTable(doc, table));
}

function readTable(doc: FilingDoc, table: DocTable): OutstandingEquityAward[] {
  const columns = classifyColumns(table.header, RULES);
  const asOf = yearEndDate(doc, table);
  return readAwardRows(table.rows).map((person) => {
    const cells = new RowReader<OutstandingColumn>(person.row, columns, table.header, person.marks);
    return {
      name: person.name,
      position: person.rest,
      awardType: person.label,
      grantDate: cells.date("grantDate", doc.frontmatter.date),
      exercisable: cells.count("exercisable"),
      unexercisable: cells.count("unexercisable"),
      unearnedOptions: cells.count("unearnedOptions"),
      exercisePrice: cells.cents("exercisePrice"),
      expiration: cells.date("expiration", doc.frontmatter.date),
      sharesNotVested: cells.count("sharesNotVested"),
      marketValueNotVested: cells.cents("marketValueNotVested"),
      unearnedShares: cells.count("unearnedShares"),
      unearnedPayoutValue: cells.cents("unearnedPayoutValue"),
      asOf,
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}

/** The fiscal year-end of the holdings: from a header or the title ("AT DECEMBER 31, 2023"), else the "as of" of the table's introduction. */
function yearEndDate(doc: FilingDoc, table: DocTable): string | null {
  return findTableDate(doc, table, [...table.header, table.title]);
}
