import type { OptionGrant } from "../../model/compensation.ts";
import type { PlanBasedAward } from "../../model/equity-awards.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { readAwardRows } from "./award-rows.ts";
import { classifyColumns, normalizeHeader, type ColumnRule } from "./columns.ts";
import { splitTrailingMarks } from "./parse-cell.ts";
import { RowReader, rowSource } from "./row-reader.ts";
import { tableHeadingText } from "./table-heading.ts";

type AwardColumn =
  | "awardType"
  | "grantDate"
  | "thresholdPayout" | "targetPayout" | "maximumPayout"
  | "thresholdShares" | "targetShares" | "maximumShares"
  | "stockAwardShares"
  | "options"
  | "exercisePrice"
  | "grantDateFairValue";

const nonEquity = (header: string) => /NON-?EQUITY/.test(header);
const equity = (header: string) => /EQUITY INCENTIVE/.test(header) && !nonEquity(header);
const inDollars = (header: string) => /\$/.test(header);
const inShares = (header: string) => /\(#\)|\bSHARES\b|\bUNITS\b/.test(header);
// Item 402(d)(2)(iii) payouts are dollars, (iv) are shares; a header without its group says which by its unit.
const payout = (header: string) => nonEquity(header) || (!equity(header) && inDollars(header));
const shares = (header: string) => equity(header) || (!nonEquity(header) && inShares(header) && !inDollars(header));
const THRESHOLD = /\bTHRESHOLD\b/;
const TARGET = /\bTARGET\b/;
const MAXIMUM = /\bMAX(?:IMUM)?\b/;
const GRANT_DATE = /GRANT DATE|DATE OF GRANT/;

// Item 402(d)(2) columns (b) to (l); an approval date or a closing market price on the grant date stays an extra cell.
const RULES: readonly ColumnRule<AwardColumn>[] = [
  { kind: "grantDateFairValue", test: (header) => /FAIR VALUE/.test(header) },
  { kind: "exercisePrice", test: (header) => /EXERCISE|BASE PRICE/.test(header) },
  { kind: "grantDate", test: (header) => GRANT_DATE.test(header) && !/PRICE|VALUE/.test(header) },
  { kind: "thresholdPayout", test: (header, leaf) => THRESHOLD.test(leaf) && payout(header) },
  { kind: "targetPayout", test: (header, leaf) => TARGET.test(leaf) && payout(header) },
  { kind: "maximumPayout", test: (header, leaf) => MAXIMUM.test(leaf) && payout(header) },
  { kind: "thresholdShares", test: (header, leaf) => THRESHOLD.test(leaf) && shares(header) },
  { kind: "targetShares", test: (header, leaf) => TARGET.test(leaf) && shares(header) },
  { kind: "maximumShares", test: (header, leaf) => MAXIMUM.test(leaf) && shares(header) },
  { kind: "stockAwardShares", test: (header) => /STOCK AWARDS|SHARES OF STOCK|STOCK OR UNITS/.test(header) },
  { kind: "options", test: (header) => /OPTION AWARDS|UNDERLYING OPTIONS|\bOPTIONS\b/.test(header) },
  { kind: "awardType", test: (_header, leaf) => /^(?:AWARD TYPE|TYPE OF AWARD|AWARD|PLAN|PLAN NAME|TYPE)\b/.test(leaf) },
];

// The fields of an award an option grant has too; marks and unread cells of the others stay with the award.
const GRANT_FIELDS = new Set(["name", "awardType", "grantDate", "options", "exercisePrice", "grantDateFairValue"]);

/**
 * True when a table is a Grants of Plan-Based Awards table: a grant date column beside estimated future payouts,
 * other stock or option awards or a grant-date fair value; or, under a "Plan-Based Awards" title or heading, any
 * of these or an exercise price. A 1992–2006 option grant table has no such columns, and its long-term incentive
 * plan table's threshold, target and maximum no grant date.
 */
export function isPlanBasedAwardsTable(table: DocTable, heading = ""): boolean {
  const headers = table.header.map(normalizeHeader);
  const awards = headers.some((header) => /ESTIMATED (?:FUTURE|POSSIBLE) PAYOUTS|ALL OTHER (?:STOCK|OPTION) AWARDS|GRANT DATE FAIR VALUE|\bTHRESHOLD\b/.test(header));
  const dated = headers.some((header) => GRANT_DATE.test(header) && !/PRICE|VALUE/.test(header));
  if (awards && dated) return true;
  return /PLAN[- ]BASED AWARDS/i.test(`${table.title} ${heading}`) && (awards || dated || headers.some((header) => /EXERCISE/.test(header)));
}

/** Returns every award row of a filing's Grants of Plan-Based Awards tables, each with its person. */
export function extractPlanBasedAwards(doc: FilingDoc): PlanBasedAward[] {
  return doc.tables.filter((table) => isPlanBasedAwardsTable(table, tableHeadingText(doc, table))).flatMap((table) => readTable(doc, table));
}

/** Returns the option grants among plan-based awards: each award that grants a number of options, with the same source. */
export function buildOptionGrants(awards: readonly PlanBasedAward[]): OptionGrant[] {
  return awards
    .filter((award) => award.options !== null)
    .map((award) => ({
      name: award.name,
      position: award.position,
      options: award.options,
      percentOfTotal: null,
      exercisePrice: award.exercisePrice,
      expiration: null,
      value5: null,
      value10: null,
      stated: "table" as const,
      grantTable: "plan-based awards" as const,
      grantDate: award.grantDate,
      grantDateFairValue: award.grantDateFairValue,
      awardType: award.awardType,
      footnotes: award.footnotes.filter((mark) => GRANT_FIELDS.has(mark.field)),
      unread: award.unread.filter((cell) => GRANT_FIELDS.has(cell.field)),
      extra: award.extra,
      source: award.source,
    }));
}

function readTable(doc: FilingDoc, table: DocTable): PlanBasedAward[] {
  const columns = classifyColumns(table.header, RULES);
  return readAwardRows(table.rows).map((person) => {
    const cells = new RowReader<AwardColumn>(person.row, columns, table.header, person.marks);
    const printedType = cells.read("awardType", (cell) => ({
      value: cell.reading.kind === "blank" || cell.reading.kind === "none" ? null : splitTrailingMarks(cell.printed).body,
      problem: null,
    }));
    return {
      name: person.name,
      position: person.rest,
      awardType: printedType ?? person.label,
      grantDate: cells.date("grantDate", doc.frontmatter.date),
      thresholdPayout: cells.cents("thresholdPayout"),
      targetPayout: cells.cents("targetPayout"),
      maximumPayout: cells.cents("maximumPayout"),
      thresholdShares: cells.count("thresholdShares"),
      targetShares: cells.count("targetShares"),
      maximumShares: cells.count("maximumShares"),
      stockAwardShares: cells.count("stockAwardShares"),
      options: cells.count("options"),
      exercisePrice: cells.cents("exercisePrice"),
      grantDateFairValue: cells.cents("grantDateFairValue"),
      footnotes: cells.footnotes,
      unread: cells.unread,
      extra: cells.extra,
      source: rowSource(doc, table, person.row),
    };
  });
}
