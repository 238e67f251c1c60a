import type { YearEndOptions } from "../../model/compensation.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { findIsoDate } from "./dates.ts";
import { isOutstandingEquityAwardsTable } from "./outstanding-equity-awards-table.ts";
import { readPeopleRows } from "./people-rows.ts";
import { RowReader, rowSource } from "./row-reader.ts";
import { tableHeadingText } from "./table-heading.ts";

type YearEndColumn =
  | "acquiredOnExercise"
  | "valueRealized"
  | "exercisable/unexercisable"
  | "valueExercisable/valueUnexercisable"
  | "exercisable" | "unexercisable" | "valueExercisable" | "valueUnexercisable";

const COUNTS = "exercisable/unexercisable";
const VALUES = "valueExercisable/valueUnexercisable";
const BOTH = /EXERCISABLE\s?\/\s?UNEXERCISABLE/;
const isValue = (header: string) => /VALUE|IN-THE-MONEY/.test(header);
const isHolding = (header: string) => /UNEXERCISED|YEAR-END|YEAR END/.test(header);

// Item 402(d): one column per figure, or "exercisable/unexercisable" pairs printed in one cell.
const RULES: readonly ColumnRule<YearEndColumn>[] = [
  { kind: "acquiredOnExercise", test: (header) => /ACQUIRED ON EXERCISE/.test(header) },
  { kind: "valueRealized", test: (header) => /VALUE REALIZED/.test(header) },
  { kind: "valueExercisable/valueUnexercisable", test: (header) => isHolding(header) && isValue(header) && BOTH.test(header) },
  { kind: "exercisable/unexercisable", test: (header) => isHolding(header) && BOTH.test(header) },
  { kind: "valueUnexercisable", test: (header, leaf) => isHolding(header) && isValue(header) && /\bUNEXERCISABLE\b/.test(leaf) },
  { kind: "valueExercisable", test: (header, leaf) => isHolding(header) && isValue(header) && /\bEXERCISABLE\b/.test(leaf) },
  { kind: "unexercisable", test: (header, leaf) => isHolding(header) && /\bUNEXERCISABLE\b/.test(leaf) },
  { kind: "exercisable", test: (header, leaf) => isHolding(header) && /\bEXERCISABLE\b/.test(leaf) },
];

/**
 * True when a table gives year-end option holdings in the 1992–2006 format: headers of unexercised or in-the-money
 * options, and not an Outstanding Equity Awards table (which has a reader of its own).
 */
export function isYearEndOptionTable(table: DocTable, heading = ""): boolean {
  const holdings = table.header.map(normalizeHeader).some((header) => /UNEXERCISED|IN-THE-MONEY/.test(header));
  return holdings && !isOutstandingEquityAwardsTable(table, heading);
}

/** Returns the rows of every year-end option table of a filing, with the year-end date its headers name. */
export function extractYearEndOptions(doc: FilingDoc): YearEndOptions[] {
  return doc.tables.filter((table) => isYearEndOptionTable(table, tableHeadingText(doc, table))).flatMap((table) => readTable(doc, table));
}

function readTable(doc: FilingDoc, table: DocTable): YearEndOptions[] {
  const columns = classifyColumns(table.header, RULES);
  const asOf = table.header.map((header, index) => (columns[index] ? findIsoDate(header, doc.frontmatter.date) : null)).find(Boolean) ?? null;
  return readPeopleRows(table.rows, true).map((person) => {
    const cells = new RowReader<YearEndColumn>(person.row, columns, table.header, person.marks);
    const [exercisable, unexercisable] = columns.includes(COUNTS)
      ? cells.pair(COUNTS, ["exercisable", "unexercisable"], "count")
      : [cells.count("exercisable"), cells.count("unexercisable")];
    const [valueExercisable, valueUnexercisable] = columns.includes(VALUES)
      ? cells.pair(VALUES, ["valueExercisable", "valueUnexercisable"], "cents")
      : [cells.cents("valueExercisable"), cells.cents("valueUnexercisable")];
    return {
      name: person.name,
      acquiredOnExercise: cells.count("acquiredOnExercise"),
      valueRealized: cells.cents("valueRealized"),
      exercisable,
      unexercisable,
      valueExercisable,
      valueUnexercisable,
      asOf,
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}
