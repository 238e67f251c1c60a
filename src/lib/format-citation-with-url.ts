// Kept apart from format-citation.ts so that the browser script using it does not load date-fns.

/** Returns a citation (from `formatCitation`) followed by the permanent URL, as pasted into a memo. */
export function formatCitationWithUrl(citation: string, url: string): string {
  return `${citation}, <${url}>`;
}
