import type { PersonFact } from "../../model/people.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { surnameOf } from "../../model/people.ts";
import { isOrganizationName, isPersonName } from "./person-names.ts";
import { splitSentences } from "./split-sentences.ts";

/** Returns each person's party role from the frontmatter, sourced at the sentence that defines it: "Jane Roe (the BUYER)". */
export function extractPartyFacts(doc: FilingDoc): PersonFact[] {
  const facts: PersonFact[] = [];
  for (const party of doc.frontmatter.parties) {
    if (party.role === "COMPANY" || isOrganizationName(party.name) || !isPersonName(party.name)) continue;
    const source = definingSentence(doc, party.name, party.role);
    if (!source) continue;
    const person = { printed: party.name, name: party.name, surname: surnameOf(party.name), honorific: null };
    facts.push({ kind: "party", person, title: party.role, organization: null, from: null, to: null, source });
  }
  return facts;
}

/** The first sentence that defines the role for the name, else the first that names the party at all. */
function definingSentence(doc: FilingDoc, name: string, role: string) {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const defines = new RegExp(String.raw`${escaped(name)},?\s*\((?:the\s+)?["“]?${escaped(role)}["”]?\)`, "i");
  const names = new RegExp(escaped(name));
  for (const pattern of [defines, names]) {
    for (const block of doc.blocks) {
      const sentence = splitSentences(block.text).find((candidate) => pattern.test(candidate.text));
      if (sentence) return { filing: doc.id, section: block.section, quote: sentence.text, line: block.line };
    }
  }
  return undefined;
}
