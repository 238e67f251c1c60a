import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fileFor, hrefsIn, idsIn, type BuiltSite } from "../support/built-site.ts";

const BASE = "/dossier/";
const PROXY = "point360-2002-11-04-proxy-statement";
const SPA = "point360-2002-10-02-stock-purchase-agreement";
const OWNERSHIP_SUM = "sum-security-ownership-of-certain-beneficial-owners-and-management-46267ce3";
let site: BuiltSite;

interface CheckData {
  id: string;
  kind: string;
  status: "pass" | "mismatch";
  title: string;
  values: { label: string; value: string; number: number | null; filing: string; section: string; url: string; textUrl: string; quote: string }[];
  computed: string | null;
  difference: string | null;
  note: string | null;
}

beforeAll(() => {
  site = buildSite(BASE);
}, 240_000);

const data = () => JSON.parse(readFileSync(fileFor(site, `${BASE}data/checks.json`)!, "utf8")) as CheckData[];

/** True when a site path with an optional #fragment names a built file and, for a page, an id on it. */
function resolves(url: string): boolean {
  const [path, fragment] = url.split("#") as [string, string?];
  const file = fileFor(site, new URL(path, "http://site").pathname);
  if (!file || !existsSync(file)) return false;
  return !fragment || idsIn(readFileSync(file, "utf8")).has(decodeURIComponent(fragment));
}

describe("the checks page and data", () => {
  it("publishes data/checks.json with every finding's figures, mismatches first", () => {
    const checks = data();
    expect(checks.filter((c) => c.status === "mismatch").map((c) => c.title)).toEqual([
      "Haig S. Bagerdjian: shares owned plus options acquirable against the printed total",
      "All directors and executive officers as a group: percent of the class against the shares outstanding",
      "The number of directors to be elected, wherever the filing states it, against the nominees listed",
      "When a person resigned, as the filing states it twice",
      "When a person resigned, as two filings state it",
      "A loan's balance as of 2002-10-02, as two filings state it",
    ]);
    const sum = checks.find((c) => c.id === OWNERSHIP_SUM)!;
    expect(sum).toMatchObject({ kind: "sum", status: "mismatch", difference: "10 shares", computed: "2,023,665 + 315,000 = 2,338,665" });
    expect(sum.values[2]).toMatchObject({ label: "Total", value: "2,338,655", number: 2338655, filing: PROXY, url: `${BASE}filings/${PROXY}/#security-ownership-of-certain-beneficial-owners-and-management` });
    expect(checks.find((c) => c.kind === "product" && c.values[0]!.filing === SPA)).toMatchObject({ status: "pass", difference: "$0.15" });
  });

  it("links every figure of the data to a section and an original-text line that exist", () => {
    const broken = data().flatMap((c) => c.values.flatMap((v) => [v.url, v.textUrl]).filter((url) => !resolves(url)));
    expect(broken).toEqual([]);
  });

  it("lists mismatches before passes on the page, each figure linked to its section, each finding with its id", () => {
    const page = site.pages.get(`${BASE}checks/`)!;
    expect(page.indexOf('id="mismatches"')).toBeLessThan(page.indexOf('id="passes"'));
    expect(page).toContain("Figures that do not agree (6)");
    for (const check of data()) expect(idsIn(page).has(check.id), check.id).toBe(true);
    expect(page).toMatch(new RegExp(`<tr id="${OWNERSHIP_SUM}" class="check-mismatch">`));
    expect(page).toContain(`<a class="sourced" href="${BASE}filings/${SPA}/#s2c"`);
    expect(page).toContain(">approximately $776,000</a>");
    expect(hrefsIn(page).filter((href) => href.startsWith(`${BASE}filings/`)).every(resolves)).toBe(true);
  });

  it("puts a notice of the mismatches on each filing page they involve, linked to the checks page", () => {
    const proxy = site.pages.get(`${BASE}filings/${PROXY}/`)!;
    expect(proxy).toContain("6 figures in this filing do not agree with each other or with other filings");
    expect(proxy).toContain(`href="${BASE}checks/#${OWNERSHIP_SUM}"`);
    expect(proxy).toMatch(/\d+ other checks of this filing&#39;s figures agree\. <a href="\/dossier\/checks\/">All checks<\/a>/);
    expect(site.pages.get(`${BASE}filings/${SPA}/`)).toContain("1 figure in this filing does not agree with the rest of the filing or with another filing");
    expect(site.pages.get(`${BASE}filings/point360-2002-10-02-consulting-agreement/`)).toContain("1 figure in this filing does not agree with the rest of the filing or with another filing");
  });

  it("links the checks page from the site navigation", () => {
    expect(site.pages.get(BASE)).toContain(`<a href="${BASE}checks/">Checks</a>`);
  });
});
