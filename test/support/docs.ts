import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkFilingFrontmatter } from "../../src/extract/check-frontmatter.ts";
import { readFilingDoc, type FilingDoc } from "../../src/extract/filing-doc.ts";
import { ingestFiling } from "../../src/ingest/index.ts";
import { ROOT } from "./paths.ts";

/** Reads one filing Markdown text (path for messages) into the document extraction works on. */
export function docFromMarkdown(text: string, file = "content/filings/test.md"): FilingDoc {
  const checked = checkFilingFrontmatter(text, file);
  if (!checked.data) throw new Error(`expected valid frontmatter in ${file}: ${JSON.stringify(checked.diagnostics)}`);
  const id = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return readFilingDoc({ id, file, frontmatter: checked.data, body: checked.body, bodyLine: checked.bodyLine });
}

/** Reads every committed filing in content/filings/. */
export function sampleDocs(): FilingDoc[] {
  const dir = join(ROOT, "content/filings");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => docFromMarkdown(readFileSync(join(dir, name), "utf8"), `content/filings/${name}`));
}

/** Ingests a raw filing text (e.g. from the corpus) and reads the result as a document. */
export function docFromSource(text: string, sourcePath = "content/sources/test.txt"): FilingDoc | undefined {
  const result = ingestFiling({ text, sourcePath, sha256: "0".repeat(64) });
  return result.markdown && result.id ? docFromMarkdown(result.markdown, `content/filings/${result.id}.md`) : undefined;
}
