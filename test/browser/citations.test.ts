import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { SKIP_REASON, openPage, readFilings, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

describe.skipIf(!!SKIP_REASON)(titled("copying links and citations in a browser"), () => {
  const browser = useBrowser();
  let page: Page;
  afterEach(async () => {
    await page?.context().close();
  });

  async function openConsultingAgreement(hash = ""): Promise<string> {
    const filing = (await readFilings()).find((f) => f.id.endsWith("consulting-agreement"))!;
    page = await openPage(browser());
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(urlOf(`${filing.url}${hash}`));
    return urlOf(filing.url);
  }

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  it("copies the citation of clause 4(b) and reads it back from the clipboard", async () => {
    const url = await openConsultingAgreement();
    await page.click('.document a.anchor-link[href="#s4b-termination-by-the-company"]');
    await page.getByRole("button", { name: "Copy citation" }).click();
    expect(await clipboard()).toBe(`Point.360, Consulting Agreement § 4(b) "Termination by the Company" (Oct. 2, 2002), <${url}#s4b-termination-by-the-company>`);
    await expectStatus("Copied the citation.");
  });

  it("copies the permanent link of a section", async () => {
    const url = await openConsultingAgreement();
    await page.click('.document a.anchor-link[href="#s4-term-and-termination"]');
    await page.getByRole("button", { name: "Copy link" }).click();
    expect(await clipboard()).toBe(`${url}#s4-term-and-termination`);
    await expectStatus("Copied the link.");
  });

  it("offers the citation of the part a link lands on", async () => {
    const url = await openConsultingAgreement("#exhibit-a-current-stock-options-table");
    expect(await page.locator(".cite-text").textContent()).toBe(
      `Point.360, Consulting Agreement, table in Exhibit A "CURRENT STOCK OPTIONS" (Oct. 2, 2002), <${url}#exhibit-a-current-stock-options-table>`,
    );
  });

  it("cites the whole filing from its header", async () => {
    const url = await openConsultingAgreement();
    await page.getByRole("button", { name: "Cite this filing" }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Copy citation");
    await page.keyboard.press("Enter");
    expect(await clipboard()).toBe(`Point.360, Consulting Agreement (Oct. 2, 2002), <${url}>`);
  });

  it("still copies when the browser has no asynchronous clipboard", async () => {
    await openConsultingAgreement();
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new Error("blocked")) });
    });
    await page.click('.document a.anchor-link[href="#s2-fees"]');
    await page.getByRole("button", { name: "Copy link" }).click();
    await expectStatus(/^(Copied the link\.|Could not copy; select the text and copy it yourself\.)$/);
  });

  async function expectStatus(message: string | RegExp): Promise<void> {
    const status = page.locator('.copy-status[role="status"]');
    await status.waitFor({ state: "attached" });
    const text = await status.textContent();
    if (typeof message === "string") expect(text).toBe(message);
    else expect(text).toMatch(message);
  }
});
