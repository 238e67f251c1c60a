import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildAnchorMoves, parseRedirects, type AnchorMoves } from "../compute/index.ts";
import { CONTENT_PATHS } from "./read-content.ts";
import { filingPath } from "./paths.ts";

/** Returns how the declared redirects are served, read from content/redirects.txt under the root. */
export function readAnchorMoves(root: string): AnchorMoves {
  const file = join(root, CONTENT_PATHS.redirects);
  const { redirects } = parseRedirects(existsSync(file) ? readFileSync(file, "utf8") : "", CONTENT_PATHS.redirects);
  const dir = join(root, CONTENT_PATHS.filings);
  const ids = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".md")).map((n) => n.slice(0, -3)) : [];
  const live = new Set(ids.flatMap((id) => [filingPath(id), `${filingPath(id)}source/`]));
  return buildAnchorMoves(redirects, live);
}
