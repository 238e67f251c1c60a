import type { Page } from "playwright-core";
import { pagesOfEachKind, readFilings } from "./site.ts";

/** A page in the state a reader would see it in: a clause landed on, a search run, a line linked to. */
export interface PageState {
  readonly name: string;
  /** Path including base, with any query and fragment. */
  readonly path: string;
  /** Waits until the page shows that state. */
  readonly ready: (page: Page) => Promise<void>;
}

/** Returns every kind of page in a representative state. */
export async function pageStates(): Promise<PageState[]> {
  const filings = await readFilings();
  const settled = async (page: Page) => void (await page.waitForLoadState("load"));
  return pagesOfEachKind().map(({ name, path }) => {
    const filing = filings.find((f) => f.url === path);
    if (filing) {
      const clause = filing.sections.find((section) => section.kind === "clause") ?? filing.sections[0]!;
      return { name, path: `${path}#${clause.id}`, ready: async (page: Page) => void (await page.locator(".cite-bar").waitFor()) };
    }
    if (name.startsWith("source-")) return { name, path: `${path}#L12`, ready: settled };
    if (name === "search") return { name, path: `${path}?q=termination`, ready: async (page: Page) => void (await page.locator(".search-result").first().waitFor()) };
    return { name, path, ready: settled };
  });
}
