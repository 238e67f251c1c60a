import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { pageStates, type PageState } from "./support/page-states.ts";
import { DESKTOP, PHONE, SKIP_REASON, openPage, readFilings, resultPath, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

const LOOKS = [
  { name: "desktop-light", viewport: DESKTOP, colorScheme: "light" as const, isMobile: false },
  { name: "desktop-dark", viewport: DESKTOP, colorScheme: "dark" as const, isMobile: false },
  { name: "phone-light", viewport: PHONE, colorScheme: "light" as const, isMobile: true },
  { name: "phone-dark", viewport: PHONE, colorScheme: "dark" as const, isMobile: true },
];

/** Each kind of page as the other tests see it, plus each filing's top and a wide table. */
async function statesToPhotograph(): Promise<PageState[]> {
  const filings = await readFilings();
  const loaded = async (page: Page) => void (await page.waitForLoadState("load"));
  const tops = filings.map((filing) => ({ name: `filing-${filing.id}-top`, path: filing.url, ready: loaded }));
  const tables = filings.flatMap((filing) => {
    const table = filing.sections.find((section) => section.kind === "table" && section.title.includes("COMPENSATION"));
    return table ? [{ name: `filing-${filing.id}-table`, path: table.url, ready: loaded }] : [];
  });
  return [...(await pageStates()), ...tops, ...tables];
}

const states = SKIP_REASON ? [] : await statesToPhotograph();

describe.skipIf(!!SKIP_REASON)(titled("screenshots of each kind of page, to test-results/screenshots/"), () => {
  const browser = useBrowser();

  for (const state of states) {
    it(`saves ${state.name} on a laptop and a phone, light and dark`, async () => {
      for (const look of LOOKS) {
        const page = await openPage(browser(), { viewport: look.viewport, colorScheme: look.colorScheme, isMobile: look.isMobile });
        await page.goto(urlOf(state.path));
        await state.ready(page);
        const png = await page.screenshot({ path: resultPath("screenshots", `${state.name}--${look.name}.png`) });
        expect(png.length).toBeGreaterThan(0);
        await page.context().close();
      }
    });
  }
});
