import { getCollection, type CollectionEntry } from "astro:content";
import { extractOutline, parseMarkdown, type OutlineSection } from "../extract/index.ts";
import type { FilingFrontmatter } from "../model/frontmatter.ts";
import { filingPath, sourcePagePath, withBase } from "./paths.ts";

/** A filing as the pages show it: frontmatter, outline and its URLs (with the base path). */
export interface FilingView {
  readonly id: string;
  readonly data: FilingFrontmatter;
  readonly entry: CollectionEntry<"filings">;
  readonly sections: readonly OutlineSection[];
  /** The filing page's path from the site root, including the configured base. */
  readonly url: string;
  /** The original-text page's path from the site root, including the configured base. */
  readonly sourceUrl: string;
}

let cached: Promise<FilingView[]> | undefined;

/** Returns every filing, oldest first (then by id), read once per build. */
export function loadFilings(): Promise<FilingView[]> {
  cached ??= readFilings();
  return cached;
}

async function readFilings(): Promise<FilingView[]> {
  const base = import.meta.env.BASE_URL;
  const entries = await getCollection("filings");
  return entries
    .map((entry) => {
      const body = entry.body ?? "";
      const { sections } = extractOutline(parseMarkdown(body), body, entry.filePath ?? entry.id);
      return {
        id: entry.id,
        data: entry.data as FilingFrontmatter,
        entry,
        sections,
        url: withBase(base, filingPath(entry.id)),
        sourceUrl: withBase(base, sourcePagePath(entry.id)),
      };
    })
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/** Returns the URL of a section of a filing page. */
export function sectionUrl(filing: FilingView, section: OutlineSection): string {
  return `${filing.url}#${section.id}`;
}
