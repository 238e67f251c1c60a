import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCompensation } from "../../../src/extract/compensation/index.ts";
import type { FilingDoc } from "../../../src/extract/filing-doc.ts";
import type { Source } from "../../../src/model/facts.ts";
import { docFromSource } from "../../support/docs.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, corpusTextFiles } from "../../support/paths.ts";
import { isQuotedInSection } from "./made-up.ts";

/** Every number anywhere in the facts, so a float would show. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

const ingested = new Map<string, FilingDoc | undefined>();
/** Ingests a corpus filing once for all the tests that read it. */
function docOf(name: string, path: string): FilingDoc | undefined {
  if (!ingested.has(path)) ingested.set(path, docFromSource(readFileSync(path, "utf8"), `content/sources/${name}`));
  return ingested.get(path);
}

describe.skipIf(!HAS_CORPUS)(`compensation extraction on the corpus${CORPUS_SKIP_NOTE}`, () => {
  const cases = corpusTextFiles().map((path) => [basename(path), path] as const);

  it.each(cases)("%s: runs, quotes every fact in its section and keeps every figure whole", (name, path) => {
    const doc = docOf(name, path);
    if (!doc) return;
    const facts = extractCompensation(doc);
    const sources: Source[] = Object.values(facts).flatMap((items: readonly { source: Source; capHours?: { source: Source } | null }[]) =>
      items.flatMap((item) => [item.source, ...(item.capHours ? [item.capHours.source] : [])]),
    );
    for (const source of sources) expect(isQuotedInSection(doc, source), `"${source.quote}" in ${source.section}`).toBe(true);
    expect(numbersIn(facts).every(Number.isSafeInteger)).toBe(true);
  });

  it.each(cases.filter(([name]) => /def14a/i.test(name)))("%s: reads a Summary Compensation Table with a name and a year on every row", (name, path) => {
    const facts = extractCompensation(docOf(name, path)!);
    expect(facts.summary.length).toBeGreaterThan(0);
    expect(facts.summary.every((row) => row.name !== "" && row.year !== null && row.unread.length === 0)).toBe(true);
  });
});
