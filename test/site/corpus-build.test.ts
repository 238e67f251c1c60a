import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPath, listContentFiles, resolveContentFolder, sourcePathOf } from "../../src/site/content-folder.ts";
import { checkFilingFrontmatter } from "../../src/extract/check-frontmatter.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, ROOT, corpusFiles } from "../support/paths.ts";
import { buildSite, copyProject, fileFor, type BuiltSite } from "../support/built-site.ts";

const BASE = "/dossier/";
const FILES = corpusFiles();
// Builds take about 0.7 s per filing plus a minute; ingest a few seconds per filing. Three times that, to spare.
const TIMEOUT = 3 * (60_000 + FILES.length * (700 + 5_000));

interface Ingested {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Returns the error messages (with their hints) of what a command printed, leaving out the warnings. */
function errorsIn(printed: string): string {
  const messages = printed.split(/\n(?=\S)/);
  return messages.filter((message) => !/^[^\n]*: warning: /.test(message)).join("\n");
}

let content: string;
let project: string;
let ingest: Ingested;
let site: BuiltSite | undefined;
let buildFailure: string | undefined;

describe.skipIf(!HAS_CORPUS)(`a site built from every file of the corpus, in a content folder of its own${CORPUS_SKIP_NOTE}`, () => {
  beforeAll(() => {
    content = mkdtempSync(join(tmpdir(), "dossier-corpus-content-"));
    mkdirSync(join(content, "sources"));
    for (const file of FILES) copyFileSync(file, join(content, "sources", basename(file)));
    project = copyProject();
    const env = { ...process.env, NO_COLOR: "1", DOSSIER_CONTENT: content };
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/ingest.ts")], { cwd: project, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    ingest = { status: run.status, stdout: run.stdout, stderr: run.stderr };
    try {
      site = buildSite(BASE, project, { DOSSIER_CONTENT: content });
    } catch (error) {
      const failed = error as { stdout?: Buffer | string; stderr?: Buffer | string; message: string };
      buildFailure = `${failed.stdout?.toString() ?? ""}${failed.stderr?.toString() ?? ""}` || failed.message;
    }
  }, TIMEOUT);

  afterAll(() => {
    for (const dir of [site?.dir, project, content]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("ingests every file, writing a Markdown page for each source, and exits 0", () => {
    const folder = resolveContentFolder({ projectRoot: project, env: { DOSSIER_CONTENT: content } });
    const made = new Set(
      listContentFiles(folder, "filings", ".md").map((name) => {
        const file = contentPath(folder, "filings", name);
        return checkFilingFrontmatter(readFileSync(file, "utf8"), file).data?.source.path;
      }),
    );
    const withoutPage = FILES.map((file) => basename(file)).filter((name) => !made.has(sourcePathOf(name)));
    expect(withoutPage, errorsIn(ingest.stderr)).toEqual([]);
    expect(ingest.status, errorsIn(ingest.stderr)).toBe(0);
    for (const file of FILES) expect(ingest.stdout).toContain(` from ${content}/sources/${basename(file)} (`);
  });

  it("builds the site from the folder", () => {
    expect(buildFailure?.slice(-4_000)).toBeUndefined();
    expect(site?.pages.has(BASE)).toBe(true);
  });

  it("publishes the Summary Compensation Table rows of every proxy statement, each linked to its table", () => {
    expect(site, "the build failed").toBeDefined();
    const filings = JSON.parse(readFileSync(fileFor(site!, `${BASE}data/filings.json`)!, "utf8")) as { id: string; kind: string; sections: { id: string }[] }[];
    const compensation = JSON.parse(readFileSync(fileFor(site!, `${BASE}data/compensation.json`)!, "utf8")) as { summary: { filing: string; section: string; url: string; name: string; year: number | null }[] };
    const proxies = filings.filter((filing) => filing.kind === "proxy statement");
    expect(proxies.length).toBe(FILES.filter((file) => /def14a/i.test(basename(file))).length);
    for (const proxy of proxies) {
      const rows = compensation.summary.filter((row) => row.filing === proxy.id);
      expect(rows.length, `${proxy.id} has Summary Compensation Table rows`).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.name !== "" && row.year !== null, `${proxy.id}: ${row.name} ${row.year}`).toBe(true);
        expect(proxy.sections.map((section) => section.id)).toContain(row.section);
        expect(row.url).toBe(`${BASE}filings/${proxy.id}/#${row.section}`);
      }
    }
  });

  it("publishes every filing data/filings.json lists, with its original text", () => {
    expect(site, "the build failed").toBeDefined();
    const filings = JSON.parse(readFileSync(fileFor(site!, `${BASE}data/filings.json`)!, "utf8")) as { id: string; url: string; sourceUrl: string }[];
    expect(filings.length).toBe(listContentFiles(resolveContentFolder({ projectRoot: project, env: { DOSSIER_CONTENT: content } }), "filings", ".md").length);
    const missing = filings.flatMap((f) => [f.url, f.sourceUrl]).filter((url) => !existsSync(fileFor(site!, url)!));
    expect(missing).toEqual([]);
  });
});
