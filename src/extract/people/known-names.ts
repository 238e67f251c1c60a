import type { FilingDoc } from "../filing-doc.ts";
import { parseNameCell } from "./parse-name-cell.ts";
import { isPersonTable } from "./person-table.ts";
import { nameKey, nameWords } from "../../model/people.ts";
import { INITIAL, NAME_WORD, isOrganizationName, isPersonName, titleCaseName } from "./person-names.ts";

const CAPS_NAME = String.raw`[A-Z][A-Z'-]*\.?(?:\s+[A-Z][A-Z'-]*\.?){1,4}`;
/** A biography that opens with the name in capitals: "JANE Q. ROE became …". */
const BIOGRAPHY_OPENING = new RegExp(
  String.raw`^(${CAPS_NAME})\s+(?:has|is|was|became|served|serves|joined|founded|co-founded|currently|previously|had|holds|retired)\b`,
);
/** A name tied to another person by family: "Jane Roe, wife of Mr. Roe". */
export const RELATION_WORDS = String.raw`wife|husband|spouse|son|daughter|brother|sister|father|mother|cousin|nephew|niece|(?:son|daughter|brother|sister|father|mother)-in-law`;
const RELATIVE = new RegExp(String.raw`((?:${NAME_WORD}|${INITIAL})(?:\s+(?:${NAME_WORD}|${INITIAL})){1,3}),\s+(?:the\s+)?(?:${RELATION_WORDS})\s+of\b`, "g");
/** A first name, one or two initials and a surname: the one prose shape safe to read as a person. */
const WITH_INITIAL = new RegExp(String.raw`\b(${NAME_WORD})\s+((?:[A-Z]\.\s?){1,2})(${NAME_WORD})\b(?!\s+(?:Inc|Corp|Co|LLP|LLC|Ltd|L\.P)\b)`, "g");
const SIGNATURE = new RegExp(String.raw`/s/\s*((?:(?:${NAME_WORD}|${INITIAL}|[A-Z][A-Z'-]+)\s*){2,8})`, "g");

/** Returns the full names of the people a filing names, in title case, longest first. */
export function collectKnownNames(doc: FilingDoc): string[] {
  const found: string[] = [];
  for (const party of doc.frontmatter.parties) {
    if (party.role !== "COMPANY" && !isOrganizationName(party.name) && isPersonName(party.name)) found.push(party.name);
  }
  for (const table of doc.tables) {
    if (!isPersonTable(table)) continue;
    for (const row of table.rows) {
      const cell = parseNameCell(row[0] ?? "");
      if (cell) found.push(cell.name);
    }
  }
  for (const block of doc.blocks) found.push(...namesInText(block.text));
  return uniqueNames(found);
}

/** Names a block's text shows as people: signatures, capitals biographies, relatives, names with initials. */
function namesInText(text: string): string[] {
  const names: string[] = [];
  const opening = BIOGRAPHY_OPENING.exec(text)?.[1];
  if (opening && isPersonName(opening)) names.push(titleCaseName(opening));
  for (const match of text.matchAll(SIGNATURE)) if (!isOrganizationName(match[1]!)) names.push(signatureName(match[1]!));
  for (const match of text.matchAll(RELATIVE)) names.push(match[1]!);
  for (const match of text.matchAll(WITH_INITIAL)) names.push(match[0]);
  return names.filter((name) => isPersonName(name)).map(titleCaseName);
}

/** A signature's words run into the printed name below it ("/s/ Jane Roe Jane Roe Date"): keep the first copy. */
function signatureName(run: string): string {
  const words = run.trim().split(/\s+/);
  for (let size = 2; size <= Math.min(5, Math.floor(words.length / 2)); size += 1) {
    if (nameKey(words.slice(0, size).join(" ")) === nameKey(words.slice(size, size * 2).join(" "))) return words.slice(0, size).join(" ");
  }
  const initials = words.filter((word, index) => index < words.length - 1 && /^[A-Z]\.$/.test(word)).length;
  return words.slice(0, Math.min(words.length, 2 + Math.min(initials, 1))).join(" ");
}

/** One spelling per name: the first mixed-case one seen; longest names first so matching prefers them. */
function uniqueNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    const seen = byKey.get(key);
    if (!seen || (seen.includes(".") && !/\.\s/.test(seen) && /\.\s/.test(name))) byKey.set(key, name);
  }
  return [...byKey.values()].sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length || a.localeCompare(b));
}
