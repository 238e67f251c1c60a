import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, copyProject, failingBuild, idsIn } from "../support/built-site.ts";

const CONSULTING = "content/filings/point360-2002-10-02-consulting-agreement.md";

function edit(project: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(project, file), change(readFileSync(join(project, file), "utf8")));
}

describe("the build guards published links and the frontmatter", () => {
  it("fails, naming the ledger line, when a published anchor disappears", () => {
    const project = copyProject();
    edit(project, CONSULTING, (text) => text.replace("{#s4b-termination-by-the-company", "{#s4b-renamed"));
    const output = failingBuild(project);
    expect(output).toMatch(/content\/anchor-ledger\.txt:\d+: expected the published link to still exist or to have a redirect in content\/redirects\.txt, found "\/filings\/point360-2002-10-02-consulting-agreement\/#s4b-termi…" \[anchor-removed\]/);
    expect(output).toContain('hint: Restore the id in the filing\'s Markdown, or add a line "/filings/point360-2002-10-02-consulting-agreement/#s4b-termination-by-the-company -> <new path>" to content/redirects.txt.');
  }, 120_000);

  it("builds when the move is declared, and the old anchor lands on the new place", () => {
    const project = copyProject();
    edit(project, CONSULTING, (text) => text.replace("{#s4b-termination-by-the-company", "{#s4b-renamed"));
    const page = "/filings/point360-2002-10-02-consulting-agreement/";
    appendFileSync(join(project, "content/redirects.txt"), `${page}#s4b-termination-by-the-company -> ${page}#s4b-renamed\n/filings/gone/ -> ${page}\n`);
    const site = buildSite("/", project);
    const html = site.pages.get(page)!;
    expect(html).toMatch(/<div id="s4b-renamed" class="clause"[^>]*><span id="s4b-termination-by-the-company" class="anchor-alias"><\/span>/);
    expect(site.pages.get("/filings/gone/")).toContain('<meta http-equiv="refresh" content="0; url=/filings/point360-2002-10-02-consulting-agreement/">');
    expect(idsIn(html).has("s4b-termination-by-the-company")).toBe(true);
  }, 120_000);

  it("fails with the file, line, field, expected and found when frontmatter is invalid", () => {
    const project = copyProject();
    edit(project, CONSULTING, (text) => text.replace('date: "2002-10-02"', 'date: "October 2"'));
    const output = failingBuild(project);
    expect(output).toContain('content/filings/point360-2002-10-02-consulting-agreement.md:6: expected an ISO date like 2002-10-02 in field "date", found "October 2" [frontmatter-invalid]');
  }, 120_000);

  it("fails when two parts of a filing claim the same id", () => {
    const project = copyProject();
    edit(project, CONSULTING, (text) => text.replace("{#s4c-termination-by-the-consultant", "{#s4b-termination-by-the-company"));
    expect(failingBuild(project)).toMatch(/point360-2002-10-02-consulting-agreement\.md:\d+: expected an id used once per filing, found "s4b-termination-by-the-company" \[anchor-duplicate\]/);
  }, 120_000);

  it("fails when a source filing was changed after ingest", () => {
    const project = copyProject();
    appendFileSync(join(project, "content/sources/point360-2002-10-02-consulting-agreement.txt"), "\nedited\n");
    expect(failingBuild(project)).toContain("[source-changed]");
  }, 120_000);
});
