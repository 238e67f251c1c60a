import type { Source } from "../../model/facts.ts";
import { makePersonId } from "../../model/ids.ts";
import type { AliasEntry, Person, PersonAge, PersonCitation, PersonRole } from "../../model/people.ts";
import type { PersonFact } from "../../model/people.ts";
import { buildCanonicalNames } from "./merge-names.ts";
import { resolvePersonFacts, type ResolvedFact } from "./resolve-person-facts.ts";

/**
 * Returns one entry per person across all filings, sorted by id: canonical name, every printed variant, roles,
 * ages, mentions and filings. Surname-only mentions the filings leave open are left out (see resolvePersonFacts).
 */
export function buildPeopleRegistry(facts: readonly PersonFact[], aliases: readonly AliasEntry[]): Person[] {
  const { resolved } = resolvePersonFacts(facts, aliases);
  const canonical = buildCanonicalNames(
    resolved.map((item) => item.name),
    new Set(aliases.map((entry) => entry.name)),
  );
  const byId = new Map<string, { name: string; items: ResolvedFact[] }>();
  for (const item of resolved) {
    const name = canonical.get(item.name)!;
    const id = makePersonId(name);
    const group = byId.get(id) ?? { name, items: [] };
    group.items.push(item);
    byId.set(id, group);
  }
  return [...byId.keys()].sort().map((id) => buildPerson(byId.get(id)!.name, byId.get(id)!.items));
}

function buildPerson(name: string, items: readonly ResolvedFact[]): Person {
  const roles: PersonRole[] = [];
  const ages: PersonAge[] = [];
  const mentions: PersonCitation[] = [];
  const variants = new Set<string>();
  for (const { fact, name: full } of items) {
    variants.add(fact.person.printed).add(full);
    if (fact.kind === "mention") mentions.push(citation(fact.source));
    else if (fact.kind === "age") ages.push({ age: fact.age, asOf: fact.asOf, ...citation(fact.source) });
    else roles.push({ kind: fact.kind, title: fact.title, organization: fact.organization, from: fact.from, to: fact.to, ...citation(fact.source) });
  }
  variants.delete(name);
  return {
    id: makePersonId(name),
    name,
    aliases: [...variants].sort(compareText),
    roles: unique(roles).sort((a, b) => compareText(a.from ?? "~", b.from ?? "~") || compareCitations(a, b) || compareText(JSON.stringify(a), JSON.stringify(b))),
    ages: unique(ages).sort((a, b) => compareText(a.asOf, b.asOf) || compareCitations(a, b) || a.age - b.age),
    mentions: unique(mentions.map(({ filing, section, quote, line }) => ({ filing, section, quote, line }))).sort(compareCitations),
    filings: [...new Set(items.map((item) => item.fact.source.filing))].sort(compareText),
  };
}

function citation(source: Source): PersonCitation {
  return { filing: source.filing, section: source.section, quote: source.quote, line: source.line ?? 0 };
}

/** Keeps the first of items that are equal field by field (one statement seen twice, e.g. a name printed twice in a sentence). */
function unique<T extends object>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

function compareCitations(a: PersonCitation, b: PersonCitation): number {
  return compareText(a.filing, b.filing) || a.line - b.line || compareText(a.section, b.section) || compareText(a.quote, b.quote);
}

/** Code-point order, so sorting never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
