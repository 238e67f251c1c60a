import { pathToFileURL } from "node:url";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { FilingFrontmatterSchema } from "./model/frontmatter.ts";
import { contentPath, currentContentFolder } from "./site/content-folder.ts";

/** Filings: one Markdown file per filing in the content folder's filings/, its frontmatter checked by the shared schema. */
export const collections = {
  filings: defineCollection({
    // The content folder may be outside the project (DOSSIER_CONTENT), so the base is an absolute file URL.
    loader: glob({ pattern: "*.md", base: pathToFileURL(contentPath(currentContentFolder(), "filings")) }),
    schema: FilingFrontmatterSchema,
  }),
};
