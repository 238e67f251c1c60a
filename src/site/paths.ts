/** Returns a site path with the configured base path in front, e.g. "/dossier/filings/x/". */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, "")}`;
}

/** The path of a filing's page, from the site root, without base. */
export function filingPath(id: string): string {
  return `/filings/${id}/`;
}

/** The path of a filing's original-text page, from the site root, without base. */
export function sourcePagePath(id: string): string {
  return `/filings/${id}/source/`;
}
