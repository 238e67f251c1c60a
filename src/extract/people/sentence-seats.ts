import type { Honorific, PersonRef } from "../../model/people.ts";
import type { FoundRef } from "./find-references.ts";
import { RELATION_WORDS } from "./known-names.ts";
import type { StatedRole } from "./sentence-roles.ts";

const COMMITTEE = String.raw`((?:[A-Z][a-z]+\s+)+Committee)\b`;
/** "The Audit Committee is comprised of …", "a Compensation Committee … consisting of directors …". */
const COMMITTEE_LIST = new RegExp(String.raw`${COMMITTEE}[^.;]*?\b(?:comprised|composed|consist(?:s|ed|ing)?)\s+of\b`);
/** "The third member of the Audit Committee, Jane Q. Roe, …". */
const COMMITTEE_SEAT = new RegExp(String.raw`\b([Mm]ember|[Cc]hairman|[Cc]hair|[Cc]hairperson)\s+of\s+the\s+${COMMITTEE},\s+`, "g");
const RELATION = new RegExp(String.raw`^,\s+(?:the\s+)?(${RELATION_WORDS})\s+of\s+`);
const MALE = /^(?:husband|son|brother|father|nephew)/;

/** Returns the committee seats and family ties a sentence states for the people it names. */
export function parseSentenceSeats(sentence: string, refs: readonly FoundRef[], company: string): StatedRole[] {
  const seats = [...committeeList(sentence, refs), ...committeeSeats(sentence, refs)].map((role) => ({ ...role, organization: company }));
  return [...seats, ...relatives(sentence, refs)];
}

function committeeList(sentence: string, refs: readonly FoundRef[]): StatedRole[] {
  const match = COMMITTEE_LIST.exec(sentence);
  if (!match) return [];
  const title = `Member of the ${committeeName(match[1]!)}`;
  return refs.filter((found) => found.index >= match.index + match[0].length).map((found) => seat(found.ref, title));
}

function committeeSeats(sentence: string, refs: readonly FoundRef[]): StatedRole[] {
  return [...sentence.matchAll(COMMITTEE_SEAT)].flatMap((match) => {
    const found = refs.find((candidate) => candidate.index === match.index + match[0].length);
    const office = match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1).toLowerCase();
    return found ? [seat(found.ref, `${office} of the ${committeeName(match[2]!)}`)] : [];
  });
}

function relatives(sentence: string, refs: readonly FoundRef[]): StatedRole[] {
  return refs.flatMap((found) => {
    const end = found.index + found.length;
    const match = RELATION.exec(sentence.slice(end));
    const other = match && refs.find((candidate) => candidate.index === end + match[0].length);
    if (!match || !other) return [];
    const honorific: Honorific = match[1] === "wife" ? "Mrs." : MALE.test(match[1]!) ? "Mr." : "Ms.";
    const ref: PersonRef = { ...found.ref, honorific: found.ref.honorific ?? honorific };
    const title = sentence.slice(end + match[0].indexOf(match[1]!), other.index + other.length);
    return [{ ref, kind: "relationship" as const, title, organization: null, from: null, to: null }];
  });
}

function seat(ref: PersonRef, title: string): StatedRole {
  return { ref, kind: "committee", title, organization: null, from: null, to: null };
}

/** Drops a leading article captured with the committee's capitalised words ("The Audit Committee"). */
export function committeeName(text: string): string {
  return text.replace(/^(?:The|A|An|Its|Our)\s+/, "").replace(/\s+/g, " ");
}
