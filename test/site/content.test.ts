import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/lib/diagnostic.ts";
import { readContent } from "../../src/site/read-content.ts";
import { ROOT_CONTENT } from "../support/paths.ts";

describe("the committed content", () => {
  const report = readContent(ROOT_CONTENT);

  it("has valid frontmatter, unique ids, unchanged sources and no broken published link", () => {
    expect(report.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
  });

  it("records every published page and anchor in the ledger (run npm run ledger when this fails)", () => {
    const recorded = new Set(report.ledger.map((entry) => entry.path));
    expect(report.published.filter((path) => !recorded.has(path))).toEqual([]);
  });

  it("has a Markdown file for every source", () => {
    const sources = report.filings.map((f) => f.data.source.path).sort();
    expect(sources).toEqual([
      "content/sources/point360-2002-10-02-consulting-agreement.txt",
      "content/sources/point360-2002-10-02-stock-purchase-agreement.txt",
      "content/sources/point360-2002-11-04-def14a-proxy-statement.txt",
    ]);
  });
});
