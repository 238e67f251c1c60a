import { buildCatalogSections, type OutlineEntry } from "../../../src/compute/references/index.ts";
import type { CatalogFiling, ReferenceCatalog, TermDefinition } from "../../../src/model/references.ts";

/** Returns a made-up filing with the given outline. */
export function filing(parts: Partial<CatalogFiling> & { id: string; title: string; kind: string; outline?: OutlineEntry[] }): CatalogFiling {
  return {
    label: null,
    company: "Acme Widgets, Inc.",
    date: "2003-03-03",
    terms: [],
    ...parts,
    sections: buildCatalogSections(parts.outline ?? []),
  };
}

const heading = (id: string, level: number, label: string | null, title: string): OutlineEntry => ({ id, kind: "heading", level, label, title });
const clause = (id: string, level: number, label: string | null, title = ""): OutlineEntry => ({ id, kind: "clause", level, label, title });

/** A made-up term definition. */
export function term(key: string, section: string, definition = `The ${key} is defined here.`): TermDefinition {
  return { key, term: key, forms: [key], section, definition, line: 1 };
}

/** A consulting agreement with an exhibit, a proxy statement that describes it, another company's agreement of the same title, and a current report. */
export const AGREEMENT = filing({
  id: "acme-2003-03-03-consulting-agreement",
  title: "Consulting Agreement",
  kind: "consulting agreement",
  label: "Exhibit 10.1",
  outline: [
    heading("consulting-agreement", 2, null, "CONSULTING AGREEMENT"),
    heading("s1-engagement", 3, "1", "1. Engagement."),
    heading("s2-fees", 3, "2", "2. Fees."),
    clause("s2a", 4, "2(a)", "Monthly fee"),
    heading("s3-term", 3, "3", "3. Term."),
    clause("s3b-misconduct", 4, "3(b)", "Misconduct"),
    heading("exhibit-a-proxy", 2, "Exhibit A", "EXHIBIT A IRREVOCABLE PROXY"),
    clause("exhibit-a-s1", 4, "Exhibit A, 1"),
    clause("exhibit-a-s2", 4, "Exhibit A, 2"),
  ],
  terms: [term("company", "consulting-agreement"), term("shares", "s2a"), term("shares", "exhibit-a-s1"), term("holder", "exhibit-a-s1")],
});

export const PROXY = filing({
  id: "acme-2003-04-10-proxy-statement",
  title: "Proxy Statement",
  kind: "proxy statement",
  date: "2003-04-10",
  outline: [heading("notice", 2, null, "NOTICE OF ANNUAL MEETING"), clause("s1", 4, "1", "Election"), clause("s2", 4, "2", "Auditors"), heading("certain-relationships", 3, null, "CERTAIN RELATIONSHIPS")],
});

export const OTHER_COMPANY = filing({ id: "globex-2003-05-01-consulting-agreement", title: "Consulting Agreement", kind: "consulting agreement", company: "Globex Corp.", date: "2003-05-01" });

export const CURRENT_REPORT = filing({ id: "acme-2003-03-05-current-report", title: "Current Report", kind: "current report", label: "Form 8-K", date: "2003-03-05", outline: [heading("cover", 2, null, "FORM 8-K")] });

export const CATALOG: ReferenceCatalog = { filings: [AGREEMENT, CURRENT_REPORT, PROXY, OTHER_COMPANY], people: [{ id: "jane-q-roe", forms: ["Jane Q. Roe"] }] };

/** Returns a section of a made-up filing, or throws. */
export function sectionOf(filing: CatalogFiling, id: string) {
  const section = filing.sections.find((s) => s.id === id);
  if (!section) throw new Error(`expected a section ${id}, not none`);
  return section;
}
