import type { Source } from "../../model/facts.ts";
import { surnameOf, type PersonFact, type PersonRef, type PersonRoleKind } from "../../model/people.ts";
import { rowQuote, type DocTable, type FilingDoc } from "../filing-doc.ts";
import { parseNameCell, type NameCell } from "./parse-name-cell.ts";
import { stripMarks } from "./person-names.ts";
import { isPersonTable } from "./person-table.ts";
import { hasOfficeWord, splitOrganizations, splitTitle } from "./role-text.ts";
import { markedNotes, noteEvidence } from "./table-notes.ts";
import { roleKind } from "./sentence-roles.ts";

const POSITION_HEADER = /POSITION|TITLE|OFFICE|CAPACITY/i;
const OCCUPATION_HEADER = /OCCUPATION|BUSINESS EXPERIENCE/i;
const AGE_HEADER = /^AGE\b/i;
const SINCE_HEADER = /FIRST ELECTED|DIRECTOR SINCE|FIRST BECAME|SERVED AS (?:A )?DIRECTOR SINCE/i;

/** Returns what the tables of people state: offices, ages, board and committee seats, from each person's row. */
export function extractTableFacts(doc: FilingDoc): PersonFact[] {
  return doc.tables.filter(isPersonTable).flatMap((table) => {
    const nominees = isNomineeTable(doc, table);
    return table.rows.flatMap((row) => {
      const cell = parseNameCell(row[0] ?? "");
      return cell ? rowFacts(doc, table, row, cell, nominees) : [];
    });
  });
}

function rowFacts(doc: FilingDoc, table: DocTable, row: readonly string[], cell: NameCell, nominee: boolean): PersonFact[] {
  const person: PersonRef = { printed: cell.printed, name: cell.name, surname: surnameOf(cell.name), honorific: null };
  const source: Source = { filing: doc.id, section: table.section, quote: rowQuote(row), line: table.line };
  const company = doc.frontmatter.company;
  const facts: PersonFact[] = [];
  const addRole = (kind: PersonRoleKind, title: string, organization: string | null, from: string | null = null) =>
    facts.push({ kind, person, title, organization, from, to: null, source });
  if (cell.rest && /POSITION|RELATIONSHIP|TITLE|CAPACITY/i.test(table.header[0] ?? "")) {
    const split = splitTitle(cell.rest, company, company);
    addRole(roleKind(split.title), split.title, split.organization);
  }
  const marks = [...cell.marks];
  table.header.forEach((header, index) => {
    if (index === 0) return;
    const { text, marks: cellMarks } = stripMarks(row[index] ?? "");
    marks.push(...cellMarks);
    if (!text || /^[-—–]+$/.test(text)) return;
    if (AGE_HEADER.test(header) && /^\d{2,3}$/.test(text)) facts.push({ kind: "age", person, age: Number(text), asOf: doc.frontmatter.date, source });
    else if (SINCE_HEADER.test(header) && /^(?:19|20)\d{2}$/.test(text)) addRole("board", "Director", company, text);
    else if (OCCUPATION_HEADER.test(header)) {
      const split = occupation(text, company);
      addRole(roleKind(split.title), split.title, split.organization);
    } else if (POSITION_HEADER.test(header)) {
      const split = splitTitle(text, company, company);
      addRole(roleKind(split.title), split.title, split.organization);
    }
  });
  if (nominee) addRole("board", "Director nominee", company);
  for (const note of markedNotes(table, marks)) {
    const committee = /^(Member|Chairman|Chair|Chairperson) of the ((?:[A-Z][a-z]+\s+)+Committee)\b/i.exec(note.text);
    if (committee) addRole("committee", `${capitalise(committee[1]!)} of the ${committee[2]!.trim()}`, company);
    const boards = /^Serves? on the boards? (?:of directors )?of (.+)$/i.exec(note.text);
    for (const organization of boards ? splitOrganizations(boards[1]!) : []) addRole("board", "Director", organization);
  }
  return [...facts, ...noteEvidence(doc, table, cell, person)];
}

/** An occupation names its firm after a comma or "of": "Partner, Roe & Doe LLP"; the firm is not assumed. */
function occupation(text: string, company: string): { title: string; organization: string | null } {
  const comma = /^([^,]+),\s+(.+)$/.exec(text);
  if (comma && hasOfficeWord(comma[1]!) && !hasOfficeWord(comma[2]!.split(/\s+/)[0]!)) return { title: comma[1]!, organization: comma[2]! };
  return splitTitle(text, company, null);
}

/** A table of nominees: its heading section is about electing directors or names nominees. */
function isNomineeTable(doc: FilingDoc, table: DocTable): boolean {
  const context = doc.sections.find((section) => section.id === table.context);
  const describesDirectors = table.header.some((header) => AGE_HEADER.test(header) || SINCE_HEADER.test(header) || OCCUPATION_HEADER.test(header));
  return describesDirectors && /NOMINEE|ELECTION OF DIRECTORS/i.test(`${table.title} ${context?.title ?? ""}`);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
