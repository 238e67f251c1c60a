import type { PersonFact, PersonRef } from "../../model/people.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import { nameKey } from "../../model/people.ts";
import { HONORIFIC, normalizeHonorific } from "./person-names.ts";
import type { NameCell } from "./parse-name-cell.ts";
import { splitSentences } from "./split-sentences.ts";

/** A table note with its mark: "(A) Member of the Audit Committee" → mark "A". */
export interface MarkedNote {
  readonly mark: string;
  readonly text: string;
}

const NOTE = /^\(([A-Za-z]|\d{1,2})\)\s+(.+)$/s;

/** Returns the notes of a table that the given marks point to, in the table's order. */
export function markedNotes(table: DocTable, marks: readonly string[]): MarkedNote[] {
  const wanted = new Set(marks.map((mark) => mark.toUpperCase()));
  return table.notes.flatMap((note) => {
    const match = NOTE.exec(note);
    return match && wanted.has(match[1]!.toUpperCase()) ? [{ mark: match[1]!.toUpperCase(), text: match[2]! }] : [];
  });
}

/**
 * Returns mentions that tie a surname to the row's full name because the filing does so: a row marked "(4)" whose
 * note (4) says "Mr. Roe's employment terminated …" shows which Roe "Mr. Roe" is.
 */
export function noteEvidence(doc: FilingDoc, table: DocTable, cell: NameCell, person: PersonRef): PersonFact[] {
  const pattern = new RegExp(String.raw`\b(${HONORIFIC})\s+(${person.surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?![A-Za-z])`, "g");
  const facts: PersonFact[] = [];
  for (const note of doc.blocks) {
    if (note.section !== table.section || note.kind !== "note") continue;
    const mark = NOTE.exec(note.text)?.[1]?.toUpperCase();
    if (!mark || !cell.marks.includes(mark)) continue;
    for (const sentence of splitSentences(note.text)) {
      for (const match of sentence.text.matchAll(pattern)) {
        if (nameKey(match[2]!) !== nameKey(person.surname)) continue;
        const ref: PersonRef = { ...person, printed: `${match[1]} ${match[2]}`, honorific: normalizeHonorific(match[1]!) };
        facts.push({ kind: "mention", person: ref, source: { filing: doc.id, section: table.section, quote: sentence.text, line: note.line } });
      }
    }
  }
  return facts;
}
