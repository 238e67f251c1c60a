import type { TimelineEvent } from "../../model/facts.ts";
import type { DocBlock, FilingDoc } from "../filing-doc.ts";
import { buildTitle } from "./build-title.ts";
import { extractTableEvents } from "./extract-table-events.ts";
import { selfDate } from "./find-anchors.ts";
import { findSentenceEvents } from "./find-sentence-events.ts";
import { orderEvents } from "./order-events.ts";
import { splitSentences } from "./split-sentences.ts";
import type { SentenceContext } from "./types.ts";

// Headings restate what the text under them says ("NOTICE OF ANNUAL MEETING … DECEMBER 5, 2002"), and table
// captions label columns ("YEARS ENDING"); neither is a statement of its own.
const SKIPPED = new Set<DocBlock["kind"]>(["heading", "caption"]);

/** Returns every dated statement of a filing, each with the sentence (or table row) that states it, in date order. */
export function extractEvents(doc: FilingDoc): TimelineEvent[] {
  const self = selfDate(doc.frontmatter.kind, doc.frontmatter.date);
  const titles = new Map(doc.sections.map((section) => [section.id, section.title]));
  const earlier = new Map<string, string[]>();
  const events: TimelineEvent[] = [];
  for (const block of doc.blocks) {
    if (SKIPPED.has(block.kind)) continue;
    const seen = earlier.get(block.section) ?? [];
    earlier.set(block.section, seen);
    const sentences = splitSentences(block.text);
    sentences.forEach((sentence, index) => {
      const context = { selfDate: self, previous: sentences[index - 1]?.text ?? null, earlier: seen };
      events.push(...sentenceEvents(doc, block, sentence.text, context, titles.get(block.section) ?? ""));
      seen.push(sentence.text);
    });
  }
  for (const table of doc.tables) events.push(...extractTableEvents(doc, table));
  return orderEvents(events);
}

function sentenceEvents(doc: FilingDoc, block: DocBlock, sentence: string, context: SentenceContext, fallback: string): TimelineEvent[] {
  const findings = findSentenceEvents(sentence, context);
  const source = { filing: doc.id, section: block.section, quote: sentence, line: block.line };
  return findings.flatMap((finding, at) => {
    // A sentence that states one date twice keeps its first statement, whose title reads best.
    if (findings.findIndex((other) => other.date === finding.date && other.endDate === finding.endDate) !== at) return [];
    const from = Math.max(0, ...findings.slice(0, at).map((f) => f.end).filter((end) => end <= finding.start));
    const title = buildTitle({ sentence, start: finding.start, end: finding.end, from, subject: finding.subject, fallback });
    const { date, precision, endDate: end, incomplete, derived, recurrence } = finding;
    return [{ date, precision, end, title, incomplete, derived, recurrence, source }];
  });
}
