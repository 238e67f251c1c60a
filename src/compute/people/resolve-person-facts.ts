import { buildCanonicalNames } from "./merge-names.ts";
import { isHonorificCompatible, nameKey, surnameOf, type AliasEntry, type Honorific, type PersonFact } from "../../model/people.ts";

/** A fact with the full name it is about, as its filing names the person (curated names applied). */
export interface ResolvedFact {
  readonly fact: PersonFact;
  readonly name: string;
}

/** Facts tied to a full name, and the ones whose surname the filing leaves open. */
export interface ResolvedFacts {
  readonly resolved: readonly ResolvedFact[];
  readonly unassigned: readonly PersonFact[];
}

/** Returns a map from every curated printed form (and canonical name) to its canonical name. */
export function buildAliasMap(aliases: readonly AliasEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of aliases) for (const form of [entry.name, ...entry.aliases]) if (!map.has(nameKey(form))) map.set(nameKey(form), entry.name);
  return map;
}

/**
 * Returns each fact with the full name it is about. A curated alias wins; a full name stands; a surname ("Mr. Roe")
 * goes to the one person of that surname in the same filing, or, among several, to the one the filing itself gives
 * that honorific. Anything else stays unassigned rather than guessed.
 */
export function resolvePersonFacts(facts: readonly PersonFact[], aliases: readonly AliasEntry[]): ResolvedFacts {
  const aliasMap = buildAliasMap(aliases);
  const resolved: ResolvedFact[] = [];
  const unassigned: PersonFact[] = [];
  for (const group of groupByFiling(facts)) {
    const named = (fact: PersonFact) => aliasMap.get(nameKey(fact.person.printed)) ?? (fact.person.name ? (aliasMap.get(nameKey(fact.person.name)) ?? fact.person.name) : undefined);
    const { bySurname, honorifics } = filingPeople(group, named);
    for (const fact of group) {
      const name = named(fact) ?? bySurnameOnly(fact, bySurname, honorifics);
      if (name) resolved.push({ fact, name });
      else unassigned.push(fact);
    }
  }
  return { resolved, unassigned };
}

function groupByFiling(facts: readonly PersonFact[]): PersonFact[][] {
  const groups = new Map<string, PersonFact[]>();
  for (const fact of facts) groups.set(fact.source.filing, [...(groups.get(fact.source.filing) ?? []), fact]);
  return [...groups.keys()].sort().map((filing) => groups.get(filing)!);
}

/** The full names of a filing by surname, and the honorifics the filing ties to each. */
function filingPeople(facts: readonly PersonFact[], named: (fact: PersonFact) => string | undefined) {
  const bySurname = new Map<string, Set<string>>();
  const honorifics = new Map<string, Set<Honorific>>();
  // "Jane Roe" and "Jane Q. Roe" in one filing are one candidate for "Ms. Roe", not two.
  const canonical = buildCanonicalNames(facts.map(named).filter((name): name is string => name !== undefined), new Set());
  for (const fact of facts) {
    const printed = named(fact);
    const name = printed === undefined ? undefined : canonical.get(printed);
    if (!name) continue;
    const surname = nameKey(surnameOf(name));
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(name));
    if (fact.person.honorific) honorifics.set(name, (honorifics.get(name) ?? new Set()).add(fact.person.honorific));
  }
  return { bySurname, honorifics };
}

function bySurnameOnly(fact: PersonFact, bySurname: Map<string, Set<string>>, honorifics: Map<string, Set<Honorific>>): string | undefined {
  const honorific = fact.person.honorific;
  const known = (name: string) => [...(honorifics.get(name) ?? [])];
  // "Mr. Roe" cannot be the Roe the filing calls "Mrs. Roe" or a wife, and the reverse.
  const compatible = [...(bySurname.get(nameKey(fact.person.surname)) ?? [])].filter((name) => known(name).every((other) => isHonorificCompatible(honorific, other)));
  if (compatible.length === 1) return compatible[0];
  if (!honorific) return undefined;
  const stated = compatible.filter((name) => known(name).some((other) => isHonorificCompatible(honorific, other)));
  return stated.length === 1 ? stated[0] : undefined;
}
