import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";
import { ROOT } from "../../support/paths.ts";

/** The served site's root URL, e.g. "http://127.0.0.1:40123/dossier/". */
export const SITE_URL = inject("siteUrl");

/** Why the browser tests cannot run here; empty when they can. */
export const SKIP_REASON = inject("skipReason");

/** Every page of the built site, by path including the base, e.g. "/dossier/filings/x/". */
export const PAGE_PATHS = inject("pagePaths");

/** A page to check or photograph: one of each kind, every filing page, and each other page of the site. */
export interface PageToVisit {
  /** A file-name-safe name, e.g. "filing-point360-2002-10-02-consulting-agreement". */
  readonly name: string;
  readonly path: string;
}

/**
 * Returns one page of each kind: every filing page (they differ most), the first original-text page,
 * the first page of each other family (such as one person's page) and each single page.
 */
export function pagesOfEachKind(): PageToVisit[] {
  const base = new URL(SITE_URL).pathname;
  const seen = new Set<string>();
  const pages: PageToVisit[] = [];
  for (const path of PAGE_PATHS) {
    const rest = path.slice(base.length).replace(/\/$/, "");
    const segments = rest.split("/");
    const isFiling = segments[0] === "filings" && segments.length === 2;
    const kind = isFiling || segments.length === 1 ? rest : [segments[0], "*", ...segments.slice(2)].join("/");
    if (seen.has(kind)) continue;
    seen.add(kind);
    const name = rest === "" ? "home" : rest.replace(/^filings\/(.+)\/source$/, "source-$1").replace(/^filings\//, "filing-").replace(/\//g, "-");
    pages.push({ name, path });
  }
  return pages;
}

/** Where screenshots and PDFs go (git ignores test-results/). */
export const RESULTS_DIR = join(ROOT, "test-results");

/** Viewports: a laptop and a phone. */
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** A filing of the sample corpus, as data/filings.json describes it. */
export interface PublishedFiling {
  readonly id: string;
  readonly title: string;
  readonly company: string;
  readonly kind: string;
  readonly url: string;
  readonly sourceUrl: string;
  readonly sections: readonly { id: string; kind: string; label: string | null; title: string; url: string }[];
}

/** Returns the published filings, read from the served data/filings.json. */
export async function readFilings(): Promise<PublishedFiling[]> {
  const response = await fetch(new URL("data/filings.json", SITE_URL));
  return (await response.json()) as PublishedFiling[];
}

/** Returns the absolute URL of a site path that includes the base, e.g. "/dossier/filings/x/#s4b". */
export function urlOf(path: string): string {
  return new URL(path, SITE_URL).href;
}

/**
 * Opens a new page in its own context; the caller closes the context. Motion is reduced, as a reader
 * may ask for, so that the arrival flash is off and colours are settled at once.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce", ...options });
  return context.newPage();
}

/** Returns the path for a result file, creating its folder. */
export function resultPath(folder: string, name: string): string {
  const dir = join(RESULTS_DIR, folder);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** A describe title that says why it is skipped, when it is. */
export function titled(title: string): string {
  return SKIP_REASON ? `${title} (skipped: ${SKIP_REASON})` : title;
}

/** Highlight colours of :target in the style sheet, light and dark, as the browser reports them. */
export const HIGHLIGHTS = ["rgb(255, 241, 184)", "rgb(61, 53, 18)"];
