// Where the content lives on disk: shared by the two layers that touch the disk, site and cli (the CLIs
// must find the same folder the build reads). It imports nothing of Astro, so the CLIs stay free of it.
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../lib/diagnostic.ts";

/** The environment variable that names the content folder, absolute or relative to the project root. */
export const CONTENT_VARIABLE = "DOSSIER_CONTENT";

/** The content folder when neither DOSSIER_CONTENT nor --content names one, relative to the project root. */
export const DEFAULT_CONTENT = "content";

/** What a content folder holds, relative to it; the ledger, redirects and people files are optional. */
export const CONTENT_LAYOUT = {
  sources: "sources",
  filings: "filings",
  ledger: "anchor-ledger.txt",
  redirects: "redirects.txt",
  people: "people.yaml",
} as const;

/** One entry of the content folder's layout. */
export type ContentPart = keyof typeof CONTENT_LAYOUT;

// The frontmatter schema fixes this form (src/model/frontmatter.ts), so Markdown moves with its folder unchanged.
const SOURCE_PATH_PREFIX = "content/sources/";

/** Where the content lives, and the project root that messages name files against. */
export interface ContentFolder {
  /** Absolute path of the content folder. */
  readonly dir: string;
  /** Absolute path of the project root. */
  readonly projectRoot: string;
}

/** What decides the content folder: the project root, the environment and the --content flag. */
export interface ContentFolderOptions {
  readonly projectRoot: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The folder given on the command line (--content), which wins over the environment. */
  readonly given?: string;
}

/** Returns the content folder: --content, else DOSSIER_CONTENT, else content/; a relative path is from the project root. */
export function resolveContentFolder(options: ContentFolderOptions): ContentFolder {
  const projectRoot = resolve(options.projectRoot);
  // An empty value counts as unset, the way DOSSIER_BASE and DOSSIER_SITE are read.
  const named = options.given || options.env?.[CONTENT_VARIABLE] || DEFAULT_CONTENT;
  return { dir: resolve(projectRoot, named), projectRoot };
}

/** Returns the content folder of this process: the working directory is the project root, DOSSIER_CONTENT is read from the environment. */
export function currentContentFolder(given?: string): ContentFolder {
  return resolveContentFolder({ projectRoot: process.cwd(), env: process.env, given });
}

/** Returns the absolute path of a part of the content folder, or of a file inside that part. */
export function contentPath(folder: ContentFolder, part: ContentPart, name?: string): string {
  const path = join(folder.dir, CONTENT_LAYOUT[part]);
  return name === undefined ? path : join(path, name);
}

/** Returns how messages name a path: relative to the project root when inside it, absolute otherwise. */
export function formatPath(folder: ContentFolder, path: string): string {
  const inside = relative(folder.projectRoot, path);
  const outside = inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return (outside ? resolve(path) : inside).split(sep).join("/");
}

/** Returns the file a frontmatter `source.path` names: `content/sources/<file>` is `<content folder>/sources/<file>`. */
export function sourceFileOf(folder: ContentFolder, sourcePath: string): string {
  const name = sourcePath.startsWith(SOURCE_PATH_PREFIX) ? sourcePath.slice(SOURCE_PATH_PREFIX.length) : "";
  if (name === "" || name.includes("/")) throw new Error(`expected a source path ${SOURCE_PATH_PREFIX}<file>, not "${sourcePath}"`);
  return contentPath(folder, "sources", name);
}

/** Returns the frontmatter `source.path` of a file in the content folder's sources/: always `content/sources/<file>`. */
export function sourcePathOf(fileName: string): string {
  return `${SOURCE_PATH_PREFIX}${fileName}`;
}

/** Returns the names of the files in a part of the content folder that end with the suffix, sorted; none when it is absent. */
export function listContentFiles(folder: ContentFolder, part: ContentPart, suffix = ""): string[] {
  const dir = contentPath(folder, part);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && name.endsWith(suffix) && statSync(join(dir, name)).isFile())
    .sort();
}

const NAME_THE_FOLDER =
  `set ${CONTENT_VARIABLE} (absolute, or relative to the project root), or pass --content <dir> to npm run ingest and npm run ledger. ` +
  `Without either the folder is ${DEFAULT_CONTENT}/ in the project.`;

/**
 * Returns a problem when the content folder is missing, or lacks what a stage needs: Markdown filings
 * for the build and the ledger, raw filings for ingest with no file named, only the folder for ingesting named files.
 */
export function checkContentFolder(folder: ContentFolder, needs: "folder" | "filings" | "sources"): Diagnostic[] {
  if (!existsSync(folder.dir) || !statSync(folder.dir).isDirectory()) return [missingFolder(folder)];
  if (needs === "folder") return [];
  const sources = listContentFiles(folder, "sources").length;
  if (needs === "sources") return sources > 0 ? [] : [emptyFolder(folder, "sources", sources)];
  return listContentFiles(folder, "filings", ".md").length > 0 ? [] : [emptyFolder(folder, "filings", sources)];
}

function missingFolder(folder: ContentFolder): Diagnostic {
  const isFile = existsSync(folder.dir);
  return {
    severity: "error",
    file: `${formatPath(folder, folder.dir)}${isFile ? "" : "/"}`,
    line: 0,
    expected: "a content folder holding sources/ (the raw filings) and filings/ (their Markdown)",
    found: isFile ? "a file, not a folder" : "no such folder",
    rule: "content-folder-missing",
    hint: `Create it, or name the folder your filings are in: ${NAME_THE_FOLDER}`,
  };
}

function emptyFolder(folder: ContentFolder, lacking: "filings" | "sources", sources: number): Diagnostic {
  const shown = (part: ContentPart) => `${formatPath(folder, contentPath(folder, part))}/`;
  const elsewhere = `If your filings are in another folder, ${NAME_THE_FOLDER}`;
  const problem = { severity: "error", file: `${formatPath(folder, folder.dir)}/`, line: 0, rule: "content-folder-empty" } as const;
  if (lacking === "sources") {
    return {
      ...problem,
      expected: `raw filings to ingest in ${shown("sources")}`,
      found: existsSync(contentPath(folder, "sources")) ? "an empty folder" : "no sources folder",
      hint: `Copy the raw filings into ${shown("sources")}, or name one (npm run ingest -- <file> copies it there). ${elsewhere}`,
    };
  }
  const ingest = sources > 0 ? `Run npm run ingest to convert the ${sources} raw filing(s) in ${shown("sources")}.` : `Copy raw filings into ${shown("sources")} and run npm run ingest.`;
  return {
    ...problem,
    expected: `Markdown filings (*.md) in ${shown("filings")}`,
    found: sources > 0 ? `none, and ${sources} raw filing(s) in sources/` : "none",
    hint: `${ingest} ${elsewhere}`,
  };
}
