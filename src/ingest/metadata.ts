import type { Party } from "../model/frontmatter.ts";
import type { DocNode } from "./document.ts";
import type { DocumentPart, Submission } from "./submission.ts";
import type { PartReading } from "./read-document-part.ts";
import type { SourceLine } from "./table/types.ts";
import { LONG_DATE, isoFromCompactDate, isoFromLongDate } from "./dates.ts";
import { extractParties } from "./parties.ts";

/** What ingest reads off a filing for its frontmatter, before the source path and checksum are added. */
export interface FilingMetadata {
  readonly title: string | undefined;
  readonly kind: string | undefined;
  readonly label: string | null;
  readonly company: string | undefined;
  readonly date: string | undefined;
  readonly parties: readonly Party[];
  /** The EDGAR form type the filing states (header, document type, cover facts or cover page), or null. */
  readonly form: string | null;
}

/** EDGAR form types and the kind of document each is. */
const FORM_KINDS: readonly [RegExp, string][] = [
  [/^DEF ?14A|^PRE ?14A|^DEFA14A/i, "proxy statement"],
  [/^8-K/i, "current report"],
  [/^10-K/i, "annual report"],
  [/^10-Q/i, "quarterly report"],
  [/^S-1/i, "registration statement"],
];

/** Returns the title, kind, label, company, date and parties a filing states, read off its first document. */
export function extractMetadata(submission: Submission, reading: PartReading, nodes: readonly DocNode[]): FilingMetadata {
  const firstDocument = submission.documents[0]!;
  const lines = reading.readable;
  const cover = coverFacts(reading.facts);
  const headings = collectHeadings(nodes);
  const form = submission.fields["CONFORMED SUBMISSION TYPE"] ?? firstDocument.type ?? cover.form ?? formOnCover(lines) ?? null;
  const kind = kindFromForm(form) ?? (isPressRelease(lines) ? "press release" : undefined) ?? kindFromHeadings(headings);
  const text = lines.map((l) => l.text).join("\n");
  const parties = extractParties(text);
  return {
    title: kind ? titleCase(kind) : undefined,
    kind,
    label: statedLabel(lines) ?? form,
    company: cover.company ?? companyFrom(parties) ?? registrantName(lines) ?? submission.fields["COMPANY CONFORMED NAME"] ?? listedCompany(lines),
    date: isoFromCompactDate(submission.fields["FILED AS OF DATE"] ?? "") ?? dateOfReport(lines) ?? documentDate(lines),
    parties,
    form,
  };
}

/** What an exhibit takes from its submission's main document: the filer and the date to fall back on. */
export interface MainDocumentFacts {
  readonly company: string;
  readonly date: string;
}

/**
 * Returns an exhibit's own metadata: its kind from the document it names ("Employment Agreement"), else
 * its EDGAR description, else its first heading; its label from its type ("EX-10.1" → "Exhibit 10.1");
 * its own date and parties where it states them; the filer's name as its company.
 */
export function extractExhibitMetadata(part: DocumentPart, reading: PartReading, nodes: readonly DocNode[], main: MainDocumentFacts): FilingMetadata {
  // The title stands among the first unnumbered headings; "11. Termination of This Agreement" is a section.
  const headings = nodes
    .flatMap((node) => (node.type === "heading" && node.label === null ? [node] : []))
    .filter((heading) => !/^EXHIBIT\s+[\w.()-]+$/i.test(heading.text))
    .slice(0, 8)
    .map((heading) => closeLetterSpacing(heading, reading.readable));
  const named = headings.find((heading) => DOCUMENT_WORDS.test(heading));
  const description = part.description && /[A-Za-z]{3}/.test(part.description) && !/^EX(?:HIBIT)?[\s-]*[\d.()A-Z-]*$/i.test(part.description) && !/\.(?:htm|html|txt)$/i.test(part.description) ? part.description : undefined;
  const release = isPressRelease(reading.readable) ? "press release" : undefined;
  const short = headings[0] && headings[0].split(" ").length <= 6 ? headings[0] : undefined;
  // A press release announcing an agreement is a press release, whatever its headline names.
  const kind = [release, named, description, short, "exhibit"].map((text) => (text ? kindFromText(text) : undefined)).find(Boolean);
  const number = /^EX-(\d+(?:\.\d+)*(?:\([A-Z]\)|[A-Z])?)/i.exec(part.type ?? "")?.[1];
  const lines = reading.readable;
  return {
    title: kind ? titleCase(kind) : undefined,
    kind,
    label: number ? `Exhibit ${number}` : (statedLabel(lines) ?? part.type),
    company: main.company,
    date: documentDate(lines, 60) ?? main.date,
    parties: extractParties(lines.map((line) => line.text).join("\n")),
    form: null,
  };
}

/**
 * Returns a title printed letter by letter ("E M P L O Y M E N T  A G R E E M E N T") as its words, read
 * from the printed lines it starts on, where two spaces part the words; other headings as they are.
 */
function closeLetterSpacing(heading: { readonly text: string; readonly line: number }, lines: readonly SourceLine[]): string {
  const words = heading.text.split(" ");
  if (words.filter((word) => word.length === 1).length < Math.max(4, words.length - 3)) return heading.text;
  const start = lines.findIndex((line) => line.line === heading.line);
  if (start < 0) return heading.text;
  const letters = heading.text.replace(/\s+/g, "").length;
  const printed: string[] = [];
  for (let index = start, taken = 0; index < lines.length && taken < letters; index += 1) {
    const text = lines[index]!.text.trim();
    taken += text.replace(/\s+/g, "").length;
    printed.push(text.split(/\s{2,}/).map((group) => (/^(?:\S )+\S$/.test(group) ? group.replace(/ /g, "") : group)).join(" "));
  }
  return printed.join(" ");
}

/** A press release says so near its top: "FOR IMMEDIATE RELEASE", a newswire dateline, "today announced". */
function isPressRelease(lines: readonly SourceLine[]): boolean {
  const opening = lines.slice(0, 25).map((line) => line.text).join(" ");
  return /FOR IMMEDIATE RELEASE|\/PRNewswire|Business Wire|today (?:announced|reported)|(?:announced|reported) today/i.test(opening);
}

/** The cover facts an inline XBRL document tags: registrant name and document type (`dei:` concepts). */
function coverFacts(facts: PartReading["facts"]): { company?: string; form?: string } {
  const value = (concept: string) => facts.find((fact) => fact.concept === concept && fact.text !== "")?.text;
  const company = value("dei:EntityRegistrantName");
  const form = value("dei:DocumentType");
  return { ...(company ? { company } : {}), ...(form ? { form } : {}) };
}

/** "FORM 8-K" or "SCHEDULE 14A" printed alone near the top of a cover page. */
function formOnCover(lines: readonly SourceLine[]): string | undefined {
  for (const { text } of lines.slice(0, 30)) {
    const match = /^\s*FORM\s+(\d{1,2}-[A-Z]{1,2}\d{0,3}[A-Z]?|DEF\s?14A|PRE\s?14A)\s*$/i.exec(text);
    if (match) return match[1]!.toUpperCase().replace(/\s+/g, " ");
  }
  return undefined;
}

/** The date a current report states on its cover: "Date of Report (Date of earliest event reported): June 21, 2007". */
function dateOfReport(lines: readonly SourceLine[]): string | undefined {
  const opening = lines.slice(0, 60).map((l) => l.text).join(" ").replace(/\s+/g, " ");
  const match = new RegExp(`Date of Report[^:]{0,60}:?\\s*${LONG_DATE.source}`, "i").exec(opening);
  return match ? isoFromLongDate(match) : undefined;
}

function collectHeadings(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === "heading") return [node.text];
    if (node.type === "table" && node.heading) return [node.heading.text];
    return [];
  });
}

function kindFromForm(form: string | null): string | undefined {
  return form ? FORM_KINDS.find(([pattern]) => pattern.test(form))?.[1] : undefined;
}

const DOCUMENT_WORDS = /\b(AGREEMENT|CONTRACT|PLAN|AMENDMENT|LETTER|RELEASE|NOTE|GUARANTY|PROXY|CERTIFICATE|BYLAWS)\b/i;

/** The kind is named by the first heading that names a document: "PROXY STATEMENT", "... AGREEMENT". */
function kindFromHeadings(headings: readonly string[]): string | undefined {
  if (headings.some((h) => /\bPROXY STATEMENT\b/i.test(h))) return "proxy statement";
  const first = headings.find((h) => DOCUMENT_WORDS.test(h)) ?? headings[0];
  return first ? kindFromText(first) : undefined;
}

/** Returns a heading or description as a kind: lowercase words, "the" and "form of" left off. */
function kindFromText(text: string): string | undefined {
  const kind = text
    .toLowerCase()
    .replace(/^(the|form of)\s+/, "")
    .replace(/[^a-z0-9 .-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.-]+/, "");
  return kind || undefined;
}

/** Returns a kind as a title: "stock purchase agreement" → "Stock Purchase Agreement". */
export function titleCase(kind: string): string {
  const small = new Set(["a", "an", "and", "of", "on", "or", "the", "to", "for", "in"]);
  return kind
    .split(" ")
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}

/** "Exhibit 10.2" printed alone on one of the first lines. */
function statedLabel(lines: readonly SourceLine[]): string | null {
  const opening = lines.filter((l) => l.text.trim()).slice(0, 4);
  for (const { text } of opening) {
    const match = /^\s*(EXHIBIT|Exhibit)\s+(\d+(?:\.\d+)*[A-Za-z]?)\s*$/.exec(text);
    if (match) return `Exhibit ${match[2]}`;
  }
  return null;
}

function companyFrom(parties: readonly Party[]): string | undefined {
  return parties.find((p) => p.role === "COMPANY" || p.role === "CORPORATION" || p.role === "REGISTRANT")?.name;
}

/** The name printed over "(Exact name of registrant as specified in its charter)" on a cover page. */
function registrantName(lines: readonly SourceLine[]): string | undefined {
  const index = lines.findIndex((l) => /\(exact name of registrant/i.test(l.text));
  for (let i = index - 1; i >= 0 && i >= index - 3; i -= 1) {
    const text = lines[i]!.text.trim();
    if (text && !/^[=_-]+$/.test(text)) return text;
  }
  return undefined;
}

/** A press release names its company with its ticker: "Acme Widgets, Inc. (Nasdaq: ACME) today reported …". */
function listedCompany(lines: readonly SourceLine[]): string | undefined {
  const opening = lines.slice(0, 40).map((l) => l.text).join(" ").replace(/\s+/g, " ");
  const match = /((?:[A-Z][\w&'.-]*,? ){1,6}?(?:Inc\.|Incorporated|Corporation|Corp\.|Company|Co\.|Ltd\.|LLC|L\.P\.|plc|N\.V\.|S\.A\.))\s*\((?:Nasdaq|NASDAQ|NYSE|AMEX|OTC|New York Stock Exchange|American Stock Exchange)[^):]*:\s*[A-Z.]{1,6}\)/.exec(opening);
  return match ? match[1]!.trim() : undefined;
}

/** "dated as of October 2, 2002" in the opening lines, else the first date printed alone on a line, else any date. */
function documentDate(lines: readonly SourceLine[], anyWithin = Number.POSITIVE_INFINITY): string | undefined {
  const opening = lines.slice(0, 60).map((l) => l.text).join(" ").replace(/\s+/g, " ");
  const asOf = new RegExp(`(?:dated|entered into|made|effective)(?: as of)?,? ${LONG_DATE.source}`, "i").exec(opening);
  if (asOf) return isoFromLongDate(asOf);
  for (const { text } of lines.slice(0, 120)) {
    const alone = new RegExp(`^\\s*${LONG_DATE.source}\\s*$`, "i").exec(text);
    if (alone) return isoFromLongDate(alone);
  }
  const any = LONG_DATE.exec(lines.slice(0, anyWithin).map((l) => l.text).join(" ").replace(/\s+/g, " "));
  return any ? isoFromLongDate(any) : undefined;
}
