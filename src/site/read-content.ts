import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../lib/diagnostic.ts";
import type { FilingFrontmatter } from "../model/frontmatter.ts";
import { checkFilingFrontmatter, extractOutline, parseMarkdown, readFilingDoc, type FilingDoc, type OutlineSection } from "../extract/index.ts";
import {
  buildPublishedEntries,
  buildSubmissionLinks,
  checkLedger,
  parseLedger,
  parseRedirects,
  type LedgerEntry,
  type Redirect,
} from "../compute/index.ts";

/** Where the content lives, relative to the project root. */
export const CONTENT_PATHS = {
  filings: "content/filings",
  ledger: "content/anchor-ledger.txt",
  redirects: "content/redirects.txt",
} as const;

/** A filing read from disk: its id, frontmatter, outline, source text and the document extraction reads. */
export interface FilingOnDisk {
  readonly id: string;
  readonly file: string;
  readonly data: FilingFrontmatter;
  readonly sections: readonly OutlineSection[];
  /** The first and last source line its original-text page shows. */
  readonly sourceLines: readonly [number, number];
  /** The source text with the lines outside the page's range blanked, so quotes are found in its own document. */
  readonly sourceText: string;
  readonly doc: FilingDoc;
  /** The file line of a frontmatter field, for messages about curated facts. */
  readonly lineOf: (path: readonly (string | number)[]) => number;
}

/** Everything the build checks before rendering, and what it found. */
export interface ContentReport {
  readonly filings: readonly FilingOnDisk[];
  readonly ledger: readonly LedgerEntry[];
  readonly redirects: readonly Redirect[];
  readonly published: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads every filing's Markdown and source, the ledger and the redirects, and checks them together. */
export function readContent(root: string): ContentReport {
  const diagnostics: Diagnostic[] = [];
  const filings = listFilingFiles(root).flatMap((file) => {
    const read = readFiling(root, file);
    diagnostics.push(...read.diagnostics);
    return read.filing ? [read.filing] : [];
  });
  const ledger = parseLedger(readIfExists(root, CONTENT_PATHS.ledger), CONTENT_PATHS.ledger);
  const redirects = parseRedirects(readIfExists(root, CONTENT_PATHS.redirects), CONTENT_PATHS.redirects);
  const published = buildPublishedEntries(filings.map((f) => ({ id: f.id, anchors: f.sections.map((s) => s.id), sourceLines: f.sourceLines })));
  diagnostics.push(...ledger.diagnostics, ...redirects.diagnostics);
  diagnostics.push(...checkLedger(ledger.entries, published, redirects.redirects, CONTENT_PATHS));
  diagnostics.push(...buildSubmissionLinks(filings).diagnostics);
  return { filings, ledger: ledger.entries, redirects: redirects.redirects, published, diagnostics };
}

function listFilingFiles(root: string): string[] {
  const dir = join(root, CONTENT_PATHS.filings);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `${CONTENT_PATHS.filings}/${name}`);
}

function readFiling(root: string, file: string): { filing?: FilingOnDisk; diagnostics: Diagnostic[] } {
  const text = readFileSync(join(root, file), "utf8");
  const checked = checkFilingFrontmatter(text, file);
  if (!checked.data) return { diagnostics: [...checked.diagnostics] };
  const id = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const outline = extractOutline(parseMarkdown(checked.body), checked.body, file, checked.bodyLine);
  const source = checkSource(root, file, checked.data);
  const doc = readFilingDoc({ id, file, frontmatter: checked.data, body: checked.body, bodyLine: checked.bodyLine });
  const filing = { id, file, data: checked.data, sections: outline.sections, sourceLines: source.lines, sourceText: source.text, doc, lineOf: checked.lineOf };
  return { filing, diagnostics: [...outline.diagnostics, ...source.diagnostics] };
}

/** The source must be there and unchanged: every page and line anchor is built from it. */
function checkSource(root: string, file: string, data: FilingFrontmatter): { lines: [number, number]; text: string; diagnostics: Diagnostic[] } {
  const path = join(root, data.source.path);
  if (!existsSync(path)) {
    return { lines: [1, 1], text: "", diagnostics: [{ severity: "error", file, line: 0, expected: `the source file ${data.source.path}`, found: "no such file", rule: "source-missing" }] };
  }
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const whole = bytes.toString("utf8");
  const count = countLines(whole);
  const lines: [number, number] = data.source.lines ? [data.source.lines[0], data.source.lines[1]] : [1, count];
  const text = data.source.lines ? keepLines(whole, lines) : whole;
  if (lines[1] > count) {
    const found = `${data.source.path} has ${count} lines`;
    return { lines, text, diagnostics: [{ severity: "error", file, line: 0, expected: `source lines ${lines[0]}-${lines[1]} within the source file`, found, rule: "source-lines-out-of-range" }] };
  }
  if (sha256 === data.source.sha256) return { lines, text, diagnostics: [] };
  const hint = "Sources are kept exactly as received; restore the file, or re-ingest a new source with npm run ingest -- --force.";
  return { lines, text, diagnostics: [{ severity: "error", file, line: 0, expected: `${data.source.path} to have sha256 ${data.source.sha256}`, found: sha256, rule: "source-changed", hint }] };
}

/** Returns the text with every line outside the range made empty, so line numbers stay those of the file. */
function keepLines(text: string, [first, last]: readonly [number, number]): string {
  return text
    .split("\n")
    .map((line, index) => (index + 1 >= first && index + 1 <= last ? line : ""))
    .join("\n");
}

/** Counts lines the way the original-text page numbers them. */
export function countLines(text: string): number {
  return (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n").length;
}

function readIfExists(root: string, file: string): string {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
