// @ts-check
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";
import { remarkFiling } from "./src/site/markdown/remark-filing.ts";
import { rehypeFiling } from "./src/site/markdown/rehype-filing.ts";
import { rehypeScrollableTables } from "./src/site/markdown/rehype-scrollable-tables.ts";
import { dossierChecks } from "./src/site/integration.ts";
import { dossierSearchIndex } from "./src/site/search/search-index.ts";
import { readAnchorMoves } from "./src/site/redirects.ts";
import { remarkCrossLinks } from "./src/site/markdown/remark-cross-links.ts";
import { readReferenceSetup } from "./src/site/references.ts";
import { currentContentFolder } from "./src/site/content-folder.ts";

// The content folder: DOSSIER_CONTENT (absolute, or relative to the project root), else content/.
const content = currentContentFolder();
const moves = readAnchorMoves(content);
const base = process.env.DOSSIER_BASE || "/";
// Every filing's references, computed once: the plugin links each page's text against the whole collection.
const references = readReferenceSetup(content);

// DOSSIER_SITE is the public origin (https://example.org) and DOSSIER_BASE the path the site is
// served under (/dossier/ on GitHub Pages); both are set by the deploy workflow.
export default defineConfig({
  site: process.env.DOSSIER_SITE || undefined,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [dossierChecks(), dossierSearchIndex()],
  // The search page imports Pagefind's script from the built site at run time. Vite's module-preload
  // helper would wrap that import and, in scripts Astro inlines, leave an undefined placeholder behind.
  vite: { build: { modulePreload: false } },
  markdown: {
    // Smartypants rewrites the filing's quotes and dashes; filing text must stay as printed.
    smartypants: false,
    syntaxHighlight: false,
    remarkPlugins: [remarkDirective, remarkFiling, [remarkCrossLinks, { base, catalog: references.catalog, citedBy: references.index.citedBy }]],
    rehypePlugins: [[rehypeFiling, { aliases: moves.aliases }], rehypeScrollableTables],
  },
});
