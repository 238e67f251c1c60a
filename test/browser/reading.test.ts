import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { HIGHLIGHTS, PHONE, SITE_URL, SKIP_REASON, openPage, readFilings, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

const CLAUSE = "s4b-termination-by-the-company";

describe.skipIf(!!SKIP_REASON)(titled("reading the site in a browser"), () => {
  const browser = useBrowser();
  let page: Page;
  afterEach(async () => {
    await page?.context().close();
  });

  async function consultingAgreement() {
    return (await readFilings()).find((filing) => filing.id.endsWith("consulting-agreement"))!;
  }

  /** True when the element's top is inside the viewport and its box is highlighted. */
  async function isInViewAndHighlighted(selector: string): Promise<{ inView: boolean; background: string }> {
    return page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { inView: box.top >= 0 && box.top < window.innerHeight / 2, background: getComputedStyle(element).backgroundColor };
    });
  }

  it("opens the home page and lists every filing with a link to its page", async () => {
    page = await openPage(browser());
    await page.goto(SITE_URL);
    expect(await page.locator("h1").textContent()).toBe("Filings");
    const filings = await readFilings();
    for (const filing of filings) expect(await page.locator(`a[href="${filing.url}"]`).count()).toBe(1);
  });

  it("opens a filing from the home page and shows its title, contents and text", async () => {
    page = await openPage(browser());
    const filing = await consultingAgreement();
    await page.goto(SITE_URL);
    await page.click(`a[href="${filing.url}"]`);
    await page.waitForURL(urlOf(filing.url));
    expect(await page.locator("h1").textContent()).toBe(filing.title);
    expect(await page.locator(".toc a").count()).toBe(filing.sections.length);
    expect(await page.locator(".document").innerText()).toContain("Termination by the Company.");
  });

  it("follows a deep link to clause 4(b) and shows it in view and highlighted", async () => {
    page = await openPage(browser());
    const filing = await consultingAgreement();
    await page.goto(urlOf(`${filing.url}#${CLAUSE}`));
    const clause = await isInViewAndHighlighted(`#${CLAUSE}`);
    expect(clause.inView).toBe(true);
    expect(HIGHLIGHTS).toContain(clause.background);
  });

  it("flashes the part a link arrives at, unless the reader asks for less motion", async () => {
    const filing = await consultingAgreement();
    for (const [reducedMotion, animation] of [["no-preference", "arrive"], ["reduce", "none"]] as const) {
      page = await openPage(browser(), { reducedMotion });
      await page.goto(urlOf(`${filing.url}#${CLAUSE}`));
      const clause = page.locator(`#${CLAUSE}`);
      expect(await clause.getAttribute("class")).toContain("is-arriving");
      expect(await clause.evaluate((element) => getComputedStyle(element).animationName)).toBe(animation);
      await page.context().close();
    }
  });

  it("highlights a clause reached from the contents on the same page", async () => {
    page = await openPage(browser());
    const filing = await consultingAgreement();
    await page.goto(urlOf(filing.url));
    await page.click(`.toc a[href="#s10c-notices"]`);
    const clause = await isInViewAndHighlighted("#s10c-notices");
    expect(clause.inView).toBe(true);
    expect(HIGHLIGHTS).toContain(clause.background);
  });

  it("works from the keyboard: skip link, contents, § mark and the citation buttons", async () => {
    page = await openPage(browser());
    const filing = await consultingAgreement();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.goto(urlOf(filing.url));
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to the text");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Contents");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("1. Consulting Relationship.");
    await page.keyboard.press("Enter");
    expect(page.url()).toBe(urlOf(`${filing.url}#s1-consulting-relationship`));
    await page.focus(`.document a.anchor-link[href="#${CLAUSE}"]`);
    await page.keyboard.press("Enter");
    expect(page.url()).toBe(urlOf(`${filing.url}#${CLAUSE}`));
    await page.waitForFunction(() => document.activeElement?.textContent === "Copy citation");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Copy link");
    await page.keyboard.press("Escape");
    expect(await page.locator(".cite-bar").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(`#${CLAUSE}`);
  });

  it("works without JavaScript: § links land on their clause and no copy buttons show", async () => {
    page = await openPage(browser(), { javaScriptEnabled: false });
    const filing = await consultingAgreement();
    await page.goto(urlOf(filing.url));
    expect(await page.locator("button:not([type=submit]):visible").count()).toBe(0);
    expect(await page.locator(".toc a").first().isVisible()).toBe(true);
    await page.click(`.document a.anchor-link[href="#${CLAUSE}"]`);
    expect(page.url()).toBe(urlOf(`${filing.url}#${CLAUSE}`));
    expect(HIGHLIGHTS).toContain((await isInViewAndHighlighted(`#${CLAUSE}`)).background);
  });

  it("folds the contents above the text on a phone and opens them on request", async () => {
    page = await openPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
    const filing = await consultingAgreement();
    await page.goto(urlOf(filing.url));
    expect(await page.locator(".toc ol").isVisible()).toBe(false);
    await page.click(".toc summary");
    expect(await page.locator(".toc ol").isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
});
