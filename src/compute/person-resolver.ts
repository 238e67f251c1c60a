import type { Person } from "../model/people.ts";

/** Returns a function that finds the person a printed name means in a filing, or null when unsure. */
export function buildPersonResolver(people: readonly Person[]): (name: string | null, filing: string) => string | null {
  const exact = new Map<string, string>();
  for (const person of people) for (const printed of [person.name, ...person.aliases]) exact.set(fold(printed), person.id);
  return (name, filing) => {
    if (!name) return null;
    const found = exact.get(fold(name));
    if (found) return found;
    // A surname alone ("Roe") means the one person of that surname the filing names, if only one.
    const surname = fold(name.split(/\s+/).at(-1) ?? "");
    const candidates = people.filter((p) => p.filings.includes(filing) && fold(p.name.split(/\s+/).at(-1) ?? "") === surname);
    return candidates.length === 1 ? candidates[0]!.id : null;
  };
}

function fold(text: string): string {
  return text.toLowerCase().replace(/^(?:mr|mrs|ms|dr|messrs)\.?\s+/, "").replace(/[^a-z0-9]/g, "");
}
