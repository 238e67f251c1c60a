import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
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
import { contentPath, formatPath, listContentFiles, sourceFileOf, type ContentFolder } from "./content-folder.ts";

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
  /** The content folder everything was read from. */
  readonly folder: ContentFolder;
  readonly filings: readonly FilingOnDisk[];
  readonly ledger: readonly LedgerEntry[];
  readonly redirects: readonly Redirect[];
  readonly published: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads every filing's Markdown and source, the ledger and the redirects of the content folder, and checks them together. */
export function readContent(folder: ContentFolder): ContentReport {
  const diagnostics: Diagnostic[] = [];
  const filings = listContentFiles(folder, "filings", ".md").flatMap((name) => {
    const read = readFiling(folder, name);
    diagnostics.push(...read.diagnostics);
    return read.filing ? [read.filing] : [];
  });
  const files = { ledger: formatPath(folder, contentPath(folder, "ledger")), redirects: formatPath(folder, contentPath(folder, "redirects")) };
  const ledger = parseLedger(readIfExists(contentPath(folder, "ledger")), files.ledger);
  const redirects = parseRedirects(readIfExists(contentPath(folder, "redirects")), files.redirects);
  const published = buildPublishedEntries(filings.map((f) => ({ id: f.id, anchors: f.sections.map((s) => s.id), sourceLines: f.sourceLines })));
  diagnostics.push(...ledger.diagnostics, ...redirects.diagnostics);
  diagnostics.push(...checkLedger(ledger.entries, published, redirects.redirects, files));
  diagnostics.push(...buildSubmissionLinks(filings).diagnostics);
  return { folder, filings, ledger: ledger.entries, redirects: redirects.redirects, published, diagnostics };
}

function readFiling(folder: ContentFolder, name: string): { filing?: FilingOnDisk; diagnostics: Diagnostic[] } {
  const path = contentPath(folder, "filings", name);
  const file = formatPath(folder, path);
  const text = readFileSync(path, "utf8");
  const checked = checkFilingFrontmatter(text, file);
  if (!checked.data) return { diagnostics: [...checked.diagnostics] };
  const id = name.replace(/\.md$/, "");
  const outline = extractOutline(parseMarkdown(checked.body), checked.body, file, checked.bodyLine);
  const source = checkSource(folder, file, checked.data);
  const doc = readFilingDoc({ id, file, frontmatter: checked.data, body: checked.body, bodyLine: checked.bodyLine });
  const filing = { id, file, data: checked.data, sections: outline.sections, sourceLines: source.lines, sourceText: source.text, doc, lineOf: checked.lineOf };
  return { filing, diagnostics: [...outline.diagnostics, ...source.diagnostics] };
}

/** The source must be there and unchanged: every page and line anchor is built from it. */
function checkSource(folder: ContentFolder, file: string, data: FilingFrontmatter): { lines: [number, number]; text: string; diagnostics: Diagnostic[] } {
  const path = sourceFileOf(folder, data.source.path);
  const shown = formatPath(folder, path);
  if (!existsSync(path)) {
    return { lines: [1, 1], text: "", diagnostics: [{ severity: "error", file, line: 0, expected: `the source file ${shown}`, found: "no such file", rule: "source-missing" }] };
  }
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const whole = bytes.toString("utf8");
  const count = countLines(whole);
  const lines: [number, number] = data.source.lines ? [data.source.lines[0], data.source.lines[1]] : [1, count];
  const text = data.source.lines ? keepLines(whole, lines) : whole;
  if (lines[1] > count) {
    const found = `${shown} has ${count} lines`;
    return { lines, text, diagnostics: [{ severity: "error", file, line: 0, expected: `source lines ${lines[0]}-${lines[1]} within the source file`, found, rule: "source-lines-out-of-range" }] };
  }
  if (sha256 === data.source.sha256) return { lines, text, diagnostics: [] };
  const hint = "Sources are kept exactly as received; restore the file, or re-ingest a new source with npm run ingest -- --force.";
  return { lines, text, diagnostics: [{ severity: "error", file, line: 0, expected: `${shown} to have sha256 ${data.source.sha256}`, found: sha256, rule: "source-changed", hint }] };
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

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
