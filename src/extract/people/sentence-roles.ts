import type { PersonRef, PersonRoleKind } from "../../model/people.ts";
import type { FoundRef } from "./find-references.ts";
import { cutTitle, findRoleDates, hasOfficeWord, splitTitle, type RoleDates } from "./role-text.ts";

/** A role a sentence states for a person, before it gets its source. */
export interface StatedRole {
  readonly ref: PersonRef;
  readonly kind: PersonRoleKind;
  readonly title: string;
  readonly organization: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** What a sentence's roles default to: the filing's company, and the committee the filing calls "the Committee". */
export interface RoleContext {
  readonly company: string;
  readonly committee: string | null;
}

const LEAD = /^((?:From|Prior to|Before|After|During|Since|Until|In|Beginning|Effective|On|As of|Previously|Most recently)\b[^,]*?(?:,\s*(?:19|20)\d{2})?),\s+/;
const DATED_LEAD = /^(?:From|Since|In|On|Effective|As of|Beginning)\b/;
const ADVERBS = String.raw`(?:(?:currently|also|previously|formerly|now|then|later|subsequently|presently|most recently)\s+)*`;
const VERBS = [
  String.raw`was\s+(?:appointed|elected|named|promoted\s+to)`,
  String.raw`has\s+been\s+(?:appointed|elected|named)`,
  String.raw`(?:has|had)\s+(?:also\s+)?served\s+as`,
  String.raw`(?:has|had)\s+(?:also\s+)?been`,
  String.raw`(?:serves|served|resigned|retired)\s+as`,
  String.raw`joined\s+(?:the\s+Company|us)\s+as`,
  "became",
  "is",
  "was",
].join("|");
const CLAUSE = new RegExp(String.raw`^\s*${ADVERBS}(${VERBS})\s+${ADVERBS}(?:to\s+the\s+(?:positions?|offices?)\s+of\s+|as\s+)?(?:(?:a|an|the|its|our)\s+)?(.+)$`, "s");
const NEXT_CLAUSE = new RegExp(String.raw`,?\s+and\s+(?=${ADVERBS}(?:was|is|has|had|became|serves|served|resigned|retired|joined)\b)`);
const APPOSITIVE = /^,\s+(?:(the Company's|its|our)\s+)?(.+?),\s+(?=[a-z])/;
const PRONOUN = /^(?:He|She)\b/;

/** Returns the roles a sentence states for the people it names, and its subject for a following "He" or "She". */
export function parseSentenceRoles(
  input: { sentence: string; refs: readonly FoundRef[]; previous: PersonRef | null },
  context: RoleContext,
): { roles: StatedRole[]; subject: PersonRef | null } {
  const { sentence, refs, previous } = input;
  const lead = LEAD.exec(sentence);
  const start = lead ? lead[0].length : 0;
  const leadText = lead && DATED_LEAD.test(lead[1]!) ? lead[1]! : "";
  const first = refs.find((found) => found.index === start);
  const pronoun = !first && previous && PRONOUN.test(sentence.slice(start)) ? previous : null;
  const subjects: { ref: PersonRef; from: number; to: number }[] = [];
  if (first) subjects.push({ ref: first.ref, from: start + first.length, to: sentence.length });
  else if (pronoun) subjects.push({ ref: pronoun, from: start + sentence.slice(start).indexOf(" "), to: sentence.length });
  for (const found of refs) {
    if (found.index <= start || !/(?:,\s+and|;)\s+$/.test(sentence.slice(0, found.index))) continue;
    const last = subjects[subjects.length - 1];
    if (last) last.to = found.index;
    subjects.push({ ref: found.ref, from: found.index + found.length, to: sentence.length });
  }
  const roles = subjects.flatMap((subject) => parsePredicate(sentence.slice(subject.from, subject.to), subject.ref, context, leadText));
  return { roles, subject: subjects[0]?.ref ?? null };
}

function parsePredicate(text: string, ref: PersonRef, context: RoleContext, leadText: string): StatedRole[] {
  if (/^['’]s\b/.test(text)) return [];
  const roles: StatedRole[] = [];
  let rest = text;
  const appositive = APPOSITIVE.exec(text);
  if (appositive && hasOfficeWord(appositive[2]!) && !/^(?:a|an)\s/.test(appositive[2]!)) {
    roles.push(role(ref, splitTitle(appositive[2]!, context.company, context.company), { from: null, to: null }, context));
    rest = text.slice(appositive[0].length);
  }
  for (const clause of rest.split(NEXT_CLAUSE)) {
    const match = CLAUSE.exec(clause);
    if (!match) continue;
    const event = /appointed|elected|named|promoted|became|joined/.test(match[1]!) ? "start" : /resigned|retired/.test(match[1]!) ? "end" : "state";
    const own = findRoleDates(clause.replace(/,\s+(?:which|who|where)\b.*$/s, ""), event);
    const fromLead: RoleDates = leadText ? findRoleDates(leadText, event) : { from: null, to: null };
    const dates = { from: own.from ?? fromLead.from, to: own.to ?? fromLead.to };
    for (const part of cutTitle(match[2]!).split(/\s+and\s+(?:a|an)\s+/)) {
      const split = splitTitle(part, context.company, context.company);
      if (hasOfficeWord(split.title)) roles.push(role(ref, split, dates, context));
    }
  }
  return roles;
}

function role(ref: PersonRef, split: { title: string; organization: string | null }, dates: RoleDates, context: RoleContext): StatedRole {
  const title = context.committee ? split.title.replace(/\bthe Committee\b/, `the ${context.committee}`) : split.title;
  return { ref, kind: roleKind(title), title, organization: split.organization, from: dates.from, to: dates.to };
}

/** Returns what kind of role a title is: a committee seat, a board seat, or an office. */
export function roleKind(title: string): PersonRoleKind {
  if (/\bCommittee\b/.test(title)) return "committee";
  const board = /^(?:former\s+|current\s+)?(?:director|director nominee|nominee for director|member of the board(?: of directors)?|(?:vice\s+)?chairman of the board(?: of directors)?)$/i;
  return board.test(title) ? "board" : "position";
}
