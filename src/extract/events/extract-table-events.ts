import type { TimelineEvent } from "../../model/facts.ts";
import { collapseSpaces, rowQuote, type DocTable, type FilingDoc } from "../filing-doc.ts";
import { buildTitle } from "./build-title.ts";
import { findSentenceEvents } from "./find-sentence-events.ts";

const FIGURE = /^[\s$€£(]*-?[\d,.]*\d[\d,.]*\s*%?\)?(?:\s*\(\d\))?$|^[-–—*\s]*$/;

/**
 * Returns the dates in a table's body cells (an option's expiration "8/23/06"), titled by the column and the row's
 * label. Header cells are skipped: "12/31/01" over a column of returns labels figures, it is no event; so is a date
 * that labels a row of figures.
 */
export function extractTableEvents(doc: FilingDoc, table: DocTable): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let label = "";
  for (const row of table.rows) {
    label = row[0]?.trim() || label;
    const quote = collapseSpaces(rowQuote(row));
    row.forEach((cell, column) => {
      if (column === 0 && row.slice(1).every((other) => FIGURE.test(other))) return;
      const text = collapseSpaces(cell);
      for (const finding of findSentenceEvents(text, { selfDate: null, previous: null, earlier: [] })) {
        const whole = finding.start === 0 && finding.end === text.length;
        const title = whole ? columnTitle(table.header[column] ?? "", label) : buildTitle({ sentence: text, start: finding.start, end: finding.end, from: 0, subject: finding.subject, fallback: label });
        events.push({
          date: finding.date,
          precision: finding.precision,
          end: finding.endDate,
          title,
          incomplete: finding.incomplete,
          derived: finding.derived,
          recurrence: finding.recurrence,
          source: { filing: doc.id, section: table.section, quote, line: table.line },
        });
      }
    });
  }
  return events;
}

function columnTitle(header: string, label: string): string {
  const column = collapseSpaces(header.replace(/\(\d\)/g, ""));
  const cased = column === column.toUpperCase() ? column.charAt(0) + column.slice(1).toLowerCase() : column;
  const name = cased.length > 38 ? cased.slice(0, 39).replace(/\s+\S*$/, "") : cased;
  const row = label.split(/,|\s\(|\.{3,}/)[0]!.trim().slice(0, 40);
  return [name, row].filter(Boolean).join(": ") || "Date";
}
