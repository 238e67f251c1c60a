import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFilingFrontmatter, extractOutline, parseMarkdown } from "../../src/extract/index.ts";
import { remarkCrossLinks } from "../../src/site/markdown/remark-cross-links.ts";
import { remarkFiling } from "../../src/site/markdown/remark-filing.ts";
import { buildReferenceSetup, type ReferenceSetup } from "../../src/site/references.ts";
import { buildSite, copyProject, fileFor, hrefsIn, idsIn, type BuiltSite } from "../support/built-site.ts";
import { ROOT } from "../support/paths.ts";
import { findWordDifference, htmlPieces, sourceWords } from "../support/word-alignment.ts";

const FIXTURES = join(ROOT, "test/fixtures/references");
const AGREEMENT = "acme-widgets-inc-2003-03-03-consulting-agreement";
const PROXY = "acme-widgets-inc-2003-04-10-proxy-statement";
const BASE = "/dossier/";

/** A filing's Markdown read as the site reads content. */
function readSource(id: string, file: string, text: string) {
  const checked = checkFilingFrontmatter(text, file);
  const { sections } = extractOutline(parseMarkdown(checked.body), checked.body, file, checked.bodyLine);
  return { id, data: checked.data!, sections, body: checked.body, bodyLine: checked.bodyLine };
}

/** The fixture filings' Markdown. */
function fixtureSources() {
  return [AGREEMENT, PROXY].map((id) => readSource(id, `test/fixtures/references/${id}.md`, readFileSync(join(FIXTURES, `${id}.md`), "utf8")));
}

const PEOPLE = [
  { id: "jane-q-roe", forms: ["Jane Q. Roe", "JANE Q. ROE", "Ms. Roe"] },
  { id: "john-p-doe", forms: ["John P. Doe"] },
];

/** Renders Markdown the way Astro does for a filing page with this project's remark plugins. */
function render(markdown: string, id: string, setup: ReferenceSetup): string {
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFiling)
    .use(remarkCrossLinks, { base: BASE, catalog: setup.catalog, citedBy: setup.index.citedBy })
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = { value: markdown, path: `content/filings/${id}.md` };
  return String(pipeline.processSync(file));
}

describe("the cross-links Markdown plugin", () => {
  const setup = buildReferenceSetup(fixtureSources(), PEOPLE);
  const body = (id: string) => fixtureSources().find((s) => s.id === id)!.body;

  it("wraps the words in links without changing a word", () => {
    const html = render(body(AGREEMENT), AGREEMENT, setup);
    const plain = render(body(AGREEMENT), AGREEMENT, { catalog: { filings: [], people: [] }, index: { references: [], citedBy: {} } });
    const words = (h: string) => htmlPieces(h).flatMap((p) => p.words);
    expect(html).toContain('<a href="#s3b-termination-for-misconduct" class="xref xref-section">Section 3(b) below</a>');
    expect(html).not.toEqual(plain);
    expect(words(html)).toEqual(words(plain));
  });

  /** Renders a made-up body under the fixture agreement's frontmatter, linked against itself and the given people. */
  function renderBody(body: string, people = PEOPLE): string {
    const frontmatter = readFileSync(join(FIXTURES, `${AGREEMENT}.md`), "utf8").split(/\n---\n/)[0];
    const source = readSource(AGREEMENT, `content/filings/${AGREEMENT}.md`, `${frontmatter}\n---\n\n${body}`);
    return render(source.body, AGREEMENT, buildReferenceSetup([source], people));
  }

  it("links nothing inside headings, existing links or the § marks", () => {
    const html = renderBody("## Jane Q. Roe and the Company {#jane}\n\nThe Company (the COMPANY) pays [Jane Q. Roe](#jane). Jane Q. Roe agrees.\n");
    expect(html).toMatch(/<h2 id="jane">Jane Q. Roe and the Company <a href="#jane" class="anchor-link"[^>]*>§<\/a><\/h2>/);
    expect(html).toContain('<a href="#jane">Jane Q. Roe</a>. <a href="/dossier/people/jane-q-roe/" class="person">Jane Q. Roe</a> agrees.');
  });

  it("keeps the filing's text as text in a tooltip, whatever it looks like", () => {
    const html = renderBody("## Terms {#terms}\n\nA widget <b>is</b> made here (the WIDGET MAKER).\n\nThe Widget Maker <script>x</script> works.\n", []);
    expect(html).toContain('class="term" aria-describedby="tip-terms-widget-maker">Widget Maker</a>');
    expect(html).toContain(">A widget &#x3C;b>is&#x3C;/b> made here (the WIDGET MAKER).</span>");
    expect(html).not.toMatch(/<(?:b|script)>/);
  });

  it("shows a term's definition in a tooltip the link points at", () => {
    const html = render(body(AGREEMENT), AGREEMENT, setup);
    const link = /<a href="#s1-engagement" class="term" aria-describedby="([^"]+)">Widget Services<\/a><span id="([^"]+)" role="tooltip" class="term-tip added-text" data-pagefind-ignore="">([^<]*)<\/span>/.exec(html);
    expect(link?.[1]).toBe(link?.[2]);
    expect(link?.[3]).toBe("The Advisor shall advise the Company on the design and sale of widgets (the WIDGET SERVICES).");
  });
});

/** A copy of the project with the made-up company's filings and sources added and their anchors recorded. */
function projectWithFixtures(): string {
  const project = copyProject();
  for (const name of readdirSync(FIXTURES)) {
    copyFileSync(join(FIXTURES, name), join(project, name.endsWith(".md") ? "content/filings" : "content/sources", name));
  }
  execFileSync(join(ROOT, "node_modules/.bin/tsx"), [join(project, "src/cli/ledger.ts")], { cwd: project, stdio: "pipe" });
  return project;
}

let site: BuiltSite;
let project: string;
const page = (id: string) => site.pages.get(`${BASE}filings/${id}/`)!;
const documentOf = (html: string) => html.slice(html.indexOf('<div class="document">'), html.lastIndexOf("</article>"));
const elementWithId = (html: string, id: string) => new RegExp(`<(\\w+) id="${id}"[\\s\\S]*?</\\1>`).exec(html)?.[0] ?? "";

beforeAll(() => {
  project = projectWithFixtures();
  site = buildSite(BASE, project);
}, 300_000);

describe("references on the built site, with a made-up company's agreement and proxy statement", () => {
  it("links a section, an exhibit and a person inside the agreement", () => {
    const html = documentOf(page(AGREEMENT));
    expect(html).toContain('<a href="#s3b-termination-for-misconduct" class="xref xref-section">Section 3(b) below</a>');
    expect(html).toContain('<a href="#s2-fees" class="xref xref-section">Section 2 above</a>');
    expect(html).toContain('<a href="#exhibit-a-option-schedule" class="xref xref-exhibit">Exhibit A</a>');
    expect(html).toContain(`<a href="${BASE}people/jane-q-roe/" class="person">Jane Q. Roe</a>`);
    expect(site.pages.has(`${BASE}people/jane-q-roe/`)).toBe(true);
  });

  it("links a defined term to its definition, which a tooltip shows on hover and keyboard focus", () => {
    const html = documentOf(page(AGREEMENT));
    const misconduct = /<a href="#s3b-termination-for-misconduct" class="term" aria-describedby="([^"]+)">Misconduct<\/a><span id="([^"]+)" role="tooltip"[^>]*>([^<]*)<\/span>/.exec(html);
    expect(misconduct?.[1]).toBe(misconduct?.[2]);
    expect(misconduct?.[3]).toBe('"Misconduct" as used in this Agreement means a material breach of Section 2 above by the Advisor.');
    const stylesheets = readdirSync(join(site.dir, "_astro")).filter((f) => f.endsWith(".css"));
    const css = [...stylesheets.map((f) => readFileSync(join(site.dir, "_astro", f), "utf8")), ...(page(AGREEMENT).match(/<style>[\s\S]*?<\/style>/g) ?? [])].join("");
    expect(css).toMatch(/a\.term:hover\+\.term-tip,\.document a\.term:focus\+\.term-tip/);
    expect(css).toMatch(/\.term-tip\{display:none/);
  });

  it("links the proxy statement's mentions to the same company's agreement, its clause and its own section", () => {
    const html = documentOf(page(PROXY));
    expect(html).toContain(`<a href="${BASE}filings/${AGREEMENT}/" class="xref xref-document">Consulting Agreement</a>`);
    expect(html).toContain(`<a href="${BASE}filings/${AGREEMENT}/#s3b-termination-for-misconduct" class="xref xref-section">Section 3(b) of the Consulting Agreement</a>`);
    expect(html).toContain('<a href="#certain-relationships" class="xref xref-section">Certain Relationships</a>');
    expect(html).toContain(`<a href="${BASE}people/jane-q-roe/" class="person">Ms. Roe</a>`);
    expect(html).not.toContain("point360-2002-10-02-consulting-agreement");
  });

  it("shows who cites the agreement at its top and under each cited clause", () => {
    const html = page(AGREEMENT);
    const citedBy = /<section class="cited-by-filing"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(citedBy).toContain(`<a href="${BASE}filings/${PROXY}/">Proxy Statement</a>`);
    expect(citedBy).toContain(`<a href="${BASE}filings/${PROXY}/#certain-relationships">CERTAIN RELATIONSHIPS</a>: “Consulting Agreement”`);
    expect(citedBy).toContain("“Section 3(b) of the Consulting Agreement”");
    const clause = elementWithId(html, "s3b-termination-for-misconduct");
    expect(clause).toContain(`<p class="cited-by added-text" data-pagefind-ignore="">Cited by <a href="#s2-fees">2. Fees</a>; <a href="${BASE}filings/${PROXY}/#certain-relationships">Proxy Statement: CERTAIN RELATIONSHIPS</a></p>`);
    expect(html).toMatch(/<h3 id="s2-fees"[\s\S]*?<\/h3>\s*<p class="cited-by added-text" data-pagefind-ignore="">Cited by <a href="#s3b-termination-for-misconduct">3\(b\) Termination for Misconduct<\/a><\/p>/);
  });

  it("lists the references that lead out of the collection on the filing page and on the references page", () => {
    const missing = /<details class="missing-references" id="missing-references"[\s\S]*?<\/details>/.exec(page(AGREEMENT))?.[0] ?? "";
    expect(missing).toContain('<span class="missing-text">Section 4 of the Confidentiality Agreement</span>');
    expect(missing).toContain('<span class="missing-text">Exhibit 10.9 to this Form 8-K</span>');
    expect(missing).toContain(`<a href="${BASE}filings/${AGREEMENT}/#s2-fees">2. Fees</a>`);
    expect(documentOf(page(AGREEMENT))).not.toMatch(/<a[^>]*>Section 4 of the Confidentiality Agreement<\/a>/);
    const all = site.pages.get(`${BASE}references/`)!;
    expect(all).toContain('<strong class="missing-text">Confidentiality Agreement</strong>');
    expect(all).toContain('<strong class="missing-text">Form 10-K</strong>');
    expect(all).toContain(`<a href="${BASE}filings/${PROXY}/#certain-relationships">Proxy Statement: CERTAIN RELATIONSHIPS</a> cites <a href="${BASE}filings/${AGREEMENT}/">Consulting Agreement</a> as “Consulting Agreement”`);
  });

  it("publishes every reference in data/references.json, with URLs that resolve", () => {
    type Entry = { from: { filing: string; section: string; url: string; quote: string }; text: string; target: { filing: string | null; section: string | null; url: string } | null; kind: string; resolved: boolean };
    const data = JSON.parse(readFileSync(join(site.dir, "data/references.json"), "utf8")) as Entry[];
    expect(data).toContainEqual({
      from: { filing: PROXY, section: "certain-relationships", url: `${BASE}filings/${PROXY}/#certain-relationships`, quote: "Under Section 3(b) of the Consulting Agreement, the Company may end the arrangement for misconduct." },
      text: "Section 3(b) of the Consulting Agreement",
      target: { filing: AGREEMENT, section: "s3b-termination-for-misconduct", url: `${BASE}filings/${AGREEMENT}/#s3b-termination-for-misconduct`, person: null, definition: null },
      kind: "section",
      resolved: true,
    });
    expect(data.filter((e) => e.from.filing === AGREEMENT && !e.resolved).map((e) => [e.kind, e.text])).toEqual([
      ["section", "Section 4 of the Confidentiality Agreement"],
      ["exhibit", "Exhibit 10.9 to this Form 8-K"],
    ]);
    expect(new Set(data.map((e) => e.kind))).toEqual(new Set(["section", "document", "exhibit", "term", "person"]));
    for (const entry of data) {
      for (const url of [entry.from.url, entry.target?.url].filter((u): u is string => !!u)) {
        const [path, fragment] = url.split("#");
        const html = existsSync(fileFor(site, path!)!) ? readFileSync(fileFor(site, path!)!, "utf8") : undefined;
        expect(html, url).toBeDefined();
        if (fragment) expect(idsIn(html!).has(fragment), url).toBe(true);
      }
    }
  });

  it("keeps every word of the made-up filings on their pages, in order, with the added text left out", () => {
    for (const id of [AGREEMENT, PROXY]) {
      const source = readFileSync(join(project, "content/sources", id === AGREEMENT ? "acme-2003-03-03-consulting-agreement.txt" : "acme-2003-04-10-def14a.txt"), "utf8");
      const document = documentOf(page(id));
      expect(document).toContain("added-text");
      expect(findWordDifference(sourceWords(source), htmlPieces(document)), id).toBeUndefined();
    }
  });

  it("resolves every link and fragment on the made-up filings' pages and the references page", () => {
    const broken: string[] = [];
    for (const path of [`${BASE}filings/${AGREEMENT}/`, `${BASE}filings/${PROXY}/`, `${BASE}references/`]) {
      for (const href of hrefsIn(site.pages.get(path)!)) {
        const url = new URL(href, `http://site${path}`);
        const file = fileFor(site, url.pathname);
        if (!file || !existsSync(file)) broken.push(`${path}: ${href}`);
        else if (url.hash && file.endsWith(".html") && !idsIn(readFileSync(file, "utf8")).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links nothing inside a heading", () => {
    for (const id of [AGREEMENT, PROXY, "point360-2002-10-02-consulting-agreement", "point360-2002-11-04-proxy-statement"]) {
      for (const heading of page(id).match(/<h[1-6][\s\S]*?<\/h[1-6]>/g) ?? []) expect(heading, id).not.toMatch(/class="(?:term|person|xref)/);
    }
  });
});

describe("references on the sample filings", () => {
  const CONSULTING = "point360-2002-10-02-consulting-agreement";
  const PURCHASE = "point360-2002-10-02-stock-purchase-agreement";
  const STATEMENT = "point360-2002-11-04-proxy-statement";

  it("links the proxy statement's Stock Purchase Agreement to that agreement's page", () => {
    const transactions = documentOf(page(STATEMENT)).split('id="certain-transactions"')[1]!.split("<figure")[0]!;
    expect(transactions).toContain(`<a href="${BASE}filings/${PURCHASE}/" class="xref xref-document">Stock Purchase Agreement</a>`);
    expect(transactions).toContain(`<a href="${BASE}filings/${CONSULTING}/" class="xref xref-document">Consulting Agreement</a>`);
  });

  it("links the consulting agreement's Section 4(b) below to clause 4(b) and Exhibit B to the exhibit", () => {
    const fees = documentOf(page(CONSULTING)).split('id="s2-fees"')[1]!.split("<h3")[0]!;
    expect(fees).toContain('<a href="#s4b-termination-by-the-company" class="xref xref-section">Section 4(b) below</a>');
    expect(fees).toContain('<a href="#exhibit-b-noncompetition-agreement" class="xref xref-exhibit">EXHIBIT B</a>');
    expect(elementWithId(page(CONSULTING), "s4b-termination-by-the-company")).toContain('Cited by <a href="#s2-fees">2. Fees</a>');
  });

  it("links a paragraph of the stock purchase agreement named from its exhibit to the agreement's own paragraph", () => {
    expect(elementWithId(page(PURCHASE), "exhibit-a-s2")).toContain('<a href="#s2-payment-of-purchase-price" class="xref xref-section">Paragraph 2 of the Stock Purchase Agreement</a>');
  });

  it("lists Exhibit 10.3 to this Form 8-K as missing, on the consulting agreement's page and the references page", () => {
    expect(/<details class="missing-references"[\s\S]*?<\/details>/.exec(page(CONSULTING))?.[0]).toContain('<span class="missing-text">Exhibit 10.3 to this Form 8-K</span>');
    expect(documentOf(page(CONSULTING))).toContain("See Exhibit 10.3 to this Form 8-K.");
    expect(site.pages.get(`${BASE}references/`)).toContain('<strong class="missing-text">Exhibit 10.3 to this Form 8-K</strong>');
  });

  it("says the consulting agreement is cited by the proxy statement's CERTAIN TRANSACTIONS section", () => {
    const citedBy = /<section class="cited-by-filing"[\s\S]*?<\/section>/.exec(page(CONSULTING))?.[0];
    expect(citedBy).toContain(`<a href="${BASE}filings/${STATEMENT}/#certain-transactions">CERTAIN TRANSACTIONS</a>: “Consulting Agreement”`);
  });
});
