import type { DescribedEvent } from "../../model/checks.ts";
import type { TimelineEvent } from "../../model/facts.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPeople } from "./find-people.ts";
import { findTopics } from "./find-topics.ts";

/**
 * Returns a filing's events with the topics of their titles and the people their sentences name. A period's topics
 * also include "term" when its sentence states it as a length ("for 24 months", "for a period commencing …"), with
 * the subject the sentence names; a resignation's include what the sentence says was resigned (director, officer,
 * committee).
 */
export function describeEvents(doc: FilingDoc, events: readonly TimelineEvent[]): DescribedEvent[] {
  return events
    .filter((event) => event.source.filing === doc.id)
    .map((event) => {
      const topics = findTopics(`${event.title} ${event.derived ?? ""}`);
      const quoted = findTopics(event.source.quote);
      const term = event.end !== null && quoted.includes("term");
      const added = [...(term ? ["term", ...quoted.filter((t) => SUBJECTS.has(t))] : []), ...(topics.includes("resign") ? quoted.filter((t) => OFFICES.has(t)) : [])];
      return {
        event,
        topics: [...new Set([...topics, ...added])],
        people: findPeople(event.source.quote, doc.frontmatter.parties),
      };
    });
}

// What a term is the term of: an agreement's subject named in the sentence.
const SUBJECTS = new Set(["consulting", "loan", "note", "option", "purchase"]);
// What a resignation is from.
const OFFICES = new Set(["director", "officer", "committee"]);
