import type { CompensationFacts } from "../model/compensation.ts";
import { buildPersonResolver } from "../compute/index.ts";
import { loadSiteFacts } from "./facts.ts";

type Lists = { [K in keyof CompensationFacts]: (CompensationFacts[K][number] & { readonly person: string | null; readonly filing: string })[] };

let cached: Lists | undefined;

/** Returns every filing's pay and ownership facts in one list per kind, each with the person it is about. */
export function compensationLists(): Lists {
  if (cached) return cached;
  const facts = loadSiteFacts();
  const resolve = buildPersonResolver(facts.people);
  const lists = {} as Record<string, unknown[]>;
  for (const [filing, perFiling] of [...facts.compensation].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [kind, items] of Object.entries(perFiling) as [keyof CompensationFacts, readonly { name?: string | null; names?: readonly string[] }[]][]) {
      const withPeople = items.map((item) => ({ ...item, filing, person: resolve(item.name ?? item.names?.[0] ?? null, filing) }));
      lists[kind] = [...(lists[kind] ?? []), ...withPeople];
    }
  }
  cached = lists as Lists;
  return cached;
}

/** Returns the Summary Compensation Table rows ordered by person, then year (newest first), then filing. */
export function summaryRowsByPerson(): Lists["summary"] {
  return [...compensationLists().summary].sort(
    (a, b) => (a.person ?? a.name).localeCompare(b.person ?? b.name) || (b.year ?? 0) - (a.year ?? 0) || a.filing.localeCompare(b.filing) || a.source.quote.localeCompare(b.source.quote),
  );
}
