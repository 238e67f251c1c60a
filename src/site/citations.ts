import type { OutlineSection } from "../extract/outline.ts";
import { formatCitation, type CitationParts } from "../lib/format-citation.ts";

/** The filing a set of citations names. */
export interface CitedFiling {
  readonly company: string;
  readonly document: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
}

/** Citations of a filing page without their URLs: the whole document, and every section by its anchor id. */
export interface FilingCitations {
  readonly document: string;
  readonly sections: Readonly<Record<string, string>>;
}

/** Returns the citation text of a filing and of each of its sections, clauses and tables. */
export function buildFilingCitations(filing: CitedFiling, sections: readonly OutlineSection[]): FilingCitations {
  const cited: Record<string, string> = {};
  let enclosing: OutlineSection | undefined;
  for (const section of sections) {
    if (section.kind === "heading") enclosing = section;
    cited[section.id] = formatCitation({ ...filing, ...citedPart(section, enclosing) });
  }
  return { document: formatCitation(filing), sections: cited };
}

function citedPart(section: OutlineSection, enclosing: OutlineSection | undefined): Pick<CitationParts, "label" | "heading" | "table"> {
  if (section.kind === "heading") return { label: section.label, heading: headingText(section) };
  if (section.kind === "clause") return { label: section.label, heading: isOwnHeading(section.title) ? section.title : null };
  // A table is cited by its own title, or, when the filing gives it none, as a table in its section.
  if (!isMadeUpTableTitle(section.title)) return { label: enclosing?.label ?? null, heading: section.title };
  return { label: enclosing?.label ?? null, heading: enclosing ? headingText(enclosing) : null, table: true };
}

/** A heading's words without its number: "4. Term and Termination." → "Term and Termination". */
function headingText(section: OutlineSection): string {
  let text = section.title;
  if (section.label && text.toLowerCase().startsWith(section.label.toLowerCase())) text = text.slice(section.label.length);
  return text.replace(/^[\s.:\-–—]+/, "").replace(/\.$/, "").trim() || section.title;
}

// The outline titles an unheaded clause with its opening words, cut with "…" or ending as the sentence does;
// a clause heading is a short bold phrase whose final period the outline already dropped.
function isOwnHeading(title: string): boolean {
  return title.length > 0 && !/[….;:,]$/.test(title);
}

// The outline names a table without heading or caption after its first header cells ("Table: Name, Age").
function isMadeUpTableTitle(title: string): boolean {
  return title === "Table" || title.startsWith("Table: ");
}
