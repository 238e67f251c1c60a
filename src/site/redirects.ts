import { existsSync, readFileSync } from "node:fs";
import { buildAnchorMoves, parseRedirects, type AnchorMoves } from "../compute/index.ts";
import { contentPath, formatPath, listContentFiles, type ContentFolder } from "./content-folder.ts";
import { filingPath } from "./paths.ts";

/** Returns how the declared redirects are served, read from the content folder's redirects.txt. */
export function readAnchorMoves(folder: ContentFolder): AnchorMoves {
  const file = contentPath(folder, "redirects");
  const { redirects } = parseRedirects(existsSync(file) ? readFileSync(file, "utf8") : "", formatPath(folder, file));
  const ids = listContentFiles(folder, "filings", ".md").map((n) => n.slice(0, -3));
  const live = new Set(ids.flatMap((id) => [filingPath(id), `${filingPath(id)}source/`]));
  return buildAnchorMoves(redirects, live);
}
