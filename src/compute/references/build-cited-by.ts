import type { CitingPlace, Reference, ReferenceCatalog, ReferenceIndex } from "../../model/references.ts";

const CITABLE = new Set(["section", "document", "exhibit"]);

/**
 * Returns, for each filing and section the references lead to, the places that cite it, in filing order
 * (oldest first) and document order, each place once with the words it uses. A whole filing is keyed "".
 */
export function buildCitedBy(references: readonly Reference[], catalog: ReferenceCatalog): ReferenceIndex["citedBy"] {
  const filingOrder = new Map(catalog.filings.map((f, index) => [f.id, index]));
  const sectionOrder = new Map(catalog.filings.flatMap((f) => f.sections.map((s, index) => [`${f.id}#${s.id}`, index] as const)));
  const places = new Map<string, Map<string, { filing: string; section: string; texts: string[] }>>();
  for (const reference of references) {
    if (!CITABLE.has(reference.kind) || !reference.target?.filing) continue;
    const key = `${reference.target.filing}#${reference.target.section ?? ""}`;
    const byPlace = places.get(key) ?? places.set(key, new Map()).get(key)!;
    const at = `${reference.from.filing}#${reference.from.section}`;
    const place = byPlace.get(at) ?? byPlace.set(at, { filing: reference.from.filing, section: reference.from.section, texts: [] }).get(at)!;
    if (!place.texts.includes(reference.text)) place.texts.push(reference.text);
  }
  const result: Record<string, Record<string, CitingPlace[]>> = {};
  for (const key of [...places.keys()].sort()) {
    const [filing, section] = key.split("#") as [string, string];
    const list = [...places.get(key)!.values()].sort(
      (a, b) =>
        (filingOrder.get(a.filing) ?? 0) - (filingOrder.get(b.filing) ?? 0) ||
        (sectionOrder.get(`${a.filing}#${a.section}`) ?? 0) - (sectionOrder.get(`${b.filing}#${b.section}`) ?? 0),
    );
    (result[filing] ??= {})[section] = list;
  }
  return result;
}
