import type { NomineeList, StatedCount, WordedNumber } from "../../model/checks.ts";
import { rowQuote, type DocBlock, type FilingDoc } from "../filing-doc.ts";
import { splitSentences } from "../sentences.ts";
import { findCounts } from "./find-counts.ts";
import { findWordedNumbers } from "./find-worded-numbers.ts";

const READ = new Set<DocBlock["kind"]>(["paragraph", "lines", "list-item", "note"]);
// A table of nominees sits under a heading about the election of directors and lists a name per row.
const ELECTION_HEADING = /\belection\s+of\s+directors\b|\bnominees\b/i;
const FOOTNOTE_MARKS = /(?:\s*\((?:[A-Za-z]|\d{1,2})\))+\s*$|\*+$/;

/** Returns the counts a filing's sentences state and the numbers they print in both words and figures. */
export function extractStatedCounts(doc: FilingDoc): { counts: StatedCount[]; worded: WordedNumber[] } {
  const counts: StatedCount[] = [];
  const worded: WordedNumber[] = [];
  for (const block of doc.blocks) {
    if (!READ.has(block.kind)) continue;
    for (const sentence of splitSentences(block.text)) {
      const source = { filing: doc.id, section: block.section, quote: sentence, line: block.line };
      counts.push(...findCounts(sentence).map((count) => ({ ...count, source })));
      worded.push(...findWordedNumbers(sentence).map((number) => ({ ...number, source })));
    }
  }
  return { counts, worded };
}

/** Returns the nominee tables of a filing: tables under an election-of-directors heading whose first column holds names. */
export function extractNomineeLists(doc: FilingDoc): NomineeList[] {
  const titles = new Map(doc.sections.map((section) => [section.id, section.title]));
  return doc.tables
    .filter((table) => ELECTION_HEADING.test(`${titles.get(table.context) ?? ""} ${table.title}`) && /\bname\b/i.test(table.header[0] ?? ""))
    .map((table) => ({
      names: table.rows.map((row) => (row[0] ?? "").replace(FOOTNOTE_MARKS, "").trim()).filter((name) => /[A-Za-z]/.test(name)),
      source: { filing: doc.id, section: table.section, quote: rowQuote(table.header), line: table.line },
    }))
    .filter((list) => list.names.length > 0);
}
