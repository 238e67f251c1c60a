import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatLedger } from "../compute/index.ts";
// The CLI reads content the same way the build does; sharing the reader keeps the two in step.
import { CONTENT_PATHS, readContent } from "../site/read-content.ts";
import { printDiagnostics } from "./print-diagnostics.ts";

/** Adds every published page and anchor to the ledger; entries are never removed. */
function main(): number {
  const root = process.cwd();
  const report = readContent(root);
  const known = new Set(report.ledger.map((entry) => entry.path));
  const added = report.published.filter((path) => !known.has(path));
  writeFileSync(join(root, CONTENT_PATHS.ledger), formatLedger([...known, ...report.published]));
  console.log(`${CONTENT_PATHS.ledger}: ${added.length} added, ${known.size + added.length} in all`);
  const problems = report.diagnostics.filter((d) => d.rule !== "anchor-unrecorded");
  return printDiagnostics(problems) ? 1 : 0;
}

process.exitCode = main();
