import type { FilingDoc } from "../filing-doc.ts";

/** A person a sentence names with an honorific: "Mr. Doe's", or one of "Messrs. Doe, Roe and Poe". */
export interface PersonRef {
  /** The surname as printed, without a possessive "'s". */
  readonly name: string;
  /** "Mr.", "Mrs.", "Ms.", "Miss" or "Dr."; "Messrs." gives "Mr.". */
  readonly honorific: string;
  /** Offset of the reference in the sentence. */
  readonly start: number;
}

const SURNAME = String.raw`[A-Z][A-Za-z'’-]+`;
const SINGLE = new RegExp(String.raw`\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+(${SURNAME})`, "g");
const PLURAL = new RegExp(String.raw`\bMessrs\.?\s+(${SURNAME}(?:,\s+${SURNAME})*(?:,?\s+and\s+${SURNAME})?)`, "g");

/** Returns the people a sentence names with honorifics, in order of appearance. */
export function findPersonRefs(text: string): PersonRef[] {
  const refs: PersonRef[] = [];
  for (const match of text.matchAll(PLURAL)) {
    let offset = match.index + match[0].indexOf(match[1]!);
    for (const part of match[1]!.split(/,?\s+and\s+|,\s+/)) {
      offset = text.indexOf(part, offset);
      refs.push({ name: bare(part), honorific: "Mr.", start: offset });
    }
  }
  for (const match of text.matchAll(SINGLE)) refs.push({ name: bare(match[2]!), honorific: `${match[1]}.`, start: match.index });
  return refs.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
}

/** Returns the references with each surname and honorific once, first appearance kept. */
export function uniqueRefs(refs: readonly PersonRef[]): PersonRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.honorific} ${ref.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Returns the party an agreement's role word names as the one paid ("pay to the Consultant", "the Executive
 * shall receive", "Employee shall be entitled to receive"), or null. The company itself is never the payee.
 */
export function partyForRole(doc: FilingDoc, text: string): string | null {
  for (const party of doc.frontmatter.parties) {
    if (/^COMPANY$/i.test(party.role)) continue;
    const role = rolePattern(party.role);
    const paid = new RegExp(String.raw`\b(?:pay|paid)\s+(?:to\s+)?${role}|${role}\s+(?:shall|will|is|are)\s+(?:be\s+)?(?:entitled\s+to\s+)?(?:receive|be\s+paid|paid)`);
    if (paid.test(text)) return party.name;
  }
  return null;
}

/** A role as an agreement prints it: "the Consultant", "such Executive", or a one-word defined term alone ("Employee"). */
function rolePattern(role: string): string {
  const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const titled = escaped.charAt(0).toUpperCase() + escaped.slice(1).toLowerCase();
  const bareTerm = /^[A-Za-z]+$/.test(role) ? `|${titled}` : "";
  return String.raw`(?:(?:[Tt]he|[Ss]uch)\s+(?:${escaped}|${titled})${bareTerm})\b`;
}

function bare(name: string): string {
  return name.replace(/['’]s$/, "");
}
