import type { CheckFiling } from "../../model/checks.ts";
import type { CompensationFacts } from "../../model/compensation.ts";
import type { TimelineEvent } from "../../model/facts.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { describeEvents } from "./describe-events.ts";
import { extractQuantityStatements } from "./extract-quantity-statements.ts";
import { extractNomineeLists, extractStatedCounts } from "./extract-stated-counts.ts";

/** Returns what the consistency checks read about a filing: its sentences' figures, counts and nominees, with its events and pay facts. */
export function extractCheckFiling(doc: FilingDoc, facts: { events: readonly TimelineEvent[]; compensation: CompensationFacts }): CheckFiling {
  const { counts, worded } = extractStatedCounts(doc);
  return {
    id: doc.id,
    company: doc.frontmatter.company,
    kind: doc.frontmatter.kind,
    date: doc.frontmatter.date,
    statements: extractQuantityStatements(doc),
    counts,
    worded,
    nominees: extractNomineeLists(doc),
    events: describeEvents(doc, facts.events),
    compensation: facts.compensation,
  };
}
