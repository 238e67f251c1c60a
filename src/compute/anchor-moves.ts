import type { Redirect } from "./ledger.ts";

/** How declared redirects are served: alias anchors on a page, scripted moves, and redirect pages. */
export interface AnchorMoves {
  /** For each filing page path, old anchor ids to place at a new anchor on the same page: page → new id → old ids. */
  readonly aliases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** For each live page path, old anchors that moved to another page: page → old id → new path#anchor. */
  readonly scripted: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Pages that no longer exist: old page path → new path, with the anchor moves that leave from it. */
  readonly pages: readonly { readonly from: string; readonly to: string; readonly anchors: Readonly<Record<string, string>> }[];
}

/**
 * Returns how each redirect is served: an anchor moved within its page becomes an alias id at the new
 * place (works without JavaScript); an anchor moved to another page is followed by a small script; a
 * page that is gone gets a redirect page of its own.
 */
export function buildAnchorMoves(redirects: readonly Redirect[], livePages: ReadonlySet<string>): AnchorMoves {
  const aliases: Record<string, Record<string, string[]>> = {};
  const scripted: Record<string, Record<string, string>> = {};
  const pages = new Map<string, { from: string; to: string; anchors: Record<string, string> }>();
  const sorted = [...redirects].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  for (const { from, to } of sorted) {
    const [fromPage, fromAnchor] = split(from);
    const [toPage, toAnchor] = split(to);
    if (!livePages.has(fromPage)) {
      const page = pages.get(fromPage) ?? { from: fromPage, to: toPage, anchors: {} };
      if (fromAnchor) page.anchors[fromAnchor] = to;
      else page.to = to;
      pages.set(fromPage, page);
      // A moved filing page takes its original-text page along.
      const source = `${fromPage}source/`;
      if (!fromAnchor && fromPage.startsWith("/filings/") && !livePages.has(source) && !pages.has(source)) {
        pages.set(source, { from: source, to: `${toPage}source/`, anchors: {} });
      }
    } else if (fromAnchor && toPage === fromPage && toAnchor) {
      ((aliases[fromPage] ??= {})[toAnchor] ??= []).push(fromAnchor);
    } else if (fromAnchor) {
      (scripted[fromPage] ??= {})[fromAnchor] = to;
    }
  }
  return { aliases, scripted, pages: [...pages.values()] };
}

function split(path: string): [string, string | undefined] {
  const [page, anchor] = path.split("#");
  return [page!, anchor];
}
