import type { DescribedEvent } from "../../model/checks.ts";
import type { TimelineEvent } from "../../model/facts.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPeople } from "./find-people.ts";
import { findTopics } from "./find-topics.ts";

/**
 * Returns a filing's events with the topics of their titles and the people their sentences name. A period's topics
 * also include "term" when its sentence states it as a length ("for 24 months", "for a period commencing …").
 */
export function describeEvents(doc: FilingDoc, events: readonly TimelineEvent[]): DescribedEvent[] {
  return events
    .filter((event) => event.source.filing === doc.id)
    .map((event) => {
      const topics = findTopics(`${event.title} ${event.derived ?? ""}`);
      const term = event.end !== null && findTopics(event.source.quote).includes("term");
      return {
        event,
        topics: term ? [...new Set([...topics, "term", ...findTopics(event.source.quote).filter((t) => SUBJECTS.has(t))])] : topics,
        people: findPeople(event.source.quote, doc.frontmatter.parties),
      };
    });
}

// What a term is the term of: an agreement's subject named in the sentence.
const SUBJECTS = new Set(["consulting", "loan", "note", "option", "purchase"]);
