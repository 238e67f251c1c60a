import type { Diagnostic } from "../lib/diagnostic.ts";

/** One published page or anchor recorded in the ledger, with the ledger line it is on. */
export interface LedgerEntry {
  /** Path from the site root without base, e.g. "/filings/x/#s4b-termination", "/filings/x/source/#L1-L273". */
  readonly path: string;
  readonly line: number;
}

/** A declared move: links to `from` now lead to `to`. */
export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

/** What one filing publishes: its id, its anchors, and the first and last line of its source page. */
export interface PublishedFiling {
  readonly id: string;
  readonly anchors: readonly string[];
  /** The source lines its original-text page shows: [1, n] for a whole file, a range for one document of a submission. */
  readonly sourceLines: readonly [number, number];
}

const ENTRY = /^\/[a-z0-9/-]*\/(?:#[A-Za-z0-9-]+)?$/;
const LINE_RANGE = /^(\/filings\/[a-z0-9-]+\/source\/)#L(\d+)-L(\d+)$/;

/** Returns the ledger's entries; blank lines and `#` comments are skipped, malformed lines reported. */
export function parseLedger(text: string, file: string): { entries: LedgerEntry[]; diagnostics: Diagnostic[] } {
  const entries: LedgerEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split("\n").forEach((raw, index) => {
    const path = raw.trim();
    if (!path || path.startsWith("#")) return;
    if (ENTRY.test(path)) entries.push({ path, line: index + 1 });
    else diagnostics.push({ severity: "error", file, line: index + 1, expected: "a site path like /filings/<id>/#<anchor>", found: path, rule: "ledger-line-invalid" });
  });
  return { entries, diagnostics };
}

/** Returns the declared redirects, one `old -> new` per line; malformed lines reported. */
export function parseRedirects(text: string, file: string): { redirects: Redirect[]; diagnostics: Diagnostic[] } {
  const redirects: Redirect[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const match = /^(\S+)\s+->\s+(\S+)$/.exec(line);
    if (match && ENTRY.test(match[1]!) && ENTRY.test(match[2]!)) redirects.push({ from: match[1]!, to: match[2]!, line: index + 1 });
    else {
      diagnostics.push({
        severity: "error",
        file,
        line: index + 1,
        expected: "a redirect written as /filings/<old>/#<anchor> -> /filings/<new>/#<anchor>",
        found: line,
        rule: "redirect-line-invalid",
      });
    }
  });
  return { redirects, diagnostics };
}

/** Returns every path the site publishes for the filings, sorted: pages, anchors and source line ranges. */
export function buildPublishedEntries(filings: readonly PublishedFiling[]): string[] {
  const entries = filings.flatMap((filing) => [
    `/filings/${filing.id}/`,
    ...filing.anchors.map((anchor) => `/filings/${filing.id}/#${anchor}`),
    `/filings/${filing.id}/source/`,
    `/filings/${filing.id}/source/#L${filing.sourceLines[0]}-L${filing.sourceLines[1]}`,
  ]);
  return [...new Set(entries)].sort();
}

/** Returns the ledger text for the entries, with its explanatory header. */
export function formatLedger(entries: readonly string[]): string {
  const header = [
    "# Every page and anchor Dossier has published. Lines are only ever added (npm run ledger):",
    "# the build fails when one of them disappears, unless content/redirects.txt says where it went.",
  ];
  return `${[...header, ...[...new Set(entries)].sort()].join("\n")}\n`;
}

/** The files the check reads, for its messages. */
export interface LedgerFiles {
  readonly ledger: string;
  readonly redirects: string;
}

/**
 * Returns problems with published links: a ledger entry that no longer exists and has no redirect is an
 * error; a redirect that leads nowhere is an error; published paths missing from the ledger are a warning.
 */
export function checkLedger(
  ledger: readonly LedgerEntry[],
  published: readonly string[],
  redirects: readonly Redirect[],
  files: LedgerFiles,
): Diagnostic[] {
  const live = new Set(published);
  const resolves = (path: string) => resolveRedirects(path, live, redirects) !== undefined;
  const diagnostics: Diagnostic[] = [];
  for (const entry of ledger) {
    if (resolves(entry.path)) continue;
    diagnostics.push({
      severity: "error",
      file: files.ledger,
      line: entry.line,
      expected: `the published link to still exist or to have a redirect in ${files.redirects}`,
      found: entry.path,
      rule: "anchor-removed",
      hint: `Restore the id in the filing's Markdown, or add a line "${entry.path} -> <new path>" to ${files.redirects}.`,
    });
  }
  for (const redirect of redirects) {
    if (resolves(redirect.to)) continue;
    diagnostics.push({ severity: "error", file: files.redirects, line: redirect.line, expected: "a redirect to a published page or anchor", found: redirect.to, rule: "redirect-target-missing" });
  }
  const recorded = new Set(ledger.map((entry) => entry.path));
  const unrecorded = published.filter((path) => !recorded.has(path));
  if (unrecorded.length) {
    diagnostics.push({
      severity: "warning",
      file: files.ledger,
      line: 0,
      expected: "every published page and anchor to be in the ledger",
      found: `${unrecorded.length} not yet recorded, e.g. ${unrecorded[0]}`,
      rule: "anchor-unrecorded",
      hint: "Run npm run ledger and commit the ledger, so these links are kept from now on.",
    });
  }
  return diagnostics;
}

/** Follows redirects from a path to a published one; a page-level redirect keeps the rest of the path and the fragment. */
export function resolveRedirects(path: string, live: ReadonlySet<string>, redirects: readonly Redirect[]): string | undefined {
  let current = path;
  for (let hop = 0; hop <= redirects.length; hop += 1) {
    if (isLive(current, live)) return current;
    const exact = redirects.find((r) => r.from === current);
    if (exact) {
      current = exact.to;
      continue;
    }
    // A page-level redirect moves everything under the page: its anchors and its source page.
    const pageMove = redirects.find((r) => !r.from.includes("#") && current.startsWith(r.from));
    if (!pageMove) return undefined;
    current = `${pageMove.to.split("#")[0]}${current.slice(pageMove.from.length)}`;
  }
  return undefined;
}

/** A published line range "#La-Lb" stays valid while the source page still shows every line from a to b. */
function isLive(path: string, live: ReadonlySet<string>): boolean {
  if (live.has(path)) return true;
  const range = LINE_RANGE.exec(path);
  if (!range) return false;
  return [...live].some((entry) => {
    const current = LINE_RANGE.exec(entry);
    return current !== null && current[1] === range[1] && Number(current[2]) <= Number(range[2]) && Number(current[3]) >= Number(range[3]);
  });
}
