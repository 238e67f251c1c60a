import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractCompensation } from "../../../src/extract/compensation/index.ts";
import { extractEvents } from "../../../src/extract/events/index.ts";
import type { FilingDoc } from "../../../src/extract/filing-doc.ts";
import { extractCheckFiling } from "../../../src/extract/quantities/index.ts";
import type { CheckFiling, CheckFinding } from "../../../src/model/checks.ts";
import { docFromMarkdown, sampleDocs } from "../../support/docs.ts";
import { ROOT } from "../../support/paths.ts";

/** Returns what the checks read about a filing, from its own extracted events and pay facts. */
export function checkFilingOf(doc: FilingDoc): CheckFiling {
  return extractCheckFiling(doc, { events: extractEvents(doc), compensation: extractCompensation(doc) });
}

/** Returns the filings of a fixture folder under test/fixtures/checks/, read for the checks. */
export function fixtureFilings(name: string): CheckFiling[] {
  const dir = join(ROOT, "test/fixtures/checks", name);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => checkFilingOf(docFromMarkdown(readFileSync(join(dir, file), "utf8"), `content/filings/${file}`)));
}

/** Returns the sample filings of content/filings/, read for the checks. */
export function sampleFilings(): CheckFiling[] {
  return sampleDocs().map(checkFilingOf);
}

/** Returns a finding in a short form for comparing lists: kind, title and difference. */
export function brief(finding: CheckFinding): string {
  return `${finding.kind} | ${finding.title} | ${finding.difference ?? "no difference"}`;
}
