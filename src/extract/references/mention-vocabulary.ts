import type { ReferenceCatalog } from "../../model/references.ts";
import type { MentionVocabulary } from "./find-mentions.ts";

/** Returns what a filing's text is searched for: every filing's title, its own section titles, its terms and everyone's names. */
export function buildMentionVocabulary(catalog: ReferenceCatalog, filingId: string): MentionVocabulary {
  const filing = catalog.filings.find((f) => f.id === filingId);
  const sections = filing?.sections ?? [];
  // A table without a heading or caption is titled after its header cells ("Table: NAME, AGE"); no text names it so.
  const named = sections.filter((s) => s.kind !== "clause" && s.title && !/^Table\b/.test(s.title));
  const forms = new Map<string, Set<string>>();
  for (const term of filing?.terms ?? []) for (const form of term.forms) (forms.get(term.key) ?? forms.set(term.key, new Set()).get(term.key)!).add(form);
  return {
    documentTitles: [...new Set(catalog.filings.map((f) => f.title))].sort(),
    sectionTitles: named.map((s) => s.title),
    tableTitles: named.filter((s) => s.kind === "table" && s.title.split(/\s+/).length >= 3).map((s) => s.title),
    people: catalog.people,
    terms: [...forms].map(([key, set]) => ({ key, forms: [...set] })),
  };
}
