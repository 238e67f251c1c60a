import type { Diagnostic } from "../lib/diagnostic.ts";
import { FilingFrontmatterSchema, type Attachment, type FilingFrontmatter } from "../model/frontmatter.ts";
import { makeFilingId, type FilingId } from "../model/ids.ts";
import type { DocNode } from "./document.ts";
import { splitSourceLines } from "./source-lines.ts";
import { parseSubmission, type DocumentPart, type Submission } from "./submission.ts";
import { OutlineBuilder } from "./outline.ts";
import { nameTables } from "./table-node.ts";
import { makeIdsUnique } from "./unique-ids.ts";
import { extractExhibitMetadata, extractMetadata, titleCase, type FilingMetadata } from "./metadata.ts";
import { readDocumentPart, type PartReading } from "./read-document-part.ts";
import { describeDocument, readEdgarFields } from "./edgar-fields.ts";
import { writeMarkdownBody } from "./write-markdown.ts";
import { writeFrontmatter } from "./write-frontmatter.ts";
import { withoutMarkCharacters } from "./fact-marks.ts";

/** What ingest needs: the raw text, where it lives in the project, its checksum, and curator overrides. */
export interface IngestInput {
  readonly text: string;
  /** Project-relative path, e.g. content/sources/acme-2002-10-02-consulting-agreement.txt. */
  readonly sourcePath: string;
  readonly sha256: string;
  /** Values to use instead of what ingest reads off the filing (for filings that do not state them). */
  readonly overrides?: Partial<Pick<FilingFrontmatter, "title" | "kind" | "company" | "date">>;
}

/** One filing page made from a source: its id, frontmatter, whole Markdown file and document tree. */
export interface IngestedPage {
  readonly id: FilingId;
  readonly frontmatter: FilingFrontmatter;
  readonly markdown: string;
  readonly nodes: readonly DocNode[];
}

/** A source converted to Markdown: its pages (the main document's first), and what was noticed. */
export interface IngestResult {
  /** The main document's page id, frontmatter and Markdown; undefined when ingest could not make it. */
  readonly id: FilingId | undefined;
  readonly frontmatter: FilingFrontmatter | undefined;
  readonly markdown: string | undefined;
  /** The main document's tree (read even when its frontmatter is refused). */
  readonly nodes: readonly DocNode[];
  /** Every page: the main document, then each text exhibit of the submission in its order. */
  readonly pages: readonly IngestedPage[];
  /** Source lines left out as page furniture, markup or non-text documents, with why. */
  readonly dropped: ReadonlyMap<number, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Returns a raw filing converted to Markdown with frontmatter. A plain filing is one page; an EDGAR
 * submission gives one page per text document (the main one, then each exhibit, linked to it), and its
 * images, archives and XBRL data are listed on the main page.
 */
export function ingestFiling(input: IngestInput): IngestResult {
  const submission = parseSubmission(splitSourceLines(withoutMarkCharacters(input.text)));
  const parts = readParts(submission, input.sourcePath);
  if (!Array.isArray(parts)) return refused([], new Map(), [parts]);
  const readings = parts;
  const dropped = collectDropped(submission, readings);
  const texts = submission.documents.flatMap((part, index) => (isText(part) ? [index] : []));
  const mainIndex = texts[0] ?? 0;
  const mainPart = submission.documents[mainIndex]!;
  const many = texts.length > 1;
  const mainNodes = buildNodes(readings[mainIndex]!, envelopeNode(submission));
  const diagnostics: Diagnostic[] = makeIdsUnique(mainNodes, input.sourcePath);
  if (texts.length === 0) {
    return refused(mainNodes, dropped, [...diagnostics, noTextDiagnostic(input.sourcePath, submission.documents)]);
  }
  const overrides = definedOnly(input.overrides ?? {});
  const read = extractMetadata(submission, readings[mainIndex]!, mainNodes);
  // A kind given on the command line names the title too, unless a title is given as well.
  const title = overrides.title ?? (overrides.kind ? titleCase(overrides.kind) : read.title);
  const metadata = { ...read, ...overrides, title };
  const edgar = readEdgarFields(submission, readings[mainIndex]!, read.form);
  const attachments = submission.documents.flatMap((part) => attachmentOf(part));
  const main = validate(metadata, {
    source: sourceFor(input, many ? [1, mainPart.range[1]] : undefined),
    ...(edgar ? { edgar } : {}),
    ...documentField(mainPart),
    ...(attachments.length ? { attachments } : {}),
  });
  if (!main.success) {
    const missing = fieldDiagnostics(main.issues, overrides, input.sourcePath);
    return refused(mainNodes, dropped, [...diagnostics, ...missing]);
  }
  const mainPage = page(main.data, mainNodes);
  const pages: IngestedPage[] = [mainPage];
  for (const index of texts.slice(1)) {
    const part = submission.documents[index]!;
    const nodes = buildNodes(readings[index]!, undefined);
    diagnostics.push(...makeIdsUnique(nodes, input.sourcePath));
    const exhibit = extractExhibitMetadata(part, readings[index]!, nodes, { company: main.data.company, date: main.data.date });
    const checked = validate(exhibit, {
      source: sourceFor(input, part.range),
      ...(edgar ? { edgar } : {}),
      ...documentField(part),
      parent: mainPage.id,
    });
    if (checked.success) pages.push(page(checked.data, nodes, exhibitId(mainPage.frontmatter, part, checked.data.kind, pages)));
    else diagnostics.push(...fieldDiagnostics(checked.issues, {}, input.sourcePath, part.range[0]));
  }
  diagnostics.push(...pages.flatMap((made) => emptyPageWarnings(made, input.sourcePath)));
  return { id: mainPage.id, frontmatter: mainPage.frontmatter, markdown: mainPage.markdown, nodes: mainNodes, pages, dropped, diagnostics };
}

/** A page with no text of its document (an empty file, an HTML file whose body shows nothing) is written, and said so. */
function emptyPageWarnings(made: IngestedPage, file: string): Diagnostic[] {
  if (made.nodes.some((node) => node.type !== "code")) return [];
  return [
    {
      severity: "warning",
      file,
      line: made.frontmatter.source.lines?.[0] ?? 1,
      expected: "a document with text to show",
      found: `nothing a reader would see, on page ${made.id}`,
      rule: "ingest-empty-document",
      hint: "Check that the file is the filing itself and not an empty download or an index page.",
    },
  ];
}

/**
 * Reads every document; HTML nested thousands of elements deep (broken or hostile markup) overflows the
 * parser's stack, and is refused with a message rather than a crash.
 */
function readParts(submission: Submission, file: string): PartReading[] | Diagnostic {
  const readings: PartReading[] = [];
  for (const part of submission.documents) {
    try {
      readings.push(readDocumentPart(part));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return {
        severity: "error",
        file,
        line: part.lines[0]?.line ?? part.range[0],
        expected: "HTML whose elements nest a few hundred deep at most",
        found: `markup nested too deep to read (${error.message})`,
        rule: "ingest-html-too-deep",
        hint: "The document's markup is broken; save the filing again from EDGAR, or as plain text.",
      };
    }
  }
  return readings;
}

function isText(part: DocumentPart): boolean {
  return part.format === "text" || part.format === "html";
}

/** Markup lines, furniture and the lines of documents not read as text, by line number. */
function collectDropped(submission: Submission, readings: readonly PartReading[]): Map<number, string> {
  const dropped = new Map<number, string>();
  submission.documents.forEach((part, index) => {
    for (const line of part.markupLines) dropped.set(line, "markup");
    for (const [line, why] of readings[index]!.dropped) dropped.set(line, why);
  });
  for (const line of submission.trailerLines) dropped.set(line, "markup");
  return dropped;
}

/** The submission header, kept verbatim at the top of the main document's page. */
function envelopeNode(submission: Submission): DocNode | undefined {
  if (!submission.envelope.length) return undefined;
  return { type: "code", text: submission.envelope.map((l) => l.text).join("\n"), line: submission.envelope[0]!.line };
}

function buildNodes(reading: PartReading, envelope: DocNode | undefined): DocNode[] {
  const builder = new OutlineBuilder({ prefix: "", label: null });
  builder.addAll(reading.blocks);
  return [...(envelope ? [envelope] : []), ...nameTables(builder.nodes)];
}

function sourceFor(input: IngestInput, lines: readonly [number, number] | undefined): FilingFrontmatter["source"] {
  return { path: input.sourcePath, sha256: input.sha256, ...(lines ? { lines: [lines[0], lines[1]] as [number, number] } : {}) };
}

function documentField(part: DocumentPart): { document?: NonNullable<FilingFrontmatter["document"]> } {
  const document = describeDocument(part);
  return document ? { document } : {};
}

function attachmentOf(part: DocumentPart): Attachment[] {
  if (part.format !== "binary" && part.format !== "xbrl" && part.format !== "xml") return [];
  const document = describeDocument(part) ?? { type: "DOCUMENT", sequence: null, filename: null, description: null };
  return [{ ...document, format: part.format, lines: [part.range[0], part.range[1]] }];
}

type Validated = { success: true; data: FilingFrontmatter } | { success: false; issues: readonly { path: readonly PropertyKey[]; message: string }[] };

function validate(metadata: FilingMetadata, extra: Partial<FilingFrontmatter> & Pick<FilingFrontmatter, "source">): Validated {
  const candidate = {
    title: metadata.title,
    kind: metadata.kind,
    label: metadata.label,
    company: metadata.company,
    date: metadata.date,
    parties: metadata.parties,
    ...extra,
  };
  const parsed = FilingFrontmatterSchema.safeParse(candidate);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
}

function page(frontmatter: FilingFrontmatter, nodes: readonly DocNode[], id: FilingId = makeFilingId(frontmatter)): IngestedPage {
  return { id, frontmatter, markdown: `${writeFrontmatter(frontmatter)}\n${writeMarkdownBody(nodes)}`, nodes };
}

/**
 * An exhibit's id: the main page's company and date, its exhibit type (its dots kept apart, so EX-10.1 is
 * not EX-101) and kind: "…-2000-10-04-ex-10-3-employment-agreement". Two exhibits that would share one
 * (two EX-99 press releases) are told apart by their EDGAR sequence numbers.
 */
function exhibitId(main: FilingFrontmatter, part: DocumentPart, kind: string, pages: readonly IngestedPage[]): FilingId {
  const type = (part.type ?? "exhibit").replace(/\./g, "-");
  const id = makeFilingId({ company: main.company, date: main.date, kind: `${type} ${kind}` });
  if (!pages.some((other) => other.id === id)) return id;
  return makeFilingId({ company: main.company, date: main.date, kind: `${type} ${part.sequence ?? pages.length + 1} ${kind}` });
}

function refused(nodes: readonly DocNode[], dropped: ReadonlyMap<number, string>, diagnostics: readonly Diagnostic[]): IngestResult {
  return { id: undefined, frontmatter: undefined, markdown: undefined, nodes, pages: [], dropped, diagnostics };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** One message per field: "Oct 2" is neither ISO nor a calendar date, but saying so once is enough. */
function fieldDiagnostics(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  overrides: Record<string, string | undefined>,
  file: string,
  line = 1,
): Diagnostic[] {
  const firsts = issues.filter((issue, i, all) => all.findIndex((other) => other.path[0] === issue.path[0]) === i);
  // A kind names the title too: a filing that states neither needs only --kind.
  const missingKind = firsts.some((issue) => issue.path[0] === "kind" && overrides.kind === undefined);
  return firsts.filter((issue) => !(missingKind && issue.path[0] === "title" && overrides.title === undefined)).map((issue) => {
    const field = String(issue.path[0] ?? "frontmatter");
    const given = overrides[field];
    if (given !== undefined) return invalidOverride(file, field, given, issue.message);
    return OVERRIDABLE.has(field) ? missingDiagnostic(file, field, issue.message, line) : unreadableDiagnostic(file, field, issue.message, line);
  });
}

// The fields a curator can give on the command line.
const OVERRIDABLE = new Set(["title", "kind", "company", "date"]);

/** A field ingest read but could not use, which no option sets: the filing's tags say something odd. */
function unreadableDiagnostic(file: string, field: string, message: string, line: number): Diagnostic {
  return { severity: "error", file, line, expected: `the filing's ${field} to be ${message}`, found: "what its EDGAR tags state", rule: "ingest-field-invalid" };
}

function invalidOverride(file: string, field: string, given: string, message: string): Diagnostic {
  return { severity: "error", file, line: 0, expected: `--${field} to be ${message}`, found: given, rule: "ingest-option-invalid" };
}

function missingDiagnostic(file: string, field: string, message: string, line: number): Diagnostic {
  // zod says "Required" of a field that is missing; a field given in the wrong form says what form it needs.
  const form = message === "Required" ? "" : ` (${message})`;
  return {
    severity: "error",
    file,
    line,
    expected: `the filing to state its ${field}${form}`,
    found: "nothing ingest could read",
    rule: "ingest-metadata-missing",
    hint: `Pass it on the command line, e.g. npm run ingest -- --${field} "…" ${file}`,
  };
}

function noTextDiagnostic(file: string, parts: readonly DocumentPart[]): Diagnostic {
  const formats = [...new Set(parts.map((part) => part.format))];
  const named = formats.length > 1 ? `${formats.slice(0, -1).join(", ")} and ${formats.at(-1)}` : formats[0];
  return {
    severity: "error",
    file,
    line: parts[0]?.range[0] ?? 1,
    expected: "a document of text or HTML to make a page of",
    found: `only ${named} documents`,
    rule: "ingest-no-text",
    hint: "The file holds images, archives or XBRL data alone; ingest the submission's text documents instead.",
  };
}
