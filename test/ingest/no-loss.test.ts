import { readFileSync, readdirSync } from "node:fs";
import matter from "gray-matter";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiling, writeMarkdownBody } from "../../src/ingest/index.ts";
import { parseMarkdown } from "../../src/extract/parse-markdown.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, ROOT, corpusTextFiles, sampleSources } from "../support/paths.ts";
import { findWordDifference, markdownPieces, sourceWords } from "../support/word-alignment.ts";

function lossIn(text: string): string | undefined {
  const result = ingestFiling({ text, sourcePath: "content/sources/x.txt", sha256: "0".repeat(64) });
  const body = writeMarkdownBody(result.nodes);
  return findWordDifference(sourceWords(text), markdownPieces(parseMarkdown(body)));
}

describe("every word of a sample filing reaches its Markdown, in order", () => {
  it.each(sampleSources())("%s", (path) => {
    expect(lossIn(readFileSync(join(ROOT, path), "utf8"))).toBeUndefined();
  });
});

describe.skipIf(!HAS_CORPUS)(`every word of a corpus filing reaches its Markdown, in order${CORPUS_SKIP_NOTE}`, () => {
  it.each(corpusTextFiles().map((path) => [basename(path), path]))("%s", (_name, path) => {
    expect(lossIn(readFileSync(path, "utf8"))).toBeUndefined();
  });
});

describe("every word of a source reaches the committed Markdown a curator may have edited", () => {
  const filings = readdirSync(join(ROOT, "content/filings")).filter((name) => name.endsWith(".md")).sort();
  it.each(filings)("%s", (name) => {
    const file = matter(readFileSync(join(ROOT, "content/filings", name), "utf8"));
    const source = readFileSync(join(ROOT, (file.data as { source: { path: string } }).source.path), "utf8");
    expect(findWordDifference(sourceWords(source), markdownPieces(parseMarkdown(file.content)))).toBeUndefined();
  });
});

describe("the word comparison itself", () => {
  it("reports a word that ingest would drop", () => {
    const source = sourceWords("The Company shall pay $10,000 per month.\n");
    const pieces = markdownPieces(parseMarkdown("The Company shall pay per month.\n"));
    expect(findWordDifference(source, pieces)).toMatch(/expected "10,000"/);
  });

  it("lets page numbers and rules go but not a printed dash in a table", () => {
    const text = "Salary\n------\n  -\n\n       7\n\n<PAGE>\n";
    expect(findWordDifference(sourceWords(text), markdownPieces(parseMarkdown("| Salary |\n| --- |\n| - |\n")))).toBeUndefined();
    expect(findWordDifference(sourceWords(text), markdownPieces(parseMarkdown("| Salary |\n| --- |\n|   |\n")))).toMatch(/"-"/);
  });
});
