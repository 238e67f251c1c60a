import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { HIGHLIGHTS, SITE_URL, SKIP_REASON, openPage, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

describe.skipIf(!!SKIP_REASON)(titled("searching in a browser"), () => {
  const browser = useBrowser();
  let page: Page;
  afterEach(async () => {
    await page?.context().close();
  });

  async function resultsFor(query: string): Promise<void> {
    await page.fill("#search-query", query);
    await page.press("#search-query", "Enter");
    await page.locator(".search-result").first().waitFor();
  }

  it("searches a phrase from the header of any page and reaches the clause that holds it", async () => {
    page = await openPage(browser());
    await page.goto(SITE_URL);
    await page.fill("#site-search-query", '"incapacitated so as to be incapable"');
    await page.press("#site-search-query", "Enter");
    await page.waitForURL(/\/dossier\/search\/\?q=/);
    const section = page.locator(".search-section a").first();
    await section.waitFor();
    expect(await section.textContent()).toBe("4(b) Termination by the Company");
    expect(await page.locator(".search-section mark").first().textContent()).toMatch(/incapacitated/i);
    await section.click();
    await page.waitForURL(/#s4b-termination-by-the-company$/);
    const clause = await page.locator("#s4b-termination-by-the-company").evaluate((element) => ({
      top: element.getBoundingClientRect().top,
      background: getComputedStyle(element).backgroundColor,
    }));
    expect(clause.top).toBeGreaterThanOrEqual(0);
    expect(clause.top).toBeLessThan(400);
    expect(HIGHLIGHTS).toContain(clause.background);
  });

  it("leads a match inside a table to that table", async () => {
    page = await openPage(browser());
    await page.goto(urlOf("search/"));
    await resultsFor("bonus");
    const links = await page.locator(".search-section a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).hash));
    expect(links).toContain("#summary-compensation-table");
  });

  it("narrows results by company, kind and year, and keeps the choice in the address", async () => {
    page = await openPage(browser());
    await page.goto(urlOf("search/"));
    await resultsFor("agreement");
    expect(await page.locator(".search-result").count()).toBeGreaterThan(1);
    await page.selectOption('select[name="kind"]', "consulting agreement");
    await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 1);
    expect(await page.locator(".search-result-title").textContent()).toBe("Consulting Agreement");
    expect(new URL(page.url()).searchParams.get("kind")).toBe("consulting agreement");
    await page.selectOption('select[name="year"]', "2002");
    await page.selectOption('select[name="company"]', "Point.360");
    await page.reload();
    await page.locator(".search-result").first().waitFor();
    expect(await page.locator('select[name="kind"]').inputValue()).toBe("consulting agreement");
    expect(await page.locator(".search-result").count()).toBe(1);
  });

  it("says so when nothing matches", async () => {
    page = await openPage(browser());
    await page.goto(urlOf("search/?q=zyzzogeton"));
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.startsWith("No filing matches"));
    expect(await page.locator(".search-result").count()).toBe(0);
  });

  it("searches offline: every request stays on the site's own host", async () => {
    page = await openPage(browser());
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    await page.goto(urlOf("search/?q=termination"));
    await page.locator(".search-result").first().waitFor();
    expect([...hosts]).toEqual([new URL(SITE_URL).host]);
  });
});
