import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { FilingFrontmatterSchema } from "./model/frontmatter.ts";

/** Filings: one Markdown file per filing in content/filings/, its frontmatter checked by the shared schema. */
export const collections = {
  filings: defineCollection({
    loader: glob({ pattern: "*.md", base: "./content/filings" }),
    schema: FilingFrontmatterSchema,
  }),
};
