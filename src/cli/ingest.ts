import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import { ingestFiling } from "../ingest/index.ts";
import { checkFilingFrontmatter } from "../extract/index.ts";
import type { Diagnostic } from "../lib/diagnostic.ts";
import { checkContentFolder, contentPath, currentContentFolder, formatPath, listContentFiles, sourcePathOf, type ContentFolder } from "../site/content-folder.ts";
import { parseCommandLine } from "./parse-command-line.ts";
import { placeSource } from "./place-source.ts";
import { printDiagnostics } from "./print-diagnostics.ts";

const USAGE = `usage: npm run ingest -- [--force] [--content DIR] [--title T] [--kind K] [--company C] [--date YYYY-MM-DD] [file ...]

Converts raw EDGAR text filings in the content folder's sources/ into filings/<id>.md there. With no
file, ingests every file in sources/ that no Markdown file was made from yet (every file, with --force).
A file named from elsewhere is first copied, unchanged, into sources/; a different file of the same
name there is never replaced. An existing Markdown file is only replaced with --force.

The content folder is --content DIR, else the DOSSIER_CONTENT environment variable, else content/
(a relative path is from the project root). Markdown records its source as content/sources/<file>,
which always means <content folder>/sources/<file>.`;

function readArguments() {
  return parseArgs({
    allowPositionals: true,
    options: {
      content: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      title: { type: "string" },
      kind: { type: "string" },
      company: { type: "string" },
      date: { type: "string" },
    },
  });
}

function main(): number {
  const parsed = parseCommandLine(readArguments, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const folder = currentContentFolder(values.content);
  if (printDiagnostics(checkContentFolder(folder, positionals.length ? "folder" : "sources"))) return 1;
  const overrides = { title: values.title, kind: values.kind, company: values.company, date: values.date };
  const diagnostics: Diagnostic[] = [];
  if (positionals.length === 0) {
    const names = pendingSources(folder, values.force);
    if (names.length === 0) {
      console.log(`Nothing to ingest: every file in ${formatPath(folder, contentPath(folder, "sources"))}/ has its Markdown already.`);
      return 0;
    }
    for (const name of names) diagnostics.push(...ingestOne(folder, name, overrides, values.force));
  }
  for (const path of positionals) {
    const placed = placeSource(folder, resolve(path));
    diagnostics.push(...placed.diagnostics);
    if (placed.name) diagnostics.push(...ingestOne(folder, placed.name, overrides, values.force));
  }
  return printDiagnostics(diagnostics) ? 1 : 0;
}

/** Ingests one file of the content folder's sources/, named by its file name. */
function ingestOne(folder: ContentFolder, name: string, overrides: Record<string, string | undefined>, force: boolean): Diagnostic[] {
  const file = formatPath(folder, contentPath(folder, "sources", name));
  const sourcePath = sourcePathOf(name);
  const bytes = readFileSync(contentPath(folder, "sources", name));
  const result = ingestFiling({
    text: bytes.toString("utf8"),
    sourcePath,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    overrides,
  });
  // Ingest names the source by its frontmatter path; messages name the file where it is.
  const diagnostics = result.diagnostics.map((d) => (d.file === sourcePath ? { ...d, file } : d));
  if (!result.markdown || !result.id) return diagnostics;
  mkdirSync(contentPath(folder, "filings"), { recursive: true });
  for (const page of result.pages) {
    const target = contentPath(folder, "filings", `${page.id}.md`);
    const shown = formatPath(folder, target);
    if (existsSync(target) && !force) {
      console.log(`kept    ${shown} (exists; pass --force to replace it)`);
      continue;
    }
    writeFileSync(target, page.markdown);
    // An exhibit says which document of the submission it is.
    const part = page.frontmatter.document && page.frontmatter.parent ? `${page.frontmatter.document.type}, ` : "";
    console.log(`wrote   ${shown} from ${file} (${part}${page.frontmatter.kind}, ${page.frontmatter.date})`);
  }
  return diagnostics;
}

/** Sources that no Markdown file in filings/ names as its source; all of them with --force. */
function pendingSources(folder: ContentFolder, all: boolean): string[] {
  const done = new Set<string>();
  if (!all) {
    for (const name of listContentFiles(folder, "filings", ".md")) {
      const path = sourceOf(folder, name);
      if (path) done.add(path);
    }
  }
  return listContentFiles(folder, "sources").filter((name) => !done.has(sourcePathOf(name)));
}

/** The source a filing's Markdown names; a file whose frontmatter cannot be read is reported and names none. */
function sourceOf(folder: ContentFolder, name: string): string | undefined {
  const path = contentPath(folder, "filings", name);
  const text = readFileSync(path, "utf8");
  try {
    const data = matter(text, {}).data as { source?: { path?: string } };
    return data.source?.path;
  } catch {
    printDiagnostics(checkFilingFrontmatter(text, formatPath(folder, path)).diagnostics.map((d) => ({ ...d, severity: "warning" as const })));
    return undefined;
  }
}

process.exitCode = main();
