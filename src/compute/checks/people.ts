import type { NamedPerson } from "../../model/checks.ts";

const FEMALE = new Set(["Mrs.", "Ms.", "Miss"]);

/**
 * True when two mentions can be the same person: the same surname, honorifics of the same sex (or one missing), and
 * given names that agree where both are printed ("R. Luke" and "Luke" agree by their last given name or first initial).
 */
export function isSamePerson(a: NamedPerson, b: NamedPerson): boolean {
  if (fold(a.surname) !== fold(b.surname)) return false;
  if (a.honorific && b.honorific && a.honorific !== "Dr." && b.honorific !== "Dr." && FEMALE.has(a.honorific) !== FEMALE.has(b.honorific)) return false;
  if (!a.given || !b.given) return true;
  const first = (given: string) => fold(given.split(/\s+/)[0]!).charAt(0);
  const last = (given: string) => fold(given.split(/\s+/).at(-1)!);
  return first(a.given) === first(b.given) || last(a.given) === last(b.given);
}

/** Returns how many people of the first list can be matched with someone in the second. */
export function countSharedPeople(a: readonly NamedPerson[], b: readonly NamedPerson[]): number {
  return a.filter((person) => b.some((other) => isSamePerson(person, other))).length;
}

/** Returns a name as one mention of a person: "Mr. Doe" → surname Doe, honorific "Mr."; "Jane Q. Roe" → given "Jane Q.". */
export function personOfName(name: string, honorific: string | null = null): NamedPerson {
  const words = name.replace(/^(?:Mr|Mrs|Ms|Dr|Messrs)\.?\s+/, "").trim().split(/\s+/);
  return { surname: words.at(-1) ?? name, given: words.length > 1 ? words.slice(0, -1).join(" ") : null, honorific };
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
