import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { pageStates } from "./support/page-states.ts";
import { SKIP_REASON, openPage, titled, urlOf } from "./support/site.ts";
import { useBrowser } from "./support/use-browser.ts";

const states = SKIP_REASON ? [] : await pageStates();

describe.skipIf(!!SKIP_REASON)(titled("accessibility checked by axe in a browser"), () => {
  const browser = useBrowser();

  for (const state of states) {
    it(`finds no serious or critical violation on ${state.name}, light and dark`, async () => {
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await openPage(browser(), { colorScheme });
        await page.goto(urlOf(state.path));
        await state.ready(page);
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          const where = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join("; ");
          found.push(`${colorScheme}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`);
        }
        await page.context().close();
      }
      expect(found).toEqual([]);
    });
  }
});
