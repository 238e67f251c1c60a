import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../support/built-site.ts";
import { missingBrowser } from "./browser.ts";
import { serveStatic } from "./static-server.ts";

/** The base path the browser tests serve the site under, to prove that nothing assumes "/". */
export const BASE = "/dossier/";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served site's root URL including the base path, or "" when the tests are skipped. */
    siteUrl: string;
    /** Why the browser tests are skipped, or "" when they run. */
    skipReason: string;
    /** Every page of the built site by its path including the base, except pages that only forward elsewhere. */
    pagePaths: string[];
  }
}

/** Builds the site into a temporary folder and serves it for every browser test file; removes both after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingBrowser();
  if (missing) {
    console.warn(`Skipping the browser tests: ${missing}.`);
    project.provide("siteUrl", "");
    project.provide("skipReason", missing);
    project.provide("pagePaths", []);
    return async () => {};
  }
  const site = buildSite(BASE);
  const server = await serveStatic(site.dir, BASE);
  project.provide("siteUrl", server.url);
  project.provide("skipReason", "");
  const forwards = (html: string) => /<meta http-equiv="refresh"/i.test(html);
  project.provide("pagePaths", [...site.pages].filter(([, html]) => !forwards(html)).map(([path]) => path).sort());
  return async () => {
    await server.close();
    rmSync(site.dir, { recursive: true, force: true });
  };
}
