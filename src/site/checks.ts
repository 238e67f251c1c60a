import { buildChecks } from "../compute/checks/index.ts";
import { extractCheckFiling } from "../extract/quantities/index.ts";
import { CHECK_KINDS, type CheckFiling, type CheckFinding, type CheckKind } from "../model/checks.ts";
import type { CompensationFacts } from "../model/compensation.ts";
import { loadSiteFacts, type SiteFacts } from "./facts.ts";
import { factLinks } from "./links.ts";

const NO_PAY: CompensationFacts = { summary: [], grants: [], yearEndOptions: [], ownership: [], directorFees: [], salaries: [], severance: [], consultingFees: [], optionLists: [], payVersusPerformance: [], planBasedAwards: [], outstandingEquityAwards: [] };

/** What each kind of check is called on pages, in the order of CHECK_KINDS. */
export const CHECK_KIND_TITLES: Record<CheckKind, string> = {
  product: "Shares times price",
  sum: "Sums and totals",
  percent: "Percentages of the shares outstanding",
  "number-words": "Numbers in words and in figures",
  count: "Counts against the items listed",
  restatement: "The same figure stated twice in one filing",
  "across-filings": "The same figure in two filings",
};

/** Returns the consistency findings of the site's facts: every filing's figures, with its events and corrected pay facts. */
export function buildSiteChecks(facts: SiteFacts): CheckFinding[] {
  const filings: CheckFiling[] = facts.filings.map((filing) =>
    extractCheckFiling(filing.doc, { events: facts.events.filter((e) => e.source.filing === filing.id), compensation: facts.compensation.get(filing.id) ?? NO_PAY }),
  );
  return buildChecks(filings);
}

let cached: readonly CheckFinding[] | undefined;

/** Returns the site's consistency findings, computed once per build. */
export function loadChecks(): readonly CheckFinding[] {
  cached ??= buildSiteChecks(loadSiteFacts());
  return cached;
}

/** Returns the findings that involve a filing (one of their figures is printed in it), mismatches and passes apart. */
export function checksOfFiling(id: string): { mismatches: CheckFinding[]; passes: CheckFinding[] } {
  const involved = loadChecks().filter((f) => f.values.some((v) => v.source.filing === id));
  return { mismatches: involved.filter((f) => f.status === "mismatch"), passes: involved.filter((f) => f.status === "pass") };
}

/** Returns findings of one status grouped by kind, in the order of CHECK_KINDS, leaving out kinds without any. */
export function checksByKind(status: CheckFinding["status"]): { kind: CheckKind; title: string; findings: CheckFinding[] }[] {
  const findings = loadChecks().filter((f) => f.status === status);
  return CHECK_KINDS.map((kind) => ({ kind, title: CHECK_KIND_TITLES[kind], findings: findings.filter((f) => f.kind === kind) })).filter((group) => group.findings.length > 0);
}

/** Returns the public checks data: each finding with its figures' filing, section, links and quotes (shape in docs/data.md). */
export function buildChecksData(base: string) {
  return loadChecks().map((finding) => ({
    id: finding.id,
    kind: finding.kind,
    status: finding.status,
    title: finding.title,
    values: finding.values.map((value) => {
      const links = factLinks(value.source, base);
      return { label: value.label, value: value.printed, number: value.number, filing: value.source.filing, section: value.source.section, url: links.section, textUrl: links.text, quote: value.source.quote };
    }),
    computed: finding.computed,
    difference: finding.difference,
    note: finding.note,
  }));
}
