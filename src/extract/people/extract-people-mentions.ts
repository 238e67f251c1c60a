import type { PersonFact } from "../../model/people.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { buildNamePatterns } from "./find-references.ts";
import { collectKnownNames } from "./known-names.ts";
import { extractPartyFacts } from "./party-facts.ts";
import { committeeName } from "./sentence-seats.ts";
import { extractTableFacts } from "./table-facts.ts";
import { extractTextFacts } from "./text-facts.ts";

const DEFINED_COMMITTEE = /((?:[A-Z][a-z]+\s+)+Committee)\b[^.]*?\(the\s+["“]Committee["”]\)/;

/** Returns every statement a filing makes about a person: party roles, offices, ages, seats, family ties and mentions. */
export function extractPeopleMentions(doc: FilingDoc): PersonFact[] {
  const patterns = buildNamePatterns(collectKnownNames(doc));
  const defined = doc.blocks.map((block) => DEFINED_COMMITTEE.exec(block.text)?.[1]).find(Boolean);
  const context = { company: doc.frontmatter.company, committee: defined ? committeeName(defined) : null };
  return [...extractPartyFacts(doc), ...extractTableFacts(doc), ...extractTextFacts(doc, patterns, context)];
}
