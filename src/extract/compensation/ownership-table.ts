import type { BeneficialOwnership } from "../../model/compensation.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { findTableDate, introductionOf } from "./table-date.ts";
import { readPeopleRows } from "./people-rows.ts";
import { RowReader, rowSource } from "./row-reader.ts";

type OwnershipColumn = "sharesOwned" | "optionsAcquirable" | "total" | "percent";

// Item 403 columns; the options column is tested before the shares column since both say "SHARES".
const RULES: readonly ColumnRule<OwnershipColumn>[] = [
  { kind: "percent", test: (header) => /PERCENT|%/.test(header) },
  { kind: "optionsAcquirable", test: (header) => /ACQUIRABLE|OPTIONS|WARRANTS|RIGHT TO ACQUIRE|WITHIN 60 DAYS/.test(header) },
  { kind: "total", test: (header) => /\bTOTAL\b/.test(header) },
  { kind: "sharesOwned", test: (header) => /SHARES|BENEFICIAL|AMOUNT|NUMBER/.test(header) },
];

const GROUP = /\bas a group\b|^all (?:directors|executive officers|officers)\b/i;

/**
 * True when a table gives beneficial ownership: headers of beneficial or owned shares and a percent, or a
 * share count and a percent under a title or introduction about beneficial ownership.
 */
export function isOwnershipTable(table: DocTable, introduction = ""): boolean {
  const headers = table.header.map(normalizeHeader).join(" | ");
  if (!/PERCENT|%/.test(headers)) return false;
  if (/BENEFICIAL|SHARES OWNED|OWNED/.test(headers)) return true;
  return /SHARES|NUMBER|AMOUNT/.test(headers) && /\bbeneficial(?:ly)? own/i.test(`${table.title} ${introduction}`);
}

/** Returns the rows of every beneficial ownership table of a filing, the group row included. */
export function extractOwnership(doc: FilingDoc): BeneficialOwnership[] {
  const found: DocTable[] = [];
  for (const table of doc.tables) {
    // A table continued on the next page repeats the header of the one it continues.
    const continues = found.some((earlier) => earlier.header.join("|") === table.header.join("|"));
    if (continues || isOwnershipTable(table, introductionOf(doc, table).map((block) => block.text).join(" "))) found.push(table);
  }
  return found.flatMap((table) => readTable(doc, table));
}


function readTable(doc: FilingDoc, table: DocTable): BeneficialOwnership[] {
  const columns = shareColumns(classifyColumns(table.header, RULES));
  const asOf = ownershipDate(doc, table);
  const both = columns.includes("sharesOwned") && columns.includes("optionsAcquirable");
  return readPeopleRows(table.rows, false).map((person) => {
    const cells = new RowReader<OwnershipColumn>(person.row, columns, table.header, person.marks);
    const sharesOwned = cells.count("sharesOwned");
    const optionsAcquirable = cells.count("optionsAcquirable");
    const percent = cells.percent("percent");
    const computed = both && (sharesOwned !== null || optionsAcquirable !== null);
    return {
      name: person.name,
      address: person.rest,
      group: GROUP.test(person.name),
      sharesOwned,
      optionsAcquirable,
      total: cells.count("total"),
      computedTotal: computed ? (sharesOwned ?? 0) + (optionsAcquirable ?? 0) : null,
      percent: percent.value,
      lessThanOnePercent: percent.lessThanOne,
      asOf,
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}

/** A table with one share column and no options or total column prints each holder's total there. */
function shareColumns(columns: (OwnershipColumn | "name" | null)[]): (OwnershipColumn | "name" | null)[] {
  if (columns.includes("total") || columns.includes("optionsAcquirable")) return columns;
  return columns.map((kind) => (kind === "sharesOwned" ? "total" : kind));
}

/** The date of the holdings: from a header ("AS OF 9/9/94"), else the table's or the preceding paragraph's "as of". */
function ownershipDate(doc: FilingDoc, table: DocTable): string | null {
  return findTableDate(doc, table, table.header);
}
