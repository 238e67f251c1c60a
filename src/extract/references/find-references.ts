import type { TextMention } from "../../model/references.ts";
import { isoDate, monthNumber, MONTH_NAME } from "../events/calendar.ts";
import { compileNameFinder } from "./find-names.ts";

/** The titles references to documents and sections are recognised by. */
export interface ReferenceVocabulary {
  /** Titles of the collection's filings ("Proxy Statement"), found in title case or capitals. */
  readonly documentTitles: readonly string[];
  /** Titles of this filing's headings and tables, found when quoted: `see "Certain Transactions"`. */
  readonly sectionTitles: readonly string[];
  /** Titles of this filing's tables of three words or more, found in title case unquoted ("Summary Compensation Table"). */
  readonly tableTitles: readonly string[];
}

const LABEL = String.raw`\d+(?:\.\d+)*(?:\((?:[a-z]{1,4}|[A-Z]|\d{1,2})\))*(?![\w(])`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
const SECTION = new RegExp(String.raw`\b(?:Sections?|Paragraphs?|SECTIONS?|PARAGRAPHS?)\s+(${LABEL})((?:${SEPARATOR}${LABEL})*)`, "g");
const LABEL_IN_LIST = new RegExp(LABEL, "g");
const NAME_WORD = String.raw`[A-Z][\w'&-]*`;
const DOCUMENT_NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:and|of|on|for|&)\s+)?${NAME_WORD})*`;
const WHERE = /^\s+(?:above|below|hereof|herein|hereto|hereunder)\b/;
const OF_DOCUMENT = new RegExp(String.raw`^\s+of\s+(this|the)\s+(${DOCUMENT_NAME})`);
// "Section 16(a) of the Securities Exchange Act", "Corporations Code section 705(e)": laws, not documents of the collection.
const LAW = /\b(?:Act|Code|Regulations?|Rules?|Law|Statutes?|Constitution)$/;
const FORM_CODE = String.raw`(?=[A-Z0-9/-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\/[A-Z](?:-\d+)?)?(?![\w/-])`;
const DATED = String.raw`(?:\s+dated\s+(${MONTH_NAME}\.?\s+\d{1,2},\s*\d{4}))?`;
const FORM = new RegExp(String.raw`\b(?:Form|FORM)\s+(${FORM_CODE})${DATED}`, "g");
const EXHIBIT = /\b(?:Exhibits?|EXHIBITS?)\s+([A-Z](?![\w])|\d+(?:\.\d+)*(?![\w.]?\d))/g;
const CONTAINER = new RegExp(String.raw`^\s+(?:to|of)\s+((?:this|the|its|the Company's)\s+(?:Form\s+${FORM_CODE}${DATED}|${DOCUMENT_NAME}))`);
const AGREEMENT = /\b((?:[A-Z][A-Za-z'-]*\s+(?:(?:and|of|&)\s+)?){1,6})(Agreement|AGREEMENT)(?![\w])/g;
const DETERMINER = /^(?:(?:This|The|Such|Any|Each|That|Said|Sole|A|An|THIS|THE|SUCH|ANY|EACH|SOLE)\s+)+/;
const QUOTED_TITLE = /["\u201c]([^"\u201c\u201d\n]{3,100}?)[,.]?["\u201d]/g;

/**
 * Returns a finder of the references a run of text makes to sections ("Section 4(b) below", "Paragraphs
 * 2(a), 2(b) and 2(c)": one mention per label), exhibits ("Exhibit B", "Exhibit 10.3 to this Form 8-K") and
 * documents ("the Stock Purchase Agreement", "Form 8-K dated June 12, 2002"), overlapping ones included.
 */
export function compileReferenceFinder(vocabulary: ReferenceVocabulary): (text: string) => TextMention[] {
  const documents = compileNameFinder(vocabulary.documentTitles.flatMap((title) => [title, title.toUpperCase()].map((form) => ({ form, value: title }))));
  const tables = compileNameFinder(vocabulary.tableTitles.flatMap((title) => [titleCase(title), title].map((form) => ({ form, value: title }))));
  const sections = new Set(vocabulary.sectionTitles.map(normalizeTitle));
  return (text) => [
    ...findSections(text),
    ...findExhibits(text),
    ...findForms(text),
    ...findAgreements(text),
    ...documents(text).map((m) => documentMention(text, m.start, m.end)),
    ...tables(text).map((m) => ({ start: m.start, end: m.end, text: m.text, ask: { kind: "section-title" as const, title: m.value } })),
    ...findQuotedTitles(text, sections),
  ];
}

function findSections(text: string): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(SECTION)) {
    if (/\b(?:Code|Act|Regulation|Rules?|Item)\s*,?\s*$/.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const end = match.index + match[0].length;
    const rest = text.slice(end);
    const of = OF_DOCUMENT.exec(rest);
    if (of && LAW.test(of[2]!)) continue;
    const document = of && of[1] === "the" ? of[2]! : null;
    const tail = of ? of[0].length : (WHERE.exec(rest)?.[0].length ?? 0);
    const labels = [{ label: match[1]!, at: match.index + match[0].indexOf(match[1]!, match[0].search(/\s/)) }];
    const listStart = end - match[2]!.length;
    for (const more of match[2]!.matchAll(LABEL_IN_LIST)) labels.push({ label: more[0], at: listStart + more.index });
    labels.forEach(({ label, at }, index) => {
      const start = index === 0 ? match.index : at;
      const stop = labels.length === 1 ? end + tail : at + label.length;
      found.push({ start, end: stop, text: text.slice(start, stop), ask: { kind: "section", label, document } });
    });
  }
  return found;
}

function findExhibits(text: string): TextMention[] {
  return [...text.matchAll(EXHIBIT)].map((match) => {
    const container = CONTAINER.exec(text.slice(match.index + match[0].length));
    const end = match.index + match[0].length + (container?.[0].length ?? 0);
    return { start: match.index, end, text: text.slice(match.index, end), ask: { kind: "exhibit", exhibit: match[1]!, container: container?.[1] ?? null } };
  });
}

function findForms(text: string): TextMention[] {
  return [...text.matchAll(FORM)].map((match) => {
    const end = match.index + match[0].length;
    const self = /\bthis\s+$/i.test(text.slice(Math.max(0, match.index - 6), match.index));
    const date = match[2] ? longDate(match[2]) : null;
    return { start: match.index, end, text: match[0], ask: { kind: "document", name: `Form ${match[1]}`, form: match[1]!, date, self } };
  });
}

function findAgreements(text: string): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(AGREEMENT)) {
    const lead = DETERMINER.exec(match[1]!)?.[0].length ?? 0;
    if (lead === match[1]!.length) continue;
    const start = match.index + lead;
    const end = match.index + match[0].length;
    found.push(documentMention(text, start, end));
  }
  return found;
}

function findQuotedTitles(text: string, sections: ReadonlySet<string>): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(QUOTED_TITLE)) {
    const title = match[1]!.trim();
    const start = match.index + match[0].indexOf(title);
    if (sections.has(normalizeTitle(title))) found.push({ start, end: start + title.length, text: title, ask: { kind: "section-title", title } });
  }
  return found;
}

function documentMention(text: string, start: number, end: number): TextMention {
  const printed = text.slice(start, end);
  const self = /\bthis\s+$/i.test(text.slice(Math.max(0, start - 6), start));
  return { start, end, text: printed, ask: { kind: "document", name: printed.replace(/\s+/g, " "), form: null, date: null, self } };
}

/** Returns a title compared without case, spacing or a trailing period. */
export function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").replace(/[.:]$/, "").trim();
}

function titleCase(title: string): string {
  return title.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

function longDate(printed: string): string | null {
  const match = /^(\S+?)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(printed.trim());
  return match ? (isoDate(Number(match[3]), monthNumber(match[1]!), Number(match[2])) ?? null) : null;
}
