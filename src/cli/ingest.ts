import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import { ingestFiling } from "../ingest/index.ts";
import { checkFilingFrontmatter } from "../extract/index.ts";
import type { Diagnostic } from "../lib/diagnostic.ts";
import { printDiagnostics } from "./print-diagnostics.ts";

const SOURCES = "content/sources";
const FILINGS = "content/filings";

const USAGE = `usage: npm run ingest -- [--force] [--title T] [--kind K] [--company C] [--date YYYY-MM-DD] [file ...]

Converts raw EDGAR text filings into content/filings/<id>.md. With no file, ingests every
file in content/sources/ that no Markdown file was made from yet (every file, with --force).
An existing Markdown file is only replaced with --force.`;

function readArguments() {
  return parseArgs({
    allowPositionals: true,
    options: {
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
  let parsed: ReturnType<typeof readArguments>;
  try {
    parsed = readArguments();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const files = positionals.length ? positionals.map((p) => relative(root, resolve(p))) : pendingSources(root, values.force);
  if (files.length === 0) {
    console.log("Nothing to ingest: every file in content/sources/ has its Markdown already.");
    return 0;
  }
  const overrides = { title: values.title, kind: values.kind, company: values.company, date: values.date };
  const diagnostics: Diagnostic[] = [];
  for (const file of files) diagnostics.push(...ingestOne(root, file, overrides, values.force));
  return printDiagnostics(diagnostics) ? 1 : 0;
}

function ingestOne(root: string, file: string, overrides: Record<string, string | undefined>, force: boolean): Diagnostic[] {
  if (!existsSync(join(root, file))) {
    return [{ severity: "error", file, line: 0, expected: "an existing file", found: file, rule: "ingest-no-file" }];
  }
  const bytes = readFileSync(join(root, file));
  const result = ingestFiling({
    text: bytes.toString("utf8"),
    sourcePath: file.split("\\").join("/"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    overrides,
  });
  if (!result.markdown || !result.id) return [...result.diagnostics];
  mkdirSync(join(root, FILINGS), { recursive: true });
  for (const page of result.pages) {
    const target = join(FILINGS, `${page.id}.md`);
    if (existsSync(join(root, target)) && !force) {
      console.log(`kept    ${target} (exists; pass --force to replace it)`);
      continue;
    }
    writeFileSync(join(root, target), page.markdown);
    const part = page.frontmatter.document && page.frontmatter.parent ? `${page.frontmatter.document.type}, ` : "";
    console.log(`wrote   ${target} from ${file} (${part}${page.frontmatter.kind}, ${page.frontmatter.date})`);
  }
  return [...result.diagnostics];
}

/** Sources that no Markdown file in content/filings/ names as its source; all of them with --force. */
function pendingSources(root: string, all: boolean): string[] {
  const done = new Set<string>();
  if (!all && existsSync(join(root, FILINGS))) {
    for (const name of readdirSync(join(root, FILINGS)).filter((n) => n.endsWith(".md")).sort()) {
      const path = sourceOf(root, `${FILINGS}/${name}`);
      if (path) done.add(path);
    }
  }
  if (!existsSync(join(root, SOURCES))) return [];
  return readdirSync(join(root, SOURCES))
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => `${SOURCES}/${basename(name)}`)
    .filter((path) => !done.has(path));
}

/** The source a filing's Markdown names; a file whose frontmatter cannot be read is reported and names none. */
function sourceOf(root: string, file: string): string | undefined {
  const text = readFileSync(join(root, file), "utf8");
  try {
    const data = matter(text, {}).data as { source?: { path?: string } };
    return data.source?.path;
  } catch {
    printDiagnostics(checkFilingFrontmatter(text, file).diagnostics.map((d) => ({ ...d, severity: "warning" as const })));
    return undefined;
  }
}

process.exitCode = main();
