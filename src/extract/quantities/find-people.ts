import type { NamedPerson } from "../../model/checks.ts";
import type { Party } from "../../model/frontmatter.ts";

const SURNAME = "[A-Z][A-Za-z'’-]+";
// "Mr. Doe", "Mr Doe", "Mrs. Roe's", "Messrs. Doe, Poe and Roe".
const HONORIFIC = new RegExp(`\\b(Mr|Mrs|Ms|Dr|Messrs|Mses|Mmes)\\.?\\s+(${SURNAME}(?:\\s*,\\s*${SURNAME})*(?:,?\\s+and\\s+${SURNAME})?)`, "g");
const PLURAL: Record<string, string> = { Messrs: "Mr.", Mses: "Ms.", Mmes: "Mrs." };
// A party's name made of one word, or with a corporate word, is an organisation, not a person.
const ORGANISATION = /\b(?:Inc|Corp|Corporation|Company|Co|LLC|LLP|L\.P|Ltd|Trust|Bank|Partners|Fund|Holdings|Group)\b\.?|^\S+$/i;

/** Returns the people a sentence names: by honorific and surname, by a party's full name, or by a party's role word ("the Buyer"). */
export function findPeople(text: string, parties: readonly Party[]): NamedPerson[] {
  const found: NamedPerson[] = [];
  for (const match of text.matchAll(HONORIFIC)) {
    const honorific = PLURAL[match[1]!] ?? `${match[1]!}.`;
    for (const surname of match[2]!.split(/\s*,\s*|,?\s+and\s+/)) found.push({ surname: surname.replace(/['’]s$/, ""), given: null, honorific });
  }
  for (const party of parties) {
    if (party.role.toUpperCase() === "COMPANY" || ORGANISATION.test(party.name)) continue;
    const role = new RegExp(`\\b${titleCase(party.role)}(?:['’]s)?\\b`);
    if (text.toLowerCase().includes(party.name.toLowerCase()) || role.test(text)) found.push(personOf(party.name));
  }
  return found.filter((person, index) => found.findIndex((other) => key(other) === key(person)) === index);
}

/** Returns a party's name as a person: the last word is the surname, the rest the given names. */
export function personOf(name: string): NamedPerson {
  const words = name.trim().split(/\s+/);
  return { surname: words.at(-1)!, given: words.length > 1 ? words.slice(0, -1).join(" ") : null, honorific: null };
}

function titleCase(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("\\s+");
}

function key(person: NamedPerson): string {
  return `${person.surname}|${person.given ?? ""}|${person.honorific ?? ""}`;
}
