import { z } from "zod";
import type { Source } from "./facts.ts";
import type { PersonId } from "./ids.ts";

/** A courtesy title as filings print it, normalised with its period. */
export type Honorific = "Mr." | "Mrs." | "Ms." | "Miss" | "Dr.";

/** How a filing refers to a person at one place. */
export interface PersonRef {
  /** The name as printed, footnote marks removed: "JANE Q. ROE", "Ms. Roe", "Doe" (from "Messrs. Doe and …"). */
  readonly printed: string;
  /** The full name the filing itself ties this reference to, in title case ("Jane Q. Roe"); null for a surname alone. */
  readonly name: string | null;
  /** The surname, for matching references made by surname only. */
  readonly surname: string;
  /** The honorific printed or stated for the person here ("wife of" states "Mrs."), or null. */
  readonly honorific: Honorific | null;
}

/** What a role-like statement about a person is. */
export type PersonRoleKind = "party" | "position" | "board" | "committee" | "relationship";

/** A role a filing states for a person: party to an agreement, office, board or committee seat, family tie. */
export interface PersonRoleFact {
  readonly kind: PersonRoleKind;
  readonly person: PersonRef;
  /** The role in the filing's words: "BUYER", "Chairman of the Board", "Member of the Audit Committee", "wife of Mr. X". */
  readonly title: string;
  /** The organisation the role is held at, as printed; null when the filing names none (e.g. a party role). */
  readonly organization: string | null;
  /** When the role began: "YYYY-MM-DD", "YYYY-MM" or "YYYY" as precise as printed; null when not stated. */
  readonly from: string | null;
  /** When the role ended, same formats; null when not stated or still held. */
  readonly to: string | null;
  readonly source: Source;
}

/** A person's age as a filing prints it. */
export interface PersonAgeFact {
  readonly kind: "age";
  readonly person: PersonRef;
  /** Age in years. */
  readonly age: number;
  /** The filing's date, the day the age is stated as of. */
  readonly asOf: string;
  readonly source: Source;
}

/** One place where a filing names a person. */
export interface PersonMentionFact {
  readonly kind: "mention";
  readonly person: PersonRef;
  readonly source: Source;
}

/** A statement of a filing about a person. */
export type PersonFact = PersonRoleFact | PersonAgeFact | PersonMentionFact;

/** Where a person's role, age or mention is stated, flattened for pages. */
export interface PersonCitation {
  /** Filing id. */
  readonly filing: string;
  /** Anchor id of the section or table that states it. */
  readonly section: string;
  /** The sentence or table row as printed. */
  readonly quote: string;
  /** Markdown line of the statement, for messages. */
  readonly line: number;
}

/** A role of a person with where it is stated. */
export interface PersonRole extends PersonCitation {
  readonly kind: PersonRoleKind;
  /** The role in the filing's words. */
  readonly title: string;
  /** The organisation, as printed; null when the filing names none. */
  readonly organization: string | null;
  /** Start, as precise as printed; null when not stated. */
  readonly from: string | null;
  /** End, as precise as printed; null when not stated. */
  readonly to: string | null;
}

/** An age of a person with the date it is stated as of and where. */
export interface PersonAge extends PersonCitation {
  /** Age in years. */
  readonly age: number;
  /** ISO date the age is stated as of. */
  readonly asOf: string;
}

/** One person across all filings: every name printed for them, their roles, ages and mentions. */
export interface Person {
  readonly id: PersonId;
  /** The canonical name: the curated one, else the fullest printed one. */
  readonly name: string;
  /** Every other printed variant of the name, sorted. */
  readonly aliases: readonly string[];
  /** Roles sorted by start, filing and line. */
  readonly roles: readonly PersonRole[];
  /** Ages sorted by as-of date and filing. */
  readonly ages: readonly PersonAge[];
  /** Sentences and rows naming the person, one per place, sorted by filing and line. */
  readonly mentions: readonly PersonCitation[];
  /** Ids of the filings that name the person, sorted. */
  readonly filings: readonly string[];
}

/** One curated entry of content/people.yaml: a person's canonical name and the other ways filings print it. */
export const AliasEntrySchema = z
  .object({
    /** The canonical name, as the person's page shows it, e.g. "Jane Q. Roe". */
    name: z.string().trim().min(1, "a non-empty name"),
    /** Other printed forms, misspellings included, e.g. "Mrs Roe", "Jane Q.Roe". */
    aliases: z.array(z.string().trim().min(1, "a non-empty alias")).min(1, "at least one alias"),
  })
  .strict();

/** The curated alias list, content/people.yaml. */
export const PeopleFileSchema = z
  .object({
    /** One entry per person whose printed names need help to be merged. */
    people: z.array(AliasEntrySchema),
  })
  .strict();

/** A curated alias entry, with the line it starts on when read from the file. */
export type AliasEntry = z.infer<typeof AliasEntrySchema> & { readonly line?: number };

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Returns the key two printed names share when they differ only in case, periods or spacing. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ").trim();
}

/** Returns the words of a name without suffixes like "Jr.", periods kept on initials. */
export function nameWords(name: string): string[] {
  return name
    .replace(/,/g, " ")
    .split(/\s+|(?<=\.)(?=[A-Za-z])/)
    .filter((word) => word && !SUFFIXES.has(word.toLowerCase().replace(/\./g, "")));
}

/** Returns the surname of a full name: its last word before any suffix. */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? name;
}

/** True when two honorifics can name the same person: same sex, or either unknown or "Dr.". */
export function isHonorificCompatible(a: Honorific | null, b: Honorific | null): boolean {
  if (!a || !b || a === "Dr." || b === "Dr.") return true;
  return (a === "Mr.") === (b === "Mr.");
}
