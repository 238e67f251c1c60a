import type { Source } from "../../model/facts.ts";
import type { PersonFact, PersonRef } from "../../model/people.ts";
import { rowQuote, type FilingDoc } from "../filing-doc.ts";
import { findReferences, type NamePattern } from "./find-references.ts";
import { parseSentenceRoles, type RoleContext, type StatedRole } from "./sentence-roles.ts";
import { parseSentenceSeats } from "./sentence-seats.ts";
import { splitSentences } from "./split-sentences.ts";

/** Returns a mention for every reference to a person in the filing's text and table rows, and the roles its sentences state. */
export function extractTextFacts(doc: FilingDoc, patterns: readonly NamePattern[], context: RoleContext): PersonFact[] {
  const facts: PersonFact[] = [];
  let previousBlock: { section: string; subject: PersonRef | null } = { section: "", subject: null };
  for (const block of doc.blocks) {
    // "He" refers back to the person a biography paragraph opened with, never across sections.
    let subject = previousBlock.section === block.section ? previousBlock.subject : null;
    for (const sentence of splitSentences(block.text)) {
      const refs = findReferences(sentence.text, patterns);
      const source: Source = { filing: doc.id, section: block.section, quote: sentence.text, line: block.line };
      for (const found of refs) facts.push({ kind: "mention", person: found.ref, source });
      const parsed = parseSentenceRoles({ sentence: sentence.text, refs, previous: subject }, context);
      const stated = [...parsed.roles, ...parseSentenceSeats(sentence.text, refs, context.company)];
      facts.push(...stated.map((role) => roleFact(role, source)));
      if (parsed.subject) subject = parsed.subject;
    }
    previousBlock = { section: block.section, subject };
  }
  for (const table of doc.tables) {
    for (const row of table.rows) {
      const quote = rowQuote(row);
      const source: Source = { filing: doc.id, section: table.section, quote, line: table.line };
      for (const found of findReferences(quote, patterns)) facts.push({ kind: "mention", person: found.ref, source });
    }
  }
  return facts;
}

function roleFact(role: StatedRole, source: Source): PersonFact {
  return { kind: role.kind, person: role.ref, title: role.title, organization: role.organization, from: role.from, to: role.to, source };
}
