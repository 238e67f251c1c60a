import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { buildChecks } from "../../../src/compute/checks/index.ts";
import { collapseSpaces } from "../../../src/extract/filing-doc.ts";
import { docFromSource } from "../../support/docs.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, corpusTextFiles } from "../../support/paths.ts";
import { checkFilingOf } from "./filings.ts";

describe.skipIf(!HAS_CORPUS)(`consistency checks on the corpus${CORPUS_SKIP_NOTE}`, () => {
  const cases = corpusTextFiles().map((path) => [basename(path), path] as const);

  it.each(cases)("%s: runs, quotes every figure in its section, and gives every finding a unique id", (name, path) => {
    const doc = docFromSource(readFileSync(path, "utf8"), `content/sources/${name}`);
    if (!doc) return;
    const findings = buildChecks([checkFilingOf(doc)]);
    for (const finding of findings) {
      expect(finding.values.length).toBeGreaterThan(0);
      for (const value of finding.values) expect(collapseSpaces(doc.sectionText.get(value.source.section) ?? ""), value.source.quote).toContain(collapseSpaces(value.source.quote));
      if (finding.status === "pass") expect(finding.note === null || finding.note.startsWith("Passes") || finding.note.startsWith("The table is as of"), finding.note ?? "").toBe(true);
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});
