import type { OptionList } from "../../model/compensation.ts";
import { rowQuote, type DocTable, type FilingDoc } from "../filing-doc.ts";
import { countOf } from "./cell-values.ts";
import { parseCell } from "./parse-cell.ts";
import { stripLeader } from "./person-cell.ts";

interface Entry {
  readonly label: string | null;
  readonly shares: number;
}

/**
 * Returns the option lists of a filing: tables about options (by title, header or the heading above them)
 * whose rows are share counts, bare or after a label. The total row is one labelled "Total", or a last
 * row equal to the sum above it (the rule printed above a total does not survive into Markdown).
 */
export function extractOptionLists(doc: FilingDoc): OptionList[] {
  const headings = new Map(doc.blocks.filter((block) => block.kind === "heading").map((block) => [block.section, block.text]));
  return doc.tables.flatMap((table) => {
    const about = [table.title, ...table.header, headings.get(table.context) ?? ""].join(" ");
    if (!/\boptions?\b/i.test(about) || !/\bshares?\b|\boptions\b/i.test(table.header.join(" "))) return [];
    const entries = readEntries(table);
    return entries && entries.length >= 2 ? [buildList(doc, table, entries)] : [];
  });
}

/** Reads each row as a count, or a label and a count; a label row without a count (a group heading) is passed over. */
function readEntries(table: DocTable): Entry[] | undefined {
  if (table.header.length > 2) return undefined;
  const entries: Entry[] = [];
  for (const row of table.rows) {
    const cells = row.map((cell) => cell.trim());
    const countCell = cells[cells.length - 1] ?? "";
    const label = cells.length === 2 ? cells[0]! : "";
    if (countCell === "" && label !== "") continue;
    const count = countOf(parseCell(countCell).reading).value;
    if (count === null) return undefined;
    entries.push({ label: label ? stripLeader(label) : null, shares: count });
  }
  return entries;
}

function buildList(doc: FilingDoc, table: DocTable, entries: readonly Entry[]): OptionList {
  const last = entries[entries.length - 1]!;
  const above = entries.slice(0, -1);
  const sumAbove = above.reduce((sum, entry) => sum + entry.shares, 0);
  const isTotal = /^total\b/i.test(last.label ?? "") || (above.length >= 2 && last.shares === sumAbove);
  const items = isTotal ? above : entries;
  return {
    labels: items.map((entry) => entry.label),
    shares: items.map((entry) => entry.shares),
    printedTotal: isTotal ? last.shares : null,
    computedTotal: items.reduce((sum, entry) => sum + entry.shares, 0),
    source: { filing: doc.id, section: table.section, quote: [table.header, ...table.rows].map(rowQuote).join(" "), line: table.line },
  };
}
