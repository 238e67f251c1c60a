import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveContentFolder } from "../../src/site/content-folder.ts";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The repository's own content folder, content/, whatever DOSSIER_CONTENT says. */
export const ROOT_CONTENT = resolveContentFolder({ projectRoot: ROOT });
/** The shared development corpus beside the repository; absent on a user's clone. */
export const CORPUS_DIR = resolve(ROOT, "../shared/corpus/dev");
/** True when the shared corpus is there to test against. */
export const HAS_CORPUS = existsSync(CORPUS_DIR);
/** Why corpus tests are skipped, for their titles. */
export const CORPUS_SKIP_NOTE = HAS_CORPUS ? "" : " (skipped: ../shared/corpus/dev is absent; it exists only beside the developers' and CI's clone)";

/** Returns the project-relative paths of the sample sources in content/sources/. */
export function sampleSources(): string[] {
  return readdirSync(join(ROOT, "content/sources"))
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => `content/sources/${name}`);
}

/** Returns the absolute paths of the corpus's plain-text filings. */
export function corpusTextFiles(): string[] {
  if (!HAS_CORPUS) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

/** Returns the absolute paths of the corpus's HTML and inline XBRL filings. */
export function corpusHtmlFiles(): string[] {
  if (!HAS_CORPUS) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => /\.html?$/.test(name))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

/** Returns the project-relative paths of the made-up fixtures of HTML-era filings in test/fixtures/html/. */
export function htmlFixtures(): string[] {
  return readdirSync(join(ROOT, "test/fixtures/html"))
    .filter((name) => /\.(?:html?|txt)$/.test(name))
    .sort()
    .map((name) => `test/fixtures/html/${name}`);
}

/** Returns the absolute paths of every corpus file, whatever its format (plain text, HTML), hidden files left out. */
export function corpusFiles(): string[] {
  if (!HAS_CORPUS) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}
