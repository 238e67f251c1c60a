import type { Diagnostic } from "../lib/diagnostic.ts";
import { slugify } from "../lib/slug.ts";
import { FilingFrontmatterSchema, type FilingFrontmatter } from "../model/frontmatter.ts";
import { makeFilingId, type FilingId } from "../model/ids.ts";
import type { DocNode } from "./document.ts";
import { splitSourceLines } from "./source-lines.ts";
import { parseSubmission, type DocumentPart, type Submission } from "./submission.ts";
import { OutlineBuilder } from "./outline.ts";
import { nameTables } from "./table-node.ts";
import { readDocumentPart, type PartReading } from "./read-document-part.ts";
import { makeIdsUnique } from "./unique-ids.ts";
import { extractMetadata, titleCase } from "./metadata.ts";
import { writeMarkdownBody } from "./write-markdown.ts";
import { writeFrontmatter } from "./write-frontmatter.ts";

/** What ingest needs: the raw text, where it lives in the project, its checksum, and curator overrides. */
export interface IngestInput {
  readonly text: string;
  /** Project-relative path, e.g. content/sources/acme-2002-10-02-consulting-agreement.txt. */
  readonly sourcePath: string;
  readonly sha256: string;
  /** Values to use instead of what ingest reads off the filing (for filings that do not state them). */
  readonly overrides?: Partial<Pick<FilingFrontmatter, "title" | "kind" | "company" | "date">>;
}

/** A filing converted to Markdown: its id, frontmatter, the whole file text, and what was noticed. */
export interface IngestResult {
  readonly id: FilingId | undefined;
  readonly frontmatter: FilingFrontmatter | undefined;
  readonly markdown: string | undefined;
  readonly nodes: readonly DocNode[];
  /** Source lines left out as page furniture, with why. */
  readonly dropped: ReadonlyMap<number, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Returns a raw EDGAR text filing converted to Markdown with frontmatter. */
export function ingestFiling(input: IngestInput): IngestResult {
  const submission = parseSubmission(splitSourceLines(input.text));
  const { nodes, dropped, readings } = buildDocument(submission);
  const diagnostics: Diagnostic[] = makeIdsUnique(nodes, input.sourcePath);
  const overrides = definedOnly(input.overrides ?? {});
  const read = extractMetadata(submission, readings[0]!, nodes);
  // A kind given on the command line names the title too, unless a title is given as well.
  const title = overrides.title ?? (overrides.kind ? titleCase(overrides.kind) : read.title);
  const metadata = { ...read, ...overrides, title };
  const candidate = {
    title: metadata.title,
    kind: metadata.kind,
    label: metadata.label,
    company: metadata.company,
    date: metadata.date,
    parties: metadata.parties,
    source: { path: input.sourcePath, sha256: input.sha256 },
  };
  const parsed = FilingFrontmatterSchema.safeParse(candidate);
  if (!parsed.success) {
    // One message per field: "Oct 2" is neither ISO nor a calendar date, but saying so once is enough.
    const issues = parsed.error.issues.filter((issue, i, all) => all.findIndex((other) => other.path[0] === issue.path[0]) === i);
    const missing = issues.map((issue) => {
      const field = String(issue.path[0] ?? "frontmatter");
      const given = (overrides as Record<string, string | undefined>)[field];
      return given === undefined ? missingDiagnostic(input.sourcePath, field, issue.message) : invalidOverride(input.sourcePath, field, given, issue.message);
    });
    return { id: undefined, frontmatter: undefined, markdown: undefined, nodes, dropped, diagnostics: [...diagnostics, ...missing] };
  }
  const frontmatter = parsed.data;
  const markdown = `${writeFrontmatter(frontmatter)}\n${writeMarkdownBody(nodes)}`;
  return { id: makeFilingId(frontmatter), frontmatter, markdown, nodes, dropped, diagnostics };
}

function buildDocument(submission: Submission): { nodes: DocNode[]; dropped: Map<number, string>; readings: PartReading[] } {
  const dropped = new Map<number, string>();
  const builder = new OutlineBuilder({ prefix: "", label: null });
  const nodes: DocNode[] = [];
  if (submission.envelope.length) {
    nodes.push({ type: "code", text: submission.envelope.map((l) => l.text).join("\n"), line: submission.envelope[0]!.line });
  }
  const multi = submission.documents.length > 1 || submission.documents[0]!.type !== null;
  const readings = submission.documents.map((document, index) => {
    for (const line of document.markupLines) dropped.set(line, "markup");
    if (multi) addDocumentHeading(builder, document, index);
    const reading = readDocumentPart(document);
    for (const [line, why] of reading.dropped) dropped.set(line, why);
    builder.addAll(reading.blocks);
    return reading;
  });
  for (const line of submission.trailerLines) dropped.set(line, "markup");
  nodes.push(...nameTables(builder.nodes));
  return { nodes, dropped, readings };
}

function addDocumentHeading(builder: OutlineBuilder, document: DocumentPart, index: number): void {
  const type = document.type ?? `Document ${index + 1}`;
  const text = document.description ? `${type}: ${document.description}` : type;
  const part = index === 0 ? { prefix: "", label: type } : { prefix: `${slugify(type)}-`, label: type };
  builder.addPartHeading(text, part, document.markupLines[0] ?? document.lines[0]?.line ?? 1);
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function invalidOverride(file: string, field: string, given: string, message: string): Diagnostic {
  return { severity: "error", file, line: 0, expected: `--${field} to be ${message}`, found: given, rule: "ingest-option-invalid" };
}

function missingDiagnostic(file: string, field: string, message: string): Diagnostic {
  return {
    severity: "error",
    file,
    line: 1,
    expected: `the filing to state its ${field} (${message})`,
    found: "nothing ingest could read",
    rule: "ingest-metadata-missing",
    hint: `Pass it on the command line, e.g. npm run ingest -- --${field} "…" ${file}`,
  };
}
