import { createHash } from "node:crypto";
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { Diagnostic } from "../lib/diagnostic.ts";
import { contentPath, formatPath, type ContentFolder } from "../site/content-folder.ts";

/** A file named to ingest, as a file name in the content folder's sources/, or the problems that kept it out. */
export interface PlacedSource {
  readonly name?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Returns the name a file has in the content folder's sources/: a file there already is used as it is;
 * another is copied in byte for byte (saying so), unless a different file already has its name.
 */
export function placeSource(folder: ContentFolder, path: string): PlacedSource {
  const shown = formatPath(folder, path);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { diagnostics: [{ severity: "error", file: shown, line: 0, expected: "an existing file", found: shown, rule: "ingest-no-file" }] };
  }
  const name = basename(path);
  const sources = contentPath(folder, "sources");
  if (existsSync(sources) && realpathSync(dirname(path)) === realpathSync(sources)) return { name, diagnostics: [] };
  const target = contentPath(folder, "sources", name);
  if (existsSync(target)) {
    const given = readFileSync(path);
    const there = readFileSync(target);
    return given.equals(there) ? { name, diagnostics: [] } : { diagnostics: [clash(shown, formatPath(folder, target), given, there)] };
  }
  mkdirSync(sources, { recursive: true });
  // COPYFILE_EXCL: a source that appeared since the check above is never overwritten.
  copyFileSync(path, target, constants.COPYFILE_EXCL);
  console.log(`copied  ${shown} -> ${formatPath(folder, target)}`);
  return { name, diagnostics: [] };
}

function clash(file: string, target: string, given: Buffer, there: Buffer): Diagnostic {
  const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  return {
    severity: "error",
    file,
    line: 0,
    expected: `the same bytes as ${target} (sha256 ${sha(there)}…), the source already of that name`,
    found: `a different file, sha256 ${sha(given)}…`,
    rule: "ingest-source-clash",
    hint: `Sources are never replaced. Give the new file a name of its own and ingest it again; if ${target} is the wrong file, remove it and its Markdown first.`,
  };
}
