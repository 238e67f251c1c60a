import { existsSync, readFileSync } from "node:fs";
import { findWordDifference, htmlPieces, sourceWords } from "../support/word-alignment.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/site/read-content.ts";
import { sourceFileOf } from "../../src/site/content-folder.ts";
import { ROOT_CONTENT } from "../support/paths.ts";
import { buildSite, fileFor, hrefsIn, idsIn, type BuiltSite } from "../support/built-site.ts";

const BASE = "/dossier/";
let site: BuiltSite;

beforeAll(() => {
  site = buildSite(BASE);
}, 240_000);

/** Resolves a link found on a page to a site path and fragment. */
function resolveLink(page: string, href: string): { path: string; fragment: string | undefined } | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith("//")) return undefined;
  const url = new URL(href, `http://site${page}`);
  return { path: url.pathname, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

describe("the built site", () => {
  it("has the home page, a page and an original-text page per filing, and the data file", () => {
    const report = readContent(ROOT_CONTENT);
    expect(report.filings.length).toBeGreaterThanOrEqual(3);
    expect(site.pages.has(BASE)).toBe(true);
    for (const filing of report.filings) {
      expect(site.pages.has(`${BASE}filings/${filing.id}/`)).toBe(true);
      expect(site.pages.has(`${BASE}filings/${filing.id}/source/`)).toBe(true);
    }
    expect(existsSync(fileFor(site, `${BASE}data/filings.json`)!)).toBe(true);
  });

  it("resolves every internal link and #fragment on every page", () => {
    const broken: string[] = [];
    for (const [page, html] of site.pages) {
      for (const href of hrefsIn(html)) {
        const target = resolveLink(page, href);
        if (!target) continue;
        const file = fileFor(site, target.path);
        if (!file || !existsSync(file)) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        if (target.fragment && file.endsWith(".html") && !idsIn(readFileSync(file, "utf8")).has(target.fragment)) {
          broken.push(`${page}: ${href} (no #${target.fragment} there)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("lands a link to clause 4(b) of the consulting agreement on that clause", () => {
    const page = [...site.pages.keys()].find((p) => /consulting-agreement\/$/.test(p))!;
    const html = site.pages.get(page)!;
    const clause = /<div id="s4b-termination-by-the-company" class="clause" data-label="4\(b\)">([\s\S]*?)<\/div>/.exec(html);
    // Defined terms in the clause are links now ("the <a class="term">Consultant</a>"), so the words are read without tags.
    expect(clause?.[1]).toContain("<strong>Termination by the Company.</strong> In the event that the ");
    expect(clause?.[1]?.replace(/<span[^>]*role="tooltip"[^>]*>[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "")).toContain("In the event that the Consultant shall become");
    expect(clause?.[1]).toContain('href="#s4b-termination-by-the-company"');
  });

  it("publishes every page and anchor the ledger records", () => {
    const report = readContent(ROOT_CONTENT);
    const missing = report.ledger
      .map((entry) => entry.path)
      .filter((path) => {
        const [page, fragment] = path.split("#");
        const html = site.pages.get(`${BASE}${page!.slice(1)}`);
        if (html === undefined) return true;
        if (!fragment) return false;
        const range = /^L1-L(\d+)$/.exec(fragment);
        return range ? !idsIn(html).has(`L${range[1]}`) : !idsIn(html).has(fragment);
      });
    expect(missing).toEqual([]);
  });

  it("writes data/filings.json with base-path URLs that resolve", () => {
    const data = JSON.parse(readFileSync(fileFor(site, `${BASE}data/filings.json`)!, "utf8")) as {
      id: string;
      url: string;
      sourceUrl: string;
      parties: { name: string; role: string }[];
      sections: { id: string; label: string | null; title: string; url: string }[];
    }[];
    const consulting = data.find((f) => f.id.endsWith("consulting-agreement"))!;
    expect(consulting).toMatchObject({ kind: "consulting agreement", date: "2002-10-02", company: "Point.360", title: "Consulting Agreement" });
    expect(consulting.url).toBe(`${BASE}filings/${consulting.id}/`);
    expect(consulting.parties).toEqual([
      { name: "Point.360", role: "COMPANY" },
      { name: "R. Luke Stefanko", role: "CONSULTANT" },
    ]);
    expect(consulting.sections).toContainEqual(
      expect.objectContaining({ id: "s4b-termination-by-the-company", label: "4(b)", title: "Termination by the Company", url: `${consulting.url}#s4b-termination-by-the-company` }),
    );
    for (const filing of data) {
      for (const section of filing.sections) {
        const [page, fragment] = section.url.split("#");
        expect(idsIn(site.pages.get(page!) ?? "").has(fragment!), section.url).toBe(true);
      }
    }
  });

  it("shows filing text as text: no markup from a filing reaches the HTML", () => {
    for (const [page, html] of site.pages) {
      expect(html, page).not.toMatch(/<(S|C|PAGE|TABLE|CAPTION|FN)>/);
    }
  });

  it("shows every word of each source on its filing page, in order", () => {
    for (const filing of readContent(ROOT_CONTENT).filings) {
      const html = site.pages.get(`${BASE}filings/${filing.id}/`)!;
      const document = html.slice(html.indexOf('<div class="document">'), html.lastIndexOf("</article>"));
      const source = readFileSync(sourceFileOf(ROOT_CONTENT, filing.data.source.path), "utf8");
      expect(findWordDifference(sourceWords(source), htmlPieces(document)), filing.id).toBeUndefined();
    }
  });

  it("numbers every line of the original text with its own anchor", () => {
    const page = [...site.pages.keys()].find((p) => /proxy-statement\/source\/$/.test(p))!;
    const html = site.pages.get(page)!;
    expect(html).toMatch(/<span class="line" id="L439"><a class="ln" href="#L439"[^>]*>439<\/a>SUMMARY COMPENSATION TABLE\n<\/span>/);
  });
});
