import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { buildSearchHtml, type SearchSection } from "./search-html.ts";

/** The fields of data/filings.json that the index needs (see docs/data.md). */
interface PublishedFiling {
  readonly url: string;
  readonly sections: readonly SearchSection[];
}

/**
 * Astro integration that builds the Pagefind search index into `<outDir>/pagefind/` once the site is
 * written, so every build, the tests' included, can be searched offline from any static host. It indexes
 * the filing pages only, as listed in the published data/filings.json.
 */
export function dossierSearchIndex(): AstroIntegration {
  let base = "/";
  return {
    name: "dossier-search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const filings = JSON.parse(readFileSync(join(outDir, "data/filings.json"), "utf8")) as PublishedFiling[];
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en", excludeSelectors: [".anchor-link"] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          for (const filing of filings) {
            // Pagefind's URLs are from the site root without the base; the search page adds it back.
            const url = `/${filing.url.slice(base.length)}`;
            const html = readFileSync(join(outDir, url, "index.html"), "utf8");
            const added = await index.addHTMLFile({ url, content: buildSearchHtml(html, filing.sections) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
          logger.info(`indexed ${filings.length} filing(s) for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
