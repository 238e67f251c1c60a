import type { Diagnostic } from "../lib/diagnostic.ts";
import type { Correction, CuratedEvent } from "../model/frontmatter.ts";
import type { Source, TimelineEvent } from "../model/facts.ts";
import type { FilingSummary } from "../model/summary.ts";
import type { Person } from "../model/people.ts";
import type { CompensationFacts } from "../model/compensation.ts";
import { extractCompensation } from "../extract/compensation/index.ts";
import { extractEvents } from "../extract/events/index.ts";
import { extractSummary } from "../extract/summary/index.ts";
import { extractPeopleMentions, parsePeopleFile } from "../extract/index.ts";
import { applyCorrections, buildCuratedEvents, buildPeopleRegistry, checkProvenance, type Located } from "../compute/index.ts";
import { readContent, type ContentReport, type FilingOnDisk } from "./read-content.ts";
import { readPeopleFile } from "./read-people-file.ts";
import { currentContentFolder } from "./content-folder.ts";

/** Everything the pages show about the filings' facts, extracted and checked once per build. */
export interface SiteFacts {
  readonly filings: readonly FilingOnDisk[];
  readonly summaries: ReadonlyMap<string, FilingSummary>;
  readonly events: readonly TimelineEvent[];
  /** One entry per person across all filings, with roles, ages and mentions. */
  readonly people: readonly Person[];
  /** Pay and ownership facts of each filing, by filing id. */
  readonly compensation: ReadonlyMap<string, CompensationFacts>;
  /** Problems: quotes not found in their sections, corrections that match nothing. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Extracts and checks the facts of every filing of the content report, with the curated people list. */
export function buildSiteFacts(report: ContentReport, peopleFile = readPeopleFile(report.folder)): SiteFacts {
  const filings = report.filings;
  const aliases = parsePeopleFile(peopleFile.data, peopleFile.file, peopleFile.text);
  const people = buildPeopleRegistry(filings.flatMap((f) => extractPeopleMentions(f.doc)), aliases.entries);
  const corrections = collect<Correction>(filings, "corrections");
  const summaries = new Map(filings.map((f) => [f.id, extractSummary(f.doc)]));
  const extracted = new Map(filings.map((f) => [f.id, extractCompensation(f.doc)]));
  const curatedPay = correctCompensation(extracted, corrections);
  const compensation = curatedPay.compensation;
  const curatedEvents = buildCuratedEvents(collect<CuratedEvent>(filings, "events"));
  const extractedEvents = filings.flatMap((f) => extractEvents(f.doc));
  const events = applyCorrections([...extractedEvents, ...curatedEvents], corrections, "event");
  const sources: Source[] = [
    ...[...summaries.values()].flatMap((s) => s.items.map((i) => i.source)),
    ...events.facts.map((e) => e.source),
    ...corrections.map((c) => ({ filing: c.filing, section: c.value.section, quote: c.value.quote, line: c.line })),
    ...people.flatMap((p) => [...p.roles, ...p.ages, ...p.mentions]),
    ...[...compensation.values()].flatMap(compensationSources),
  ];
  const knownKinds = new Set(["event", ...Object.values(PAY_KINDS)]);
  const unmatched = [...events.unmatched, ...curatedPay.unmatched, ...corrections.filter((c) => !knownKinds.has(c.value.fact))];
  const diagnostics = [...aliases.diagnostics, ...checkProvenance(sources, filings.map((f) => f.doc)), ...unmatchedCorrections(filings, unmatched)];
  return { filings, summaries, events: sortEvents(events.facts), people, compensation, diagnostics };
}

/** The fact kind a curator names in a correction, for each list of compensation facts. */
const PAY_KINDS: Record<keyof CompensationFacts, string> = {
  summary: "summary",
  grants: "grant",
  yearEndOptions: "year-end",
  ownership: "ownership",
  directorFees: "director-fee",
  salaries: "salary",
  severance: "severance",
  consultingFees: "consulting-fee",
  optionLists: "option-list",
  payVersusPerformance: "pay-versus-performance",
  planBasedAwards: "plan-based-award",
  outstandingEquityAwards: "outstanding-equity-award",
};

function correctCompensation(extracted: ReadonlyMap<string, CompensationFacts>, corrections: readonly Located<Correction>[]) {
  const unmatchedByKind = new Map<string, Set<Located<Correction>>>();
  const compensation = new Map(
    [...extracted].map(([filing, facts]) => {
      const corrected = Object.fromEntries(
        (Object.keys(PAY_KINDS) as (keyof CompensationFacts)[]).map((key) => {
          const result = applyCorrections(facts[key] as readonly { source: Source }[], corrections.filter((c) => c.filing === filing), PAY_KINDS[key]);
          for (const c of result.unmatched) (unmatchedByKind.get(PAY_KINDS[key]) ?? unmatchedByKind.set(PAY_KINDS[key], new Set()).get(PAY_KINDS[key])!).add(c);
          return [key, result.facts];
        }),
      ) as unknown as CompensationFacts;
      return [filing, corrected] as const;
    }),
  );
  const unmatched = corrections.filter((c) => Object.values(PAY_KINDS).includes(c.value.fact) && [...(unmatchedByKind.get(c.value.fact) ?? [])].includes(c));
  return { compensation, unmatched };
}

function compensationSources(facts: CompensationFacts): Source[] {
  return Object.values(facts).flatMap((list: readonly { source: Source }[]) => list.map((item) => item.source));
}

function collect<T>(filings: readonly FilingOnDisk[], key: "events" | "corrections"): Located<T>[] {
  return filings.flatMap((filing) =>
    ((filing.data.curated?.[key] ?? []) as T[]).map((value, index) => ({ value, filing: filing.id, line: filing.lineOf(["curated", key, index]) })),
  );
}

function unmatchedCorrections(filings: readonly FilingOnDisk[], unmatched: readonly Located<Correction>[]): Diagnostic[] {
  return unmatched.map((c) => ({
    severity: "error" as const,
    file: filings.find((f) => f.id === c.filing)?.file ?? c.filing,
    line: c.line,
    expected: `a fact of a known kind (event, ${Object.values(PAY_KINDS).join(", ")}) in section "${c.value.section}" whose quote contains the match words`,
    found: c.value.match,
    rule: "correction-unmatched",
  }));
}

/** Events in date order; ties broken by end, filing, section and title so the order never varies. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.end ?? "").localeCompare(b.end ?? "") ||
      a.source.filing.localeCompare(b.source.filing) ||
      a.source.section.localeCompare(b.source.section) ||
      a.title.localeCompare(b.title),
  );
}

let cached: SiteFacts | undefined;

/** Returns the site's facts, read from the content folder once per build. */
export function loadSiteFacts(): SiteFacts {
  cached ??= buildSiteFacts(readContent(currentContentFolder()));
  return cached;
}
