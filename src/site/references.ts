import { readFileSync } from "node:fs";
import type { FilingFrontmatter } from "../model/frontmatter.ts";
import type { CatalogFiling, LinkedMention, PersonNames, Reference, ReferenceCatalog, ReferenceIndex, ReferenceTarget } from "../model/references.ts";
import { checkFilingFrontmatter, extractPeopleMentions, parseMarkdown, parsePeopleFile, type OutlineSection } from "../extract/index.ts";
import { buildMentionVocabulary, collectReferenceUnits, compileMentionFinder, extractTermDefinitions, sentenceAt, quoteSentences, type ReferenceUnit } from "../extract/references/index.ts";
import { buildPeopleRegistry } from "../compute/index.ts";
import { buildCatalogFilings, buildCitedBy, linkMentions } from "../compute/references/index.ts";
import { readContent } from "./read-content.ts";
import { readPeopleFile } from "./read-people-file.ts";
import { contentPath, currentContentFolder, type ContentFolder } from "./content-folder.ts";
import { filingPath, withBase } from "./paths.ts";

/** A filing's Markdown body with what the catalog needs from it. */
export interface ReferenceSource {
  readonly id: string;
  readonly data: FilingFrontmatter;
  readonly sections: readonly OutlineSection[];
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

/** The collection as references see it, and every reference with the places citing each filing and section. */
export interface ReferenceSetup {
  readonly catalog: ReferenceCatalog;
  readonly index: ReferenceIndex;
}

/** Returns the catalog of the filings and people, and the index of every reference the filings' text makes. */
export function buildReferenceSetup(sources: readonly ReferenceSource[], people: readonly PersonNames[]): ReferenceSetup {
  const units = new Map(sources.map((s) => [s.id, collectReferenceUnits(parseMarkdown(s.body), s.body)]));
  const filings = buildCatalogFilings(
    sources.map((s) => ({
      id: s.id,
      title: s.data.title,
      kind: s.data.kind,
      label: s.data.label,
      company: s.data.company,
      date: s.data.date,
      sections: s.sections,
      terms: extractTermDefinitions(units.get(s.id)!, s.bodyLine),
    })),
  );
  const catalog: ReferenceCatalog = { filings, people };
  const references = filings.flatMap((filing) => {
    const source = sources.find((s) => s.id === filing.id)!;
    const filingUnits = units.get(filing.id)!;
    return linkFilingUnits(filingUnits, filing.id, catalog).flatMap((linked, index) => linked.map((mention) => toReference(filing, filingUnits[index]!, mention, source.bodyLine)));
  });
  return { catalog, index: { references, citedBy: buildCitedBy(references, catalog) } };
}

/** Returns the mentions to link in each unit of a filing's text; the pages and the index both come from here. */
export function linkFilingUnits(units: readonly ReferenceUnit[], filingId: string, catalog: ReferenceCatalog): LinkedMention[][] {
  const find = compileMentionFinder(buildMentionVocabulary(catalog, filingId));
  return linkMentions(filingId, units.map((unit) => ({ section: unit.section, mentions: find(unit) })), catalog);
}

function toReference(filing: CatalogFiling, unit: ReferenceUnit, mention: LinkedMention, bodyLine: number): Reference {
  const quote = sentenceAt(quoteSentences(unit.text), unit.text, mention.start).text;
  return {
    from: { filing: filing.id, section: unit.section, quote, line: unit.line + bodyLine - 1 },
    text: mention.text.replace(/\s+/g, " "),
    kind: mention.kind,
    target: mention.target,
    resolved: mention.target !== null,
  };
}

/** Reads every filing and the people registry of the content folder and returns their references. */
export function readReferenceSetup(folder: ContentFolder): ReferenceSetup {
  const report = readContent(folder);
  const sources = report.filings.map((filing) => {
    const checked = checkFilingFrontmatter(readFileSync(contentPath(folder, "filings", `${filing.id}.md`), "utf8"), filing.file);
    return { id: filing.id, data: filing.data, sections: filing.sections, body: checked.body, bodyLine: checked.bodyLine };
  });
  const peopleFile = readPeopleFile(folder);
  const aliases = parsePeopleFile(peopleFile.data, peopleFile.file, peopleFile.text);
  const registry = buildPeopleRegistry(report.filings.flatMap((f) => extractPeopleMentions(f.doc)), aliases.entries);
  return buildReferenceSetup(sources, registry.map((person) => ({ id: person.id, forms: [person.name, ...person.aliases] })));
}

let cached: ReferenceSetup | undefined;

/** Returns the references of the content folder, read once per build. */
export function loadReferences(): ReferenceSetup {
  cached ??= readReferenceSetup(currentContentFolder());
  return cached;
}

/** Returns where a target is on the site, with the base path; "#id" for a section of the page it is cited from. */
export function targetUrl(target: ReferenceTarget, base: string, fromFiling?: string): string {
  if (target.person) return withBase(base, `/people/${target.person}/`);
  if (target.filing === fromFiling && target.section) return `#${target.section}`;
  return `${withBase(base, filingPath(target.filing ?? ""))}${target.section ? `#${target.section}` : ""}`;
}

/** Returns how a reader names a section: "4(b) Termination by the Company" for a clause, its heading ("2. Fees") otherwise. */
export function sectionName(filing: CatalogFiling, sectionId: string | null): string {
  const section = filing.sections.find((s) => s.id === sectionId);
  if (!section) return filing.title;
  const name = section.kind === "clause" && section.label ? `${section.label} ${section.title}` : section.title;
  return name.replace(/\.$/, "");
}
