import type { Party } from "../model/frontmatter.ts";
import type { DocNode } from "./document.ts";
import type { Submission } from "./submission.ts";
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
  const kind = kindFromForm(form) ?? kindFromHeadings(headings);
  const text = lines.map((l) => l.text).join("\n");
  const parties = extractParties(text);
  return {
    title: kind ? titleCase(kind) : undefined,
    kind,
    label: statedLabel(lines) ?? form,
    company: cover.company ?? companyFrom(parties) ?? registrantName(lines) ?? submission.fields["COMPANY CONFORMED NAME"],
    date: isoFromCompactDate(submission.fields["FILED AS OF DATE"] ?? "") ?? dateOfReport(lines) ?? documentDate(lines),
    parties,
  };
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

/** The kind is named by the first heading that names a document: "PROXY STATEMENT", "... AGREEMENT". */
function kindFromHeadings(headings: readonly string[]): string | undefined {
  if (headings.some((h) => /\bPROXY STATEMENT\b/i.test(h))) return "proxy statement";
  const named = headings.find((h) => /\b(AGREEMENT|CONTRACT|PLAN|AMENDMENT|LETTER|RELEASE|NOTE|GUARANTY|PROXY|CERTIFICATE|BYLAWS)\b/i.test(h));
  const first = named ?? headings[0];
  if (!first) return undefined;
  return first
    .toLowerCase()
    .replace(/^(the|form of)\s+/, "")
    .replace(/[^a-z0-9 .-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
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

/** "dated as of October 2, 2002" in the opening lines, else the first date printed alone on a line. */
function documentDate(lines: readonly SourceLine[]): string | undefined {
  const opening = lines.slice(0, 60).map((l) => l.text).join(" ").replace(/\s+/g, " ");
  const asOf = new RegExp(`(?:dated|entered into|made|effective)(?: as of)?,? ${LONG_DATE.source}`, "i").exec(opening);
  if (asOf) return isoFromLongDate(asOf);
  for (const { text } of lines.slice(0, 120)) {
    const alone = new RegExp(`^\\s*${LONG_DATE.source}\\s*$`, "i").exec(text);
    if (alone) return isoFromLongDate(alone);
  }
  const any = LONG_DATE.exec(lines.map((l) => l.text).join(" ").replace(/\s+/g, " "));
  return any ? isoFromLongDate(any) : undefined;
}
