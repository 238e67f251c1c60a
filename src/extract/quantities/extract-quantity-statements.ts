import type { QuantityStatement } from "../../model/checks.ts";
import type { DocBlock, FilingDoc } from "../filing-doc.ts";
import { selfDate } from "../events/find-anchors.ts";
import { splitSentences } from "../sentences.ts";
import { findAsOf } from "./find-as-of.ts";
import { findPeople } from "./find-people.ts";
import { findTopics } from "./find-topics.ts";
import { parseQuantities } from "./parse-quantities.ts";

// Headings and captions name what follows; they state no figures of their own.
const READ = new Set<DocBlock["kind"]>(["paragraph", "lines", "list-item", "note"]);

/** Returns every sentence of a filing's text with the figures, people, "as of" dates and topics it states, in reading order. */
export function extractQuantityStatements(doc: FilingDoc): QuantityStatement[] {
  const self = selfDate(doc.frontmatter.kind, doc.frontmatter.date);
  const statements: QuantityStatement[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (!READ.has(block.kind)) return;
    splitSentences(block.text).forEach((sentence, index) => {
      statements.push({
        block: blockIndex,
        index,
        quantities: parseQuantities(sentence),
        people: findPeople(sentence, doc.frontmatter.parties),
        asOf: findAsOf(sentence, self),
        topics: findTopics(sentence),
        source: { filing: doc.id, section: block.section, quote: sentence, line: block.line },
      });
    });
  });
  return statements;
}
