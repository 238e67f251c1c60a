import { REFERENCE_KINDS, type CatalogFiling, type Reference, type ReferenceKind } from "../model/references.ts";
import { filingPath, withBase } from "./paths.ts";
import { sectionName, targetUrl, type ReferenceSetup } from "./references.ts";

/** A place on the site a list links to: its name and URL (with the base path). */
export interface PlaceLink {
  readonly name: string;
  readonly url: string;
}

/** Another filing citing this one: where, with which words, and which part of this filing it points at. */
export interface CitingFilingView {
  readonly filing: PlaceLink & { readonly date: string };
  readonly places: readonly (PlaceLink & { readonly texts: readonly string[]; readonly to: string | null })[];
}

/** A reference whose target is not in the collection, as printed, with every place that makes it. */
export interface MissingReferenceView {
  readonly text: string;
  readonly kind: ReferenceKind;
  readonly places: readonly (PlaceLink & { readonly filing: string; readonly quote: string })[];
}

/** Returns the other filings that cite a filing or its sections, in filing order, for the top of its page. */
export function buildCitingFilings(setup: ReferenceSetup, filingId: string, base: string): CitingFilingView[] {
  const { catalog } = setup;
  const target = catalog.filings.find((f) => f.id === filingId);
  const cited = setup.index.citedBy[filingId] ?? {};
  return catalog.filings
    .filter((from) => from.id !== filingId)
    .map((from) => {
      const places = Object.entries(cited).flatMap(([section, list]) =>
        list
          .filter((place) => place.filing === from.id)
          .map((place) => ({ place, to: section && target ? sectionName(target, section) : null })),
      );
      const order = (section: string) => from.sections.findIndex((s) => s.id === section);
      places.sort((a, b) => order(a.place.section) - order(b.place.section) || (a.to ?? "").localeCompare(b.to ?? ""));
      return {
        filing: { name: from.title, date: from.date, url: withBase(base, filingPath(from.id)) },
        places: places.map(({ place, to }) => ({ name: sectionName(from, place.section), url: placeUrl(from, place.section, base), texts: place.texts, to })),
      };
    })
    .filter((view) => view.places.length > 0);
}

/** Returns the references whose target is not in the collection, grouped by their words, of one filing or of all. */
export function buildMissingReferences(setup: ReferenceSetup, base: string, filingId?: string): MissingReferenceView[] {
  const groups = new Map<string, { text: string; kind: ReferenceKind; places: MissingReferenceView["places"][number][] }>();
  for (const reference of setup.index.references) {
    if (reference.resolved || (filingId && reference.from.filing !== filingId)) continue;
    const from = setup.catalog.filings.find((f) => f.id === reference.from.filing)!;
    const key = `${reference.kind}|${reference.text.toLowerCase()}`;
    const group = groups.get(key) ?? groups.set(key, { text: reference.text, kind: reference.kind, places: [] }).get(key)!;
    const name = filingId ? sectionName(from, reference.from.section) : `${from.title}: ${sectionName(from, reference.from.section)}`;
    group.places.push({ name, url: placeUrl(from, reference.from.section, base), filing: from.id, quote: reference.from.quote });
  }
  return [...groups.values()];
}

/** A reference from one filing to another, with both places named and linked. */
export interface CrossReferenceView {
  readonly text: string;
  readonly kind: ReferenceKind;
  readonly from: PlaceLink;
  readonly to: PlaceLink;
}

/** Returns the references that lead from one filing to another, in filing and document order. */
export function buildCrossReferences(setup: ReferenceSetup, base: string): CrossReferenceView[] {
  const byId = new Map(setup.catalog.filings.map((f) => [f.id, f]));
  return setup.index.references.flatMap((reference) => {
    const target = reference.target;
    if (!target?.filing || target.filing === reference.from.filing || reference.kind === "term" || reference.kind === "person") return [];
    const from = byId.get(reference.from.filing)!;
    const to = byId.get(target.filing)!;
    return [
      {
        text: reference.text,
        kind: reference.kind,
        from: { name: `${from.title}: ${sectionName(from, reference.from.section)}`, url: placeUrl(from, reference.from.section, base) },
        to: { name: target.section ? `${to.title}: ${sectionName(to, target.section)}` : to.title, url: targetUrl(target, base) },
      },
    ];
  });
}

/** Returns how many references of each kind the filings make, linked and missing, kinds in their published order. */
export function countReferences(setup: ReferenceSetup): { kind: ReferenceKind; linked: number; missing: number }[] {
  return REFERENCE_KINDS.map((kind) => {
    const all = setup.index.references.filter((r) => r.kind === kind);
    return { kind, linked: all.filter((r) => r.resolved).length, missing: all.filter((r) => !r.resolved).length };
  });
}

/** Returns a reference as data/references.json publishes it, every URL with the base path. */
export function formatReferenceData(reference: Reference, setup: ReferenceSetup, base: string) {
  const from = setup.catalog.filings.find((f) => f.id === reference.from.filing)!;
  const target = reference.target;
  return {
    from: { filing: reference.from.filing, section: reference.from.section, url: placeUrl(from, reference.from.section, base), quote: reference.from.quote },
    text: reference.text,
    target: target ? { filing: target.filing, section: target.section, url: targetUrl(target, base), person: target.person, definition: target.definition } : null,
    kind: reference.kind,
    resolved: reference.resolved,
  };
}

function placeUrl(filing: CatalogFiling, section: string, base: string): string {
  return `${withBase(base, filingPath(filing.id))}#${section}`;
}
