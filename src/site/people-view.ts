import type { Source } from "../model/facts.ts";
import type { Person, PersonCitation } from "../model/people.ts";
import { loadSiteFacts } from "./facts.ts";
import { withBase } from "./paths.ts";

/** Returns the source of a person's role, age or mention. */
export function citationSource(citation: PersonCitation): Source {
  return { filing: citation.filing, section: citation.section, quote: citation.quote, line: citation.line };
}

/** Returns the path of a person's page, with the base path. */
export function personUrl(base: string, person: Pick<Person, "id">): string {
  return withBase(base, `/people/${person.id}/`);
}

/** Returns the title of the section a citation points at, for grouping mentions. */
export function sectionTitle(citation: PersonCitation): string {
  const filing = loadSiteFacts().filings.find((f) => f.id === citation.filing);
  return filing?.sections.find((s) => s.id === citation.section)?.title ?? citation.section;
}

/** Returns a reader's label for a filing: "Acme Corp., Consulting Agreement". */
export function filingLabel(id: string): string {
  const filing = loadSiteFacts().filings.find((f) => f.id === id);
  return filing ? `${filing.data.company}, ${filing.data.title}` : id;
}

/** Returns the people in name order (then id), as the index lists them. */
export function peopleByName(): readonly Person[] {
  return [...loadSiteFacts().people].sort((a, b) => surnameKey(a.name).localeCompare(surnameKey(b.name)) || a.id.localeCompare(b.id));
}

function surnameKey(name: string): string {
  const parts = name.split(" ");
  return `${parts.at(-1)} ${name}`;
}
