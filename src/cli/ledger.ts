import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatLedger } from "../compute/index.ts";
// The CLI reads content the same way the build does; sharing the reader keeps the two in step.
import { readContent } from "../site/read-content.ts";
import { checkContentFolder, contentPath, currentContentFolder, formatPath } from "../site/content-folder.ts";
import { parseCommandLine } from "./parse-command-line.ts";
import { printDiagnostics } from "./print-diagnostics.ts";

const USAGE = `usage: npm run ledger -- [--content DIR]

Adds every page and anchor the filings publish to anchor-ledger.txt in the content folder; entries
are never removed. The content folder is --content DIR, else the DOSSIER_CONTENT environment
variable, else content/ (a relative path is from the project root).`;

function readArguments() {
  return parseArgs({ options: { content: { type: "string" }, help: { type: "boolean", default: false } } });
}

/** Adds every published page and anchor to the ledger; entries are never removed. */
function main(): number {
  const parsed = parseCommandLine(readArguments, USAGE);
  if (typeof parsed === "number") return parsed;
  const folder = currentContentFolder(parsed.values.content);
  if (printDiagnostics(checkContentFolder(folder, "filings"))) return 1;
  const report = readContent(folder);
  const known = new Set(report.ledger.map((entry) => entry.path));
  const added = report.published.filter((path) => !known.has(path));
  const ledger = contentPath(folder, "ledger");
  writeFileSync(ledger, formatLedger([...known, ...report.published]));
  console.log(`${formatPath(folder, ledger)}: ${added.length} added, ${known.size + added.length} in all`);
  const problems = report.diagnostics.filter((d) => d.rule !== "anchor-unrecorded");
  return printDiagnostics(problems) ? 1 : 0;
}

process.exitCode = main();
