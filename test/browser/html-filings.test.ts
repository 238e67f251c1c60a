import AxeBuilder from "@axe-core/playwright";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyProject, type BuiltSite } from "../support/built-site.ts";
import { ROOT } from "../support/paths.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";
import { SKIP_REASON, openPage, titled } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

// The made-up HTML-era filings (test/fixtures/html/), ingested and built as a site of their own: the
// pages the HTML reader makes must read, pass axe and link a submission's parts like any other page.
const FIXTURES = join(ROOT, "test/fixtures/html");
const BASE = "/html-era/";
// An excerpt that states neither company nor date is ingested the way its user would, by naming them.
const NAMED: Readonly<Record<string, string[]>> = {
  "cobaltmeadow-2008-def14a-compensation-table.htm": ["--company", "Cobalt Meadow Systems, Inc.", "--date", "2008-04-01"],
};

let content: string;
let project: string;
let site: BuiltSite | undefined;
let server: StaticServer | undefined;
let filings: { id: string; url: string; sourceUrl: string; parent: { url: string } | null }[] = [];

function ingest(args: readonly string[]): void {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/ingest.ts"), "--content", content, ...args], { cwd: project, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`ingest ${args.join(" ")} failed:\n${run.stderr}`);
}

describe.skipIf(!!SKIP_REASON)(titled("pages made from HTML and inline XBRL filings"), () => {
  const browser = useBrowser();

  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), "dossier-html-content-"));
    mkdirSync(join(content, "sources"));
    const names = readdirSync(FIXTURES).filter((name) => /\.(?:html?|txt)$/.test(name)).sort();
    for (const name of names) copyFileSync(join(FIXTURES, name), join(content, "sources", name));
    project = copyProject();
    ingest(names.filter((name) => !NAMED[name]).map((name) => join(content, "sources", name)));
    for (const [name, flags] of Object.entries(NAMED)) ingest([...flags, join(content, "sources", name)]);
    site = buildSite(BASE, project, { DOSSIER_CONTENT: content });
    server = await serveStatic(site.dir, BASE);
    filings = (await (await fetch(new URL("data/filings.json", server.url))).json()) as typeof filings;
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    for (const dir of [site?.dir, project, content]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const origin = () => new URL(server!.url).origin;

  it("publishes a page for every fixture's documents", () => {
    expect(filings.length).toBeGreaterThanOrEqual(10);
  });

  it("shows no tag, attribute or entity of the filings' HTML as text on any filing page", async () => {
    const page = await openPage(browser());
    for (const filing of filings) {
      await page.goto(`${origin()}${filing.url}`);
      const text = await page.locator(".document").innerText();
      expect(text, filing.id).not.toMatch(/<\/?(?:div|p|td|tr|font|span|table|b|br)\b|style=|&#\d+;|&nbsp;/i);
    }
    await page.context().close();
  });

  it("finds no serious or critical axe violation on the filing pages, light and dark", async () => {
    const found: string[] = [];
    for (const filing of filings) {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await openPage(browser(), { colorScheme });
        await page.goto(`${origin()}${filing.url}`);
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          found.push(`${filing.id} ${colorScheme}: ${violation.id} ${violation.help} at ${violation.nodes[0]?.target.join(" ")}`);
        }
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it("links an exhibit to its main document and back, and shows the exhibit's own lines as its original text", async () => {
    const exhibit = filings.find((filing) => filing.parent !== null)!;
    const page = await openPage(browser());
    await page.goto(`${origin()}${exhibit.url}`);
    const parts = page.locator(".submission-parts");
    await parts.getByRole("link", { name: /main document|current report/i }).first().click();
    await page.waitForURL(`${origin()}${exhibit.parent!.url}`);
    await expect(page.locator(".submission-parts").getByRole("link").count()).resolves.toBeGreaterThan(0);
    await page.goto(`${origin()}${exhibit.sourceUrl}`);
    const first = await page.locator("pre.source .line").first().getAttribute("id");
    expect(Number(first!.slice(1))).toBeGreaterThan(1);
    await page.context().close();
  });

  it("keeps an inline XBRL figure's concept on the page", async () => {
    const tagged = filings.find((filing) => filing.id.includes("everly"))!;
    const page = await openPage(browser());
    await page.goto(`${origin()}${tagged.url}`);
    expect(await page.locator(".fact[data-concept]").count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
