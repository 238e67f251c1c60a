import type { OptionGrant } from "../../model/compensation.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { readPeopleRows } from "./people-rows.ts";
import { isPlanBasedAwardsTable } from "./plan-based-awards-table.ts";
import { RowReader, rowSource } from "./row-reader.ts";
import { tableHeadingText } from "./table-heading.ts";

type GrantColumn = "options" | "percentOfTotal" | "exercisePrice" | "expiration" | "value5" | "value10";

// Item 402(c) columns; a 0% column or a grant-date present value stays as an extra cell.
const RULES: readonly ColumnRule<GrantColumn>[] = [
  { kind: "value5", test: (_header, leaf) => /^5\s?%/.test(leaf) },
  { kind: "value10", test: (_header, leaf) => /^10\s?%/.test(leaf) },
  { kind: "percentOfTotal", test: (header) => /PERCENT|% OF TOTAL/.test(header) },
  { kind: "exercisePrice", test: (header) => /EXERCISE|BASE PRICE/.test(header) },
  { kind: "expiration", test: (header) => /EXPIRATION/.test(header) },
  { kind: "options", test: (header) => /GRANTED|OPTIONS|SARS/.test(header) && !/REALIZABLE|VALUE/.test(header) },
];

/**
 * True when a table lists option grants in the 1992–2006 format: headers of options granted with an exercise price
 * or expiration, and not a Grants of Plan-Based Awards table (which has a reader of its own).
 */
export function isOptionGrantTable(table: DocTable, heading = ""): boolean {
  const headers = table.header.map(normalizeHeader).join(" | ");
  const granted = /OPTIONS GRANTED|OPTION GRANTS|GRANTED/.test(headers) || /OPTION GRANTS|OPTIONS GRANTED/i.test(table.title);
  return granted && /EXERCISE|EXPIRATION|POTENTIAL REALIZABLE/.test(headers) && !isPlanBasedAwardsTable(table, heading);
}

/** Returns the rows of every option grant table of a filing; a second row of a person is a grant of its own. */
export function extractOptionGrantRows(doc: FilingDoc): OptionGrant[] {
  return doc.tables.filter((table) => isOptionGrantTable(table, tableHeadingText(doc, table))).flatMap((table) => readTable(doc, table));
}

function readTable(doc: FilingDoc, table: DocTable): OptionGrant[] {
  const columns = classifyColumns(table.header, RULES);
  return readPeopleRows(table.rows, true).map((person) => {
    const cells = new RowReader<GrantColumn>(person.row, columns, table.header, person.marks);
    return {
      name: person.name,
      position: person.rest,
      options: cells.count("options"),
      percentOfTotal: cells.percent("percentOfTotal").value,
      exercisePrice: cells.cents("exercisePrice"),
      expiration: cells.date("expiration", doc.frontmatter.date),
      value5: cells.cents("value5"),
      value10: cells.cents("value10"),
      stated: "table" as const,
      grantTable: "option grants" as const,
      grantDate: null,
      grantDateFairValue: null,
      awardType: null,
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}
