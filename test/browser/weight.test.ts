import { describe, expect, it } from "vitest";
import { SITE_URL, SKIP_REASON, openPage, readFilings, titled, urlOf } from "./support/site.ts";
import { pageStates } from "./support/page-states.ts";
import { useBrowser } from "./support/use-browser.ts";

const BUDGET = 100 * 1024;
const DOCUMENT_OPENING = '<div class="document">';

/** The bytes of a filing page's HTML outside the document text. */
function chromeBytes(html: string): number {
  const start = html.indexOf(DOCUMENT_OPENING);
  const end = html.lastIndexOf("</article>");
  if (start < 0 || end < start) throw new Error(`expected ${DOCUMENT_OPENING} before </article>, not a page without them`);
  return Buffer.byteLength(html.slice(0, start) + html.slice(end));
}

describe.skipIf(!!SKIP_REASON)(titled("page weight and third parties, measured in a browser"), () => {
  const browser = useBrowser();

  it("keeps each filing page's own HTML, CSS and JavaScript, apart from the document text, under 100 KB", async () => {
    const weights: Record<string, number> = {};
    for (const filing of await readFilings()) {
      const page = await openPage(browser());
      const bodies: Promise<number>[] = [];
      let html = "";
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (type === "document") bodies.push(response.text().then((text) => ((html = text), 0)));
        else if (type === "stylesheet" || type === "script") bodies.push(response.body().then((body) => body.length));
      });
      await page.goto(urlOf(filing.url), { waitUntil: "networkidle" });
      const assets = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
      weights[filing.id] = chromeBytes(html) + assets;
      await page.context().close();
    }
    console.info(`filing page weight without the document text, in KB: ${JSON.stringify(Object.fromEntries(Object.entries(weights).map(([id, b]) => [id, +(b / 1024).toFixed(1)])))}`);
    for (const [id, bytes] of Object.entries(weights)) expect(bytes, id).toBeLessThan(BUDGET);
  });

  it("loads no fonts, scripts, styles or anything else from another host, on any kind of page", async () => {
    const own = new URL(SITE_URL).host;
    const elsewhere: string[] = [];
    for (const state of await pageStates()) {
      const page = await openPage(browser());
      page.on("request", (request) => {
        if (!request.url().startsWith("data:") && new URL(request.url()).host !== own) elsewhere.push(`${state.name}: ${request.url()}`);
      });
      const response = await page.goto(urlOf(state.path));
      await state.ready(page);
      const html = (await response?.text()) ?? "";
      for (const match of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)) elsewhere.push(`${state.name}: references ${match[1]}`);
      await page.context().close();
    }
    expect(elsewhere).toEqual([]);
  });
});
