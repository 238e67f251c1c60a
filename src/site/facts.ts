import type { Diagnostic } from "../lib/diagnostic.ts";
import type { Correction, CuratedEvent } from "../model/frontmatter.ts";
import type { Source, TimelineEvent } from "../model/facts.ts";
import type { FilingSummary } from "../model/summary.ts";
import type { Person } from "../model/people.ts";
import type { CompensationFacts } from "../model/compensation.ts";
import { extractCompensation } from "../extract/compensation/index.ts";
import { extractSummary } from "../extract/summary/index.ts";
import { extractPeopleMentions, parsePeopleFile } from "../extract/index.ts";
import { applyCorrections, buildCuratedEvents, buildPeopleRegistry, checkProvenance, type Located } from "../compute/index.ts";
import { readContent, type ContentReport, type FilingOnDisk } from "./read-content.ts";
import { readPeopleFile } from "./read-people-file.ts";

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
export function buildSiteFacts(report: ContentReport, peopleFile = readPeopleFile(process.cwd())): SiteFacts {
  const filings = report.filings;
  const aliases = parsePeopleFile(peopleFile.data, peopleFile.file, peopleFile.text);
  const people = buildPeopleRegistry(filings.flatMap((f) => extractPeopleMentions(f.doc)), aliases.entries);
  const corrections = collect<Correction>(filings, "corrections");
  const summaries = new Map(filings.map((f) => [f.id, extractSummary(f.doc)]));
  const compensation = new Map(filings.map((f) => [f.id, extractCompensation(f.doc)]));
  const curatedEvents = buildCuratedEvents(collect<CuratedEvent>(filings, "events"));
  const events = applyCorrections([...curatedEvents], corrections, "event");
  const sources: Source[] = [
    ...[...summaries.values()].flatMap((s) => s.items.map((i) => i.source)),
    ...events.facts.map((e) => e.source),
    ...corrections.map((c) => ({ filing: c.filing, section: c.value.section, quote: c.value.quote, line: c.line })),
    ...people.flatMap((p) => [...p.roles, ...p.ages, ...p.mentions]),
    ...[...compensation.values()].flatMap(compensationSources),
  ];
  const diagnostics = [...aliases.diagnostics, ...checkProvenance(sources, filings.map((f) => f.doc)), ...unmatchedCorrections(filings, events.unmatched)];
  return { filings, summaries, events: sortEvents(events.facts), people, compensation, diagnostics };
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
    expected: `a ${c.value.fact} in section "${c.value.section}" whose quote contains the match words`,
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

/** Returns the site's facts, read from content/ under the working directory once per build. */
export function loadSiteFacts(): SiteFacts {
  cached ??= buildSiteFacts(readContent(process.cwd()));
  return cached;
}
