import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/lib/diagnostic.ts";
import { FilingFrontmatterSchema } from "../../src/model/frontmatter.ts";
import {
  checkContentFolder,
  contentPath,
  formatPath,
  listContentFiles,
  resolveContentFolder,
  sourceFileOf,
  sourcePathOf,
  type ContentFolder,
} from "../../src/site/content-folder.ts";

const PROJECT = "/home/analyst/dossier";

describe("resolveContentFolder", () => {
  it("is content/ in the project when neither DOSSIER_CONTENT nor --content names a folder", () => {
    expect(resolveContentFolder({ projectRoot: PROJECT, env: {} })).toEqual({ dir: `${PROJECT}/content`, projectRoot: PROJECT });
    expect(resolveContentFolder({ projectRoot: PROJECT })).toEqual({ dir: `${PROJECT}/content`, projectRoot: PROJECT });
  });

  it("takes an absolute DOSSIER_CONTENT as it is", () => {
    expect(resolveContentFolder({ projectRoot: PROJECT, env: { DOSSIER_CONTENT: "/data/filings-2003" } }).dir).toBe("/data/filings-2003");
  });

  it("reads a relative DOSSIER_CONTENT from the project root, not from anywhere else", () => {
    expect(resolveContentFolder({ projectRoot: PROJECT, env: { DOSSIER_CONTENT: "../archive" } }).dir).toBe("/home/analyst/archive");
    expect(resolveContentFolder({ projectRoot: PROJECT, env: { DOSSIER_CONTENT: "other" } }).dir).toBe(`${PROJECT}/other`);
  });

  it("lets --content win over DOSSIER_CONTENT, relative paths again from the project root", () => {
    const env = { DOSSIER_CONTENT: "/data/filings-2003" };
    expect(resolveContentFolder({ projectRoot: PROJECT, env, given: "/data/filings-2004" }).dir).toBe("/data/filings-2004");
    expect(resolveContentFolder({ projectRoot: PROJECT, env, given: "mine" }).dir).toBe(`${PROJECT}/mine`);
  });

  it("treats an empty DOSSIER_CONTENT or --content as unset", () => {
    expect(resolveContentFolder({ projectRoot: PROJECT, env: { DOSSIER_CONTENT: "" } }).dir).toBe(`${PROJECT}/content`);
    expect(resolveContentFolder({ projectRoot: PROJECT, env: { DOSSIER_CONTENT: "/data/x" }, given: "" }).dir).toBe("/data/x");
  });

  it("makes a relative project root absolute", () => {
    expect(resolveContentFolder({ projectRoot: "." }).projectRoot).toBe(process.cwd());
  });
});

describe("the content folder's layout", () => {
  const folder: ContentFolder = { dir: "/data/filings-2003", projectRoot: PROJECT };

  it("has sources/, filings/ and the ledger, redirects and people files at fixed names", () => {
    expect(contentPath(folder, "sources")).toBe("/data/filings-2003/sources");
    expect(contentPath(folder, "filings", "a.md")).toBe("/data/filings-2003/filings/a.md");
    expect(contentPath(folder, "ledger")).toBe("/data/filings-2003/anchor-ledger.txt");
    expect(contentPath(folder, "redirects")).toBe("/data/filings-2003/redirects.txt");
    expect(contentPath(folder, "people")).toBe("/data/filings-2003/people.yaml");
  });
});

describe("source.path and the file it names", () => {
  const outside: ContentFolder = { dir: "/data/filings-2003", projectRoot: PROJECT };
  const inside = resolveContentFolder({ projectRoot: PROJECT });

  it("reads content/sources/<file> as <content folder>/sources/<file>, wherever the folder is", () => {
    expect(sourceFileOf(outside, "content/sources/acme-2003-def14a.txt")).toBe("/data/filings-2003/sources/acme-2003-def14a.txt");
    expect(sourceFileOf(inside, "content/sources/acme-2003-def14a.txt")).toBe(`${PROJECT}/content/sources/acme-2003-def14a.txt`);
  });

  it("writes a source's file name as content/sources/<file>, which the frontmatter schema accepts and reads back to the file", () => {
    const path = sourcePathOf("acme-2003-def14a.txt");
    expect(path).toBe("content/sources/acme-2003-def14a.txt");
    expect(FilingFrontmatterSchema.shape.source.safeParse({ path, sha256: "0".repeat(64) }).success).toBe(true);
    expect(sourceFileOf(outside, path)).toBe(contentPath(outside, "sources", "acme-2003-def14a.txt"));
  });

  it("refuses a source path of another form, which the schema would have refused first", () => {
    expect(() => sourceFileOf(outside, "sources/a.txt")).toThrow('expected a source path content/sources/<file>, not "sources/a.txt"');
    expect(() => sourceFileOf(outside, "content/sources/sub/a.txt")).toThrow("expected a source path");
    expect(() => sourceFileOf(outside, "content/sources/")).toThrow("expected a source path");
  });
});

describe("formatPath", () => {
  it("names a path inside the project relative to the project root", () => {
    const folder = resolveContentFolder({ projectRoot: PROJECT });
    expect(formatPath(folder, `${PROJECT}/content/filings/a.md`)).toBe("content/filings/a.md");
  });

  it("names a path outside the project, even beside it, by its absolute path", () => {
    const folder: ContentFolder = { dir: "/home/analyst/dossier-data", projectRoot: PROJECT };
    expect(formatPath(folder, "/home/analyst/dossier-data/filings/a.md")).toBe("/home/analyst/dossier-data/filings/a.md");
    expect(formatPath(folder, "/data/x.txt")).toBe("/data/x.txt");
  });
});

describe("checkContentFolder", () => {
  const projects: string[] = [];
  afterEach(() => {
    for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A project folder whose content folder is content/, with the given files (path → text) in it. */
  function project(files: Record<string, string> = {}, withContent = true): ContentFolder {
    const root = mkdtempSync(join(tmpdir(), "dossier-folder-"));
    projects.push(root);
    const folder = resolveContentFolder({ projectRoot: root });
    if (withContent) mkdirSync(folder.dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(folder.dir, path, ".."), { recursive: true });
      writeFileSync(join(folder.dir, path), text);
    }
    return folder;
  }

  const messages = (folder: ContentFolder, needs: "folder" | "filings" | "sources") => checkContentFolder(folder, needs).map(formatDiagnostic).join("\n");

  it("finds nothing wrong with a folder holding Markdown filings and raw filings", () => {
    const folder = project({ "sources/a.txt": "text\n", "filings/a.md": "---\n---\n" });
    expect(checkContentFolder(folder, "filings")).toEqual([]);
    expect(checkContentFolder(folder, "sources")).toEqual([]);
    expect(checkContentFolder(folder, "folder")).toEqual([]);
  });

  it("reports a missing folder with content-folder-missing, saying what belongs in it and how to name another", () => {
    const folder = project({}, false);
    for (const needs of ["folder", "filings", "sources"] as const) expect(checkContentFolder(folder, needs).map((d) => d.rule)).toEqual(["content-folder-missing"]);
    expect(messages(folder, "filings")).toMatchInlineSnapshot(`
      "content/: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "no such folder" [content-folder-missing]
        hint: Create it, or name the folder your filings are in: set DOSSIER_CONTENT (absolute, or relative to the project root), or pass --content <dir> to npm run ingest and npm run ledger. Without either the folder is content/ in the project."
    `);
  });

  it("reports a file where the folder should be", () => {
    const root = mkdtempSync(join(tmpdir(), "dossier-folder-"));
    projects.push(root);
    writeFileSync(join(root, "content"), "not a folder\n");
    const folder = resolveContentFolder({ projectRoot: root });
    expect(messages(folder, "folder")).toContain('content: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "a file, not a folder" [content-folder-missing]');
  });

  it("reports a folder without Markdown filings to build from, with content-folder-empty", () => {
    expect(messages(project(), "filings")).toMatchInlineSnapshot(`
      "content/: expected Markdown filings (*.md) in content/filings/, found "none" [content-folder-empty]
        hint: Copy raw filings into content/sources/ and run npm run ingest. If your filings are in another folder, set DOSSIER_CONTENT (absolute, or relative to the project root), or pass --content <dir> to npm run ingest and npm run ledger. Without either the folder is content/ in the project."
    `);
  });

  it("says to run ingest when the folder holds raw filings but no Markdown yet", () => {
    expect(messages(project({ "sources/a.txt": "text\n", "sources/b.txt": "text\n", "filings/notes.txt": "" }), "filings")).toMatchInlineSnapshot(`
      "content/: expected Markdown filings (*.md) in content/filings/, found "none, and 2 raw filing(s) in sources/" [content-folder-empty]
        hint: Run npm run ingest to convert the 2 raw filing(s) in content/sources/. If your filings are in another folder, set DOSSIER_CONTENT (absolute, or relative to the project root), or pass --content <dir> to npm run ingest and npm run ledger. Without either the folder is content/ in the project."
    `);
  });

  it("reports a folder without raw filings to ingest, ignoring hidden files", () => {
    expect(messages(project({ "sources/.DS_Store": "" }), "sources")).toMatchInlineSnapshot(`
      "content/: expected raw filings to ingest in content/sources/, found "an empty folder" [content-folder-empty]
        hint: Copy the raw filings into content/sources/, or name one (npm run ingest -- <file> copies it there). If your filings are in another folder, set DOSSIER_CONTENT (absolute, or relative to the project root), or pass --content <dir> to npm run ingest and npm run ledger. Without either the folder is content/ in the project."
    `);
    expect(checkContentFolder(project(), "sources")[0]?.found).toBe("no sources folder");
  });

  it("lists a part's files sorted, leaving out hidden files and folders", () => {
    const folder = project({ "filings/b.md": "", "filings/a.md": "", "filings/.a.md": "", "filings/sub/c.md": "", "filings/notes.txt": "" });
    expect(listContentFiles(folder, "filings", ".md")).toEqual(["a.md", "b.md"]);
    expect(listContentFiles(folder, "sources")).toEqual([]);
  });
});
