/** A part of a filing page that search results can lead to. */
export interface SearchSection {
  readonly id: string;
  readonly kind: string;
  readonly label: string | null;
  readonly title: string;
}

const DOCUMENT_OPENING = '<div class="document">';

/**
 * Returns a filing page's HTML as the search index reads it: only the document text is indexed, and
 * every section, clause and table becomes a result of its own, titled "4(b) Termination by the Company",
 * so a search leads to the part that matched rather than to the top of the page. The page served is
 * unchanged; these marks exist only in what Pagefind reads.
 */
export function buildSearchHtml(html: string, sections: readonly SearchSection[]): string {
  if (!html.includes(DOCUMENT_OPENING)) throw new Error(`expected a filing page with ${DOCUMENT_OPENING}, not a page without one`);
  let marked = html.replace(DOCUMENT_OPENING, '<div class="document" data-pagefind-body>');
  for (const section of sections) {
    const id = inTag(section.id);
    if (!id.test(marked)) throw new Error(`expected an element with id "${section.id}" on the filing page, not none`);
    const title = ` data-pagefind-title="${escapeAttribute(formatSearchTitle(section))}"`;
    // A function, not a replacement string, so that a "$" in a title stays a dollar sign.
    marked = marked.replace(id, (found) => `${found}${title}`);
    // A table's own heading carries "<id>-title"; without this the table would split into two results.
    if (section.kind === "table") marked = marked.replace(inTag(`${section.id}-title`), (_found, before: string) => before);
  }
  return marked;
}

/** Returns how a search result names a section: its label and title, e.g. "4(b) Termination by the Company". */
export function formatSearchTitle(section: SearchSection): string {
  if (section.kind !== "clause" || !section.label) return section.title;
  return `${section.label} ${section.title}`;
}

/** Matches ` id="…"` inside an opening tag (text cannot hold a raw "<"), keeping what precedes it as $1. */
function inTag(id: string): RegExp {
  const attribute = escapeAttribute(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(<[a-zA-Z][^<>]*?)\\sid="${attribute}"`);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
