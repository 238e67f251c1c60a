import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { SKIP_REASON, openPage, readFilings, resultPath, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

// A4 at 96 dots per inch less the print style sheet's side margins (2 × 1.8 cm).
const PRINTABLE_WIDTH = Math.floor(794 - (2 * 1.8 * 96) / 2.54);

describe.skipIf(!!SKIP_REASON)(titled("printing in a browser"), () => {
  const browser = useBrowser();
  let page: Page;
  afterEach(async () => {
    await page?.context().close();
  });

  async function printFiling(kind: string): Promise<void> {
    const filing = (await readFilings()).find((f) => f.id.endsWith(kind))!;
    page = await openPage(browser(), { viewport: { width: PRINTABLE_WIDTH, height: 1000 } });
    await page.goto(urlOf(filing.url));
    await page.emulateMedia({ media: "print" });
  }

  it("prints the text without navigation, contents, § marks or buttons", async () => {
    await printFiling("consulting-agreement");
    for (const selector of [".site-header", ".filing-aside", ".site-footer", ".anchor-link", ".cite-document", ".skip-link"]) {
      const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((e) => getComputedStyle(e).display !== "none").length);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator(".document").isVisible()).toBe(true);
  });

  it("prints the filing's permanent URL, and the URL after each link that leaves the page", async () => {
    await printFiling("consulting-agreement");
    const filing = (await readFilings()).find((f) => f.id.endsWith("consulting-agreement"))!;
    expect(await page.locator("[data-permanent-url]").textContent()).toBe(urlOf(filing.url));
    expect(await page.locator(".filing-header .print-only").isVisible()).toBe(true);
    const printed = await page.locator("main a").evaluateAll((links) =>
      links
        // Links inside the document text (cross-references) may print without URL; the rest must not.
        .filter((link) => getComputedStyle(link).display !== "none" && link.closest("[hidden], .filing-aside, .screen-only, .document") === null)
        .map((link) => ({ href: (link as HTMLAnchorElement).href, after: getComputedStyle(link, "::after").content })),
    );
    expect(printed.length).toBeGreaterThan(0);
    for (const { href, after } of printed) {
      const samePage = new URL(href).pathname === new URL(urlOf(filing.url)).pathname;
      expect(after, href).toBe(samePage ? "none" : `" <${href}>"`);
    }
  });

  it("fits every table of the proxy statement to the width of an A4 page", async () => {
    await printFiling("proxy-statement");
    const overflowing = await page.locator(".table-block").evaluateAll((figures) =>
      figures.filter((figure) => figure.scrollWidth > figure.clientWidth + 1).map((figure) => `${figure.id}: ${figure.scrollWidth} > ${figure.clientWidth}`),
    );
    expect(overflowing).toEqual([]);
  });

  it("keeps headings with the text that follows them", async () => {
    await printFiling("consulting-agreement");
    const breaks = await page.locator(".document h2, .document h3").evaluateAll((headings) => headings.map((h) => getComputedStyle(h).breakAfter));
    expect(new Set(breaks)).toEqual(new Set(["avoid"]));
  });

  it("saves the printed filings as PDF", async () => {
    for (const kind of ["consulting-agreement", "proxy-statement"]) {
      await printFiling(kind);
      const pdf = await page.pdf({ path: resultPath("print", `${kind}.pdf`), format: "A4", preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      await page.context().close();
    }
  });
});
