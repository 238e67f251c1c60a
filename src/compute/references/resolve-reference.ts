import type { CatalogFiling, CatalogSection, ReferenceAsk, ReferenceCatalog, ReferenceKind, ReferenceTarget } from "../../model/references.ts";

/** Where a reference is made: the filing and the section holding the words. */
export interface ReferenceOrigin {
  readonly filing: CatalogFiling;
  readonly section: CatalogSection;
}

/** The kind of form a printed SEC form number stands for, as filings' frontmatter names kinds. */
const FORM_KINDS: Readonly<Record<string, string>> = {
  "8-K": "current report",
  "10-K": "annual report",
  "10-Q": "quarterly report",
  "DEF 14A": "proxy statement",
  "S-8": "registration statement",
};

/** Returns the kind of link a reference makes, from what it asks for. */
export function referenceKindOf(ask: ReferenceAsk): ReferenceKind {
  return ask.kind === "section-title" ? "section" : ask.kind;
}

/**
 * Returns where a reference leads: a target in the collection, null when its target is not in the
 * collection (listed as missing), or undefined when it is no reference to follow (the document naming
 * itself, a number past the end of the document's numbering, a term it does not define).
 */
export function resolveReference(ask: ReferenceAsk, at: ReferenceOrigin, catalog: ReferenceCatalog): ReferenceTarget | null | undefined {
  switch (ask.kind) {
    case "person":
      return { filing: null, section: null, person: ask.person, definition: null };
    case "term":
      return resolveTerm(ask.key, at);
    case "section-title": {
      const wanted = normalize(ask.title);
      const section = at.filing.sections.find((s) => s.kind !== "clause" && normalize(s.title) === wanted);
      return section ? sectionTarget(at.filing, section) : undefined;
    }
    case "section":
      return resolveSection(ask.label, ask.document, at, catalog);
    case "exhibit":
      return resolveExhibit(ask.exhibit, ask.container, at, catalog);
    case "document":
      if (ask.form) return resolveForm(ask.form, ask.date, ask.self, at, catalog);
      return ask.self ? undefined : resolveDocument(ask.name, at, catalog);
  }
}

function resolveTerm(key: string, at: ReferenceOrigin): ReferenceTarget | undefined {
  const order = new Map(at.filing.sections.map((s, index) => [s.id, index]));
  const here = order.get(at.section.id) ?? 0;
  const partOf = (section: string) => at.filing.sections[order.get(section) ?? -1]?.part ?? null;
  const candidates = at.filing.terms.filter((t) => t.key === key);
  // A term an exhibit defines holds in that exhibit; the main document's terms hold everywhere.
  const samePart = candidates.filter((t) => partOf(t.section) === at.section.part);
  const before = samePart.filter((t) => (order.get(t.section) ?? 0) <= here).at(-1);
  const chosen = before ?? samePart[0] ?? candidates.find((t) => partOf(t.section) === null);
  return chosen ? { filing: at.filing.id, section: chosen.section, person: null, definition: chosen.definition } : undefined;
}

function resolveSection(label: string, document: string | null, at: ReferenceOrigin, catalog: ReferenceCatalog): ReferenceTarget | null | undefined {
  if (document !== null) {
    // "Paragraph 2 of the Stock Purchase Agreement" means the agreement's own numbering, even from its exhibit.
    const filing = isNamed(at.filing, document) ? at.filing : findDocument(document, at, catalog);
    const section = filing ? findLabel(filing, null, label) : undefined;
    return filing && section ? sectionTarget(filing, section) : null;
  }
  const section = findLabel(at.filing, at.section.part, label);
  if (section) return sectionTarget(at.filing, section);
  // "Section 16(a)" in a document numbered 1 to 3 is a section of a law or another text, not a broken link.
  const highest = Math.max(0, ...at.filing.sections.filter((s) => s.part === at.section.part).map((s) => leadingNumber(localLabel(s))));
  return leadingNumber(label) <= highest ? null : undefined;
}

function resolveExhibit(exhibit: string, container: string | null, at: ReferenceOrigin, catalog: ReferenceCatalog): ReferenceTarget | null | undefined {
  const label = `exhibit ${exhibit.toLowerCase()}`;
  const inFiling = (filing: CatalogFiling) => filing.sections.find((s) => s.kind === "heading" && s.label?.toLowerCase() === label);
  const named = container?.replace(/^(?:this|the|its|the Company's)\s+/, "") ?? null;
  const own = container === null || /^this\s+(?!Form\b)/.test(container) || (named !== null && isNamed(at.filing, named));
  if (own) {
    const section = inFiling(at.filing);
    if (section) return sectionTarget(at.filing, section);
  }
  if (named !== null && !own && !/^Form\b/.test(named)) {
    const filing = findDocument(named, at, catalog);
    const section = filing ? inFiling(filing) : undefined;
    if (filing && section) return sectionTarget(filing, section);
  }
  // A numbered exhibit ("Exhibit 10.3") is filed as a document of its own, labelled so in its frontmatter.
  if (/^\d/.test(exhibit)) {
    const filing = pickNearest(others(at, catalog).filter((f) => f.label?.toLowerCase() === label), at.filing.date);
    if (filing) return { filing: filing.id, section: null, person: null, definition: null };
  }
  return null;
}

function resolveForm(form: string, date: string | null, self: boolean, at: ReferenceOrigin, catalog: ReferenceCatalog): ReferenceTarget | null | undefined {
  const isForm = (filing: CatalogFiling) => filing.label?.toLowerCase() === `form ${form.toLowerCase()}` || filing.kind === FORM_KINDS[form.toUpperCase()];
  if (self) return isForm(at.filing) ? undefined : null;
  const filing = pickNearest(others(at, catalog).filter((f) => isForm(f) && (date === null || f.date === date)), at.filing.date);
  return filing ? { filing: filing.id, section: null, person: null, definition: null } : null;
}

function resolveDocument(name: string, at: ReferenceOrigin, catalog: ReferenceCatalog): ReferenceTarget | null | undefined {
  const filing = findDocument(name, at, catalog);
  if (!filing) return filing;
  if (filing.id !== at.filing.id) return { filing: filing.id, section: null, person: null, definition: null };
  // An exhibit naming the document it is attached to points at that document's opening.
  const opening = filing.sections.find((s) => s.part === null);
  return opening ? sectionTarget(filing, opening) : undefined;
}

/**
 * Returns the filing a document name stands for: the citing filing itself when it is attached there
 * (cited from an exhibit), undefined when the filing names itself from its own text, another filing
 * of the same company with that title or kind, or null when none is in the collection.
 */
function findDocument(name: string, at: ReferenceOrigin, catalog: ReferenceCatalog): CatalogFiling | null | undefined {
  if (isNamed(at.filing, name)) return at.section.part === null ? undefined : at.filing;
  return pickNearest(others(at, catalog).filter((f) => isNamed(f, name)), at.filing.date) ?? null;
}

function isNamed(filing: CatalogFiling, name: string): boolean {
  const wanted = normalize(name.replace(/^the\s+/i, ""));
  return normalize(filing.title) === wanted || filing.kind === wanted;
}

function others(at: ReferenceOrigin, catalog: ReferenceCatalog): CatalogFiling[] {
  return catalog.filings.filter((f) => f.id !== at.filing.id && f.company === at.filing.company);
}

/** The latest filing dated on or before the citing one, else the earliest after it; ties by id. */
function pickNearest(filings: readonly CatalogFiling[], date: string): CatalogFiling | undefined {
  const sorted = [...filings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return sorted.filter((f) => f.date <= date).at(-1) ?? sorted[0];
}

function findLabel(filing: CatalogFiling, part: string | null, label: string): CatalogSection | undefined {
  return filing.sections.find((s) => s.part === part && localLabel(s) === label);
}

/** A section's label without its exhibit's name: "2" for "Exhibit A, 2". */
function localLabel(section: CatalogSection): string | null {
  if (!section.label || !section.part) return section.label;
  return section.label.startsWith(`${section.part}, `) ? section.label.slice(section.part.length + 2) : section.label;
}

function leadingNumber(label: string | null): number {
  const match = /^\(?(\d+)/.exec(label ?? "");
  return match ? Number(match[1]) : 0;
}

function sectionTarget(filing: CatalogFiling, section: CatalogSection): ReferenceTarget {
  return { filing: filing.id, section: section.id, person: null, definition: null };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/[.:]$/, "").trim();
}
