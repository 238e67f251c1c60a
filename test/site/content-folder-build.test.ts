import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveContentFolder } from "../../src/site/content-folder.ts";
import { readContent } from "../../src/site/read-content.ts";
import { ROOT, ROOT_CONTENT } from "../support/paths.ts";
import { buildSite, copyProject, failingBuild, fileFor, type BuiltSite } from "../support/built-site.ts";

const BASE = "/dossier/";
// A made-up company's content folder: sources, Markdown, ledger, redirects and people, laid out like content/.
const FIXTURE = join(ROOT, "test/fixtures/content-root");
const AGREEMENT = "lanternfish-optics-corp-2005-06-01-employment-agreement";
const PROXY = "lanternfish-optics-corp-2005-09-12-proxy-statement";

let site: BuiltSite;
let project: string;
let content: string;

beforeAll(() => {
  // The folder is copied outside the project, so nothing can be read from it through the project's paths.
  content = mkdtempSync(join(tmpdir(), "dossier-content-"));
  cpSync(FIXTURE, content, { recursive: true });
  project = copyProject();
  site = buildSite(BASE, project, { DOSSIER_CONTENT: content });
}, 300_000);

afterAll(() => {
  for (const dir of [site?.dir, project, content]) if (dir) rmSync(dir, { recursive: true, force: true });
});

interface PublishedFiling {
  readonly id: string;
  readonly url: string;
  readonly sourceUrl: string;
}

const published = () => JSON.parse(readFileSync(fileFor(site, `${BASE}data/filings.json`)!, "utf8")) as PublishedFiling[];

describe("a site built from a content folder outside the project (DOSSIER_CONTENT)", () => {
  it("has a page and an original-text page for each of the folder's filings, and data/filings.json lists them", () => {
    const report = readContent(resolveContentFolder({ projectRoot: project, env: { DOSSIER_CONTENT: content } }));
    const ids = report.filings.map((f) => f.id);
    expect(ids).toEqual([AGREEMENT, PROXY]);
    // No anchor-unrecorded warning either: the folder's own anchor-ledger.txt was read.
    expect(report.diagnostics).toEqual([]);
    expect(report.ledger.length).toBeGreaterThan(0);
    expect(site.pages.has(BASE)).toBe(true);
    for (const id of ids) {
      expect(site.pages.has(`${BASE}filings/${id}/`), id).toBe(true);
      expect(site.pages.has(`${BASE}filings/${id}/source/`), id).toBe(true);
    }
    expect(published().map((f) => f.id).sort()).toEqual(ids);
    for (const filing of published()) {
      expect(existsSync(fileFor(site, filing.url)!), filing.url).toBe(true);
      expect(existsSync(fileFor(site, filing.sourceUrl)!), filing.sourceUrl).toBe(true);
    }
  });

  it("leaves out the project's own content/ filings", () => {
    const own = readContent(ROOT_CONTENT).filings.map((f) => f.id);
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) {
      expect(site.pages.has(`${BASE}filings/${id}/`), id).toBe(false);
      expect(published().some((f) => f.id === id), id).toBe(false);
    }
    for (const [page, html] of site.pages) expect(html, page).not.toContain(`/filings/${own[0]}/`);
  });

  it("shows the original text read from the folder's sources/, which frontmatter names content/sources/<file>", () => {
    const html = site.pages.get(`${BASE}filings/${AGREEMENT}/source/`)!;
    expect(html).toContain("<code>content/sources/lanternfish-2005-06-01-employment-agreement.txt</code>");
    expect(html).toMatch(/<span class="line" id="L1"><a class="ln" href="#L1"[^>]*>1<\/a>Exhibit 10.4\n<\/span>/);
    expect(html).toContain("                                                /s/ Ines K.Marlow\n");
  });

  it("serves the moves declared in the folder's redirects.txt", () => {
    const html = site.pages.get(`${BASE}filings/lanternfish-2005-employment-agreement/`);
    expect(html).toContain(`url=${BASE}filings/${AGREEMENT}/`);
  });

  it("merges the names listed in the folder's people.yaml", () => {
    expect(site.pages.has(`${BASE}people/oren-b-castellan/`)).toBe(true);
    // Without the folder's people.yaml the proxy statement's "O. Bennett Castellan" has a page of his own.
    expect(site.pages.has(`${BASE}people/o-bennett-castellan/`)).toBe(false);
    expect(site.pages.get(`${BASE}people/oren-b-castellan/`)).toContain("O. Bennett Castellan");
  });
});

describe("a build from a content folder with nothing to build", () => {
  it("fails with which folder, what belongs in it and how to name another, and no stack trace", () => {
    const project = copyProject();
    const empty = mkdtempSync(join(tmpdir(), "dossier-content-"));
    mkdirSync(join(empty, "sources"));
    cpSync(join(FIXTURE, "sources"), join(empty, "sources"), { recursive: true });
    try {
      const output = failingBuild(project, { DOSSIER_CONTENT: empty });
      expect(output).toContain(`${empty}/: expected Markdown filings (*.md) in ${empty}/filings/, found "none, and 2 raw filing(s) in sources/" [content-folder-empty]`);
      expect(output).toContain(`hint: Run npm run ingest to convert the 2 raw filing(s) in ${empty}/sources/. If your filings are in another folder, set DOSSIER_CONTENT`);
      expect(output).not.toContain("Stack trace");
      expect(output).not.toMatch(/^\s+at /m);
      const missing = failingBuild(project, { DOSSIER_CONTENT: join(empty, "nowhere") });
      expect(missing).toContain(`${empty}/nowhere/: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "no such folder" [content-folder-missing]`);
      expect(missing).not.toContain("Stack trace");
    } finally {
      rmSync(project, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
