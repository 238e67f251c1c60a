import type { CatalogFiling, CatalogSection } from "../../model/references.ts";

/** A section of a filing's outline, as the catalog reads it. */
export interface OutlineEntry {
  readonly id: string;
  readonly kind: "heading" | "clause" | "table";
  readonly label: string | null;
  readonly title: string;
  /** 2–6 for headings, deeper for clauses and tables. */
  readonly level: number;
}

/** A filing's frontmatter facts, outline and defined terms, as the catalog is built from them. */
export type CatalogInput = Omit<CatalogFiling, "sections"> & { readonly sections: readonly OutlineEntry[] };

const EXHIBIT_LABEL = /^Exhibit\s+\S+$/i;

/** Returns the filings as references resolve against them, oldest first (ties by id), each section with its exhibit and ancestors. */
export function buildCatalogFilings(inputs: readonly CatalogInput[]): CatalogFiling[] {
  return [...inputs]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((input) => ({
      id: input.id,
      title: input.title,
      kind: input.kind,
      label: input.label,
      company: input.company,
      date: input.date,
      sections: buildCatalogSections(input.sections),
      terms: input.terms,
    }));
}

/**
 * Returns each section with the sections containing it: a heading holds what follows up to the next
 * heading of its level or higher, a clause holds the deeper clauses and tables after it. A section under
 * an "Exhibit A" heading belongs to that exhibit.
 */
export function buildCatalogSections(sections: readonly OutlineEntry[]): CatalogSection[] {
  const stack: OutlineEntry[] = [];
  return sections.map((section) => {
    while (stack.length > 0 && !contains(stack.at(-1)!, section)) stack.pop();
    const exhibit = [...stack, section].filter((s) => s.kind === "heading" && s.label && EXHIBIT_LABEL.test(s.label)).at(-1);
    const entry: CatalogSection = {
      id: section.id,
      label: section.label,
      title: section.title,
      kind: section.kind,
      part: exhibit?.label ?? null,
      ancestors: stack.map((s) => s.id),
    };
    stack.push(section);
    return entry;
  });
}

function contains(outer: OutlineEntry, inner: OutlineEntry): boolean {
  if (outer.kind === "heading") return inner.kind !== "heading" || inner.level > outer.level;
  if (outer.kind === "clause") return inner.kind !== "heading" && inner.level > outer.level;
  return false;
}
