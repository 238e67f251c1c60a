import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFilingFrontmatter } from "../../src/extract/check-frontmatter.ts";
import { ROOT } from "../support/paths.ts";

// Each run starts tsx afresh (about a second), and some tests run a command three times.
const TIMEOUT = 60_000;

const SAMPLE = "point360-2002-10-02-consulting-agreement";
const SAMPLE_SOURCE = join(ROOT, `content/sources/${SAMPLE}.txt`);
const KIND_AND_DATE = "(consulting agreement, 2002-10-02)";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Makes an empty project folder (no content/) and a content folder outside it, holding sources/ with the sample. */
function projectAndOutsideContent(): { project: string; content: string } {
  const project = temporaryFolder("dossier-project-");
  const content = temporaryFolder("dossier-content-");
  mkdirSync(join(content, "sources"));
  copyFileSync(SAMPLE_SOURCE, join(content, "sources", `${SAMPLE}.txt`));
  return { project, content };
}

/** Runs a CLI (`src/cli/<name>.ts`) in the project folder with the environment given, and returns its exit code and output. */
function run(name: "ingest" | "ledger", cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, `src/cli/${name}.ts`), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DOSSIER_CONTENT: "", ...env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const wrote = (filings: string, sources: string) => `wrote   ${filings}/${SAMPLE}.md from ${sources}/${SAMPLE}.txt ${KIND_AND_DATE}\n`;

describe("npm run ingest with a content folder outside the project", () => {
  it(
    "ingests the folder --content names, writes the Markdown there and records the source as content/sources/<file>",
    () => {
      const { project, content } = projectAndOutsideContent();
      const ingest = run("ingest", project, ["--content", content]);
      expect(ingest).toEqual({ status: 0, stdout: wrote(`${content}/filings`, `${content}/sources`), stderr: "" });
      expect(readdirSync(project)).toEqual([]);
      const markdown = readFileSync(join(content, "filings", `${SAMPLE}.md`), "utf8");
      expect(checkFilingFrontmatter(markdown, `${SAMPLE}.md`).data?.source.path).toBe(`content/sources/${SAMPLE}.txt`);
    },
    TIMEOUT,
  );

  it(
    "ingests the folder DOSSIER_CONTENT names, and --content wins over it",
    () => {
      const { project, content } = projectAndOutsideContent();
      expect(run("ingest", project, [], { DOSSIER_CONTENT: content }).stdout).toBe(wrote(`${content}/filings`, `${content}/sources`));
      const other = projectAndOutsideContent().content;
      expect(run("ingest", project, ["--content", other], { DOSSIER_CONTENT: content }).stdout).toBe(wrote(`${other}/filings`, `${other}/sources`));
    },
    TIMEOUT,
  );

  it(
    "reads a relative --content from the project root and names files inside the project relative to it",
    () => {
      const project = temporaryFolder("dossier-project-");
      mkdirSync(join(project, "filings-2002/sources"), { recursive: true });
      copyFileSync(SAMPLE_SOURCE, join(project, "filings-2002/sources", `${SAMPLE}.txt`));
      expect(run("ingest", project, ["--content", "filings-2002"])).toEqual({ status: 0, stdout: wrote("filings-2002/filings", "filings-2002/sources"), stderr: "" });
      expect(existsSync(join(project, "filings-2002/filings", `${SAMPLE}.md`))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "names the source where it is in ingest's messages",
    () => {
      const { project, content } = projectAndOutsideContent();
      writeFileSync(join(content, "sources/tiny-note.txt"), "Please find the enclosed papers.\n");
      const ingest = run("ingest", project, ["--content", content, join(content, "sources/tiny-note.txt")]);
      expect(ingest.status).toBe(1);
      expect(ingest.stderr).toContain(`${content}/sources/tiny-note.txt:1: expected the filing to state its kind, found "nothing ingest could read" [ingest-metadata-missing]`);
    },
    TIMEOUT,
  );

  it(
    "records the folder's pages and anchors in its own anchor-ledger.txt with npm run ledger --content",
    () => {
      const { project, content } = projectAndOutsideContent();
      run("ingest", project, ["--content", content]);
      const ledger = run("ledger", project, ["--content", content]);
      expect(ledger.status).toBe(0);
      expect(ledger.stdout).toMatch(new RegExp(`^${content}/anchor-ledger\\.txt: \\d+ added, \\d+ in all\\n$`));
      expect(readFileSync(join(content, "anchor-ledger.txt"), "utf8")).toContain(`/filings/${SAMPLE}/#s4b-termination-by-the-company\n`);
      expect(readdirSync(project)).toEqual([]);
      expect(run("ledger", project, [], { DOSSIER_CONTENT: content }).stdout).toMatch(/: 0 added, \d+ in all\n$/);
    },
    TIMEOUT,
  );
});

describe("npm run ingest with a file from outside the content folder", () => {
  /** A project with content/sources/ (empty) and the sample source in incoming/, outside the content folder. */
  function projectWithIncoming(): string {
    const project = temporaryFolder("dossier-project-");
    mkdirSync(join(project, "content/sources"), { recursive: true });
    mkdirSync(join(project, "incoming"));
    copyFileSync(SAMPLE_SOURCE, join(project, "incoming", `${SAMPLE}.txt`));
    return project;
  }

  it(
    "copies it into sources/ byte for byte, says so, then ingests the copy",
    () => {
      const project = projectWithIncoming();
      const ingest = run("ingest", project, [`incoming/${SAMPLE}.txt`]);
      expect(ingest).toEqual({
        status: 0,
        stdout: `copied  incoming/${SAMPLE}.txt -> content/sources/${SAMPLE}.txt\n${wrote("content/filings", "content/sources")}`,
        stderr: "",
      });
      expect(readFileSync(join(project, "content/sources", `${SAMPLE}.txt`)).equals(readFileSync(SAMPLE_SOURCE))).toBe(true);
      expect(existsSync(join(project, "incoming", `${SAMPLE}.txt`))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "copies bytes that are not valid text unchanged too",
    () => {
      const project = projectWithIncoming();
      // Latin-1 "é" and a CR LF line end: a copy through a string would change both.
      const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" note\r\n")]);
      writeFileSync(join(project, "incoming/cafe-note.txt"), bytes);
      const flags = ["--kind", "note", "--company", "Acme Corp", "--date", "2002-10-02"];
      const ingest = run("ingest", project, [...flags, "incoming/cafe-note.txt"]);
      expect(ingest.stdout).toContain("copied  incoming/cafe-note.txt -> content/sources/cafe-note.txt\n");
      expect(readFileSync(join(project, "content/sources/cafe-note.txt")).equals(bytes)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "copies a file from the project's content/sources/ into the content folder DOSSIER_CONTENT names",
    () => {
      const project = temporaryFolder("dossier-project-");
      mkdirSync(join(project, "content/sources"), { recursive: true });
      copyFileSync(SAMPLE_SOURCE, join(project, "content/sources", `${SAMPLE}.txt`));
      const content = temporaryFolder("dossier-content-");
      const ingest = run("ingest", project, [`content/sources/${SAMPLE}.txt`], { DOSSIER_CONTENT: content });
      expect(ingest.stdout).toBe(`copied  content/sources/${SAMPLE}.txt -> ${content}/sources/${SAMPLE}.txt\n${wrote(`${content}/filings`, `${content}/sources`)}`);
      expect(readdirSync(join(project, "content"))).toEqual(["sources"]);
    },
    TIMEOUT,
  );

  it(
    "just ingests when the same bytes are already in sources/ under that name",
    () => {
      const project = projectWithIncoming();
      copyFileSync(SAMPLE_SOURCE, join(project, "content/sources", `${SAMPLE}.txt`));
      const ingest = run("ingest", project, [`incoming/${SAMPLE}.txt`]);
      expect(ingest).toEqual({ status: 0, stdout: wrote("content/filings", "content/sources"), stderr: "" });
    },
    TIMEOUT,
  );

  it(
    "refuses a different file of the same name with ingest-source-clash, leaving the source there and writing nothing",
    () => {
      const project = projectWithIncoming();
      const there = "Cover letter, first version.\n";
      writeFileSync(join(project, "content/sources", `${SAMPLE}.txt`), there);
      writeFileSync(join(project, "incoming", `${SAMPLE}.txt`), "Cover letter, second version.\n");
      const ingest = run("ingest", project, [`incoming/${SAMPLE}.txt`]);
      expect(ingest.status).toBe(1);
      expect(ingest.stdout).toBe("");
      expect(ingest.stderr).toMatchInlineSnapshot(`
        "incoming/point360-2002-10-02-consulting-agreement.txt: expected the same bytes as content/sources/point360-2002-10-02-consulting-agreement.txt (sha256 be201430e81f…), the source already of that name, found "a different file, sha256 338b8a3ec840…" [ingest-source-clash]
          hint: Sources are never replaced. Give the new file a name of its own and ingest it again; if content/sources/point360-2002-10-02-consulting-agreement.txt is the wrong file, remove it and its Markdown first.
        "
      `);
      expect(readFileSync(join(project, "content/sources", `${SAMPLE}.txt`), "utf8")).toBe(there);
      expect(readdirSync(join(project, "content"))).toEqual(["sources"]);
    },
    TIMEOUT,
  );

  it(
    "still copies and ingests the other files named when one clashes",
    () => {
      const project = projectWithIncoming();
      writeFileSync(join(project, "content/sources/note.txt"), "first\n");
      writeFileSync(join(project, "incoming/note.txt"), "second\n");
      const ingest = run("ingest", project, ["incoming/note.txt", `incoming/${SAMPLE}.txt`]);
      expect(ingest.status).toBe(1);
      expect(ingest.stdout).toBe(`copied  incoming/${SAMPLE}.txt -> content/sources/${SAMPLE}.txt\n${wrote("content/filings", "content/sources")}`);
      expect(ingest.stderr).toContain("[ingest-source-clash]");
    },
    TIMEOUT,
  );
});

describe("the CLIs with a missing or empty content folder", () => {
  it(
    "ingest reports a content folder that does not exist, copying nothing and creating nothing",
    () => {
      const project = temporaryFolder("dossier-project-");
      const missing = join(project, "nowhere");
      for (const args of [[], [SAMPLE_SOURCE]]) {
        const ingest = run("ingest", project, args, { DOSSIER_CONTENT: missing });
        expect(ingest.status).toBe(1);
        expect(ingest.stdout).toBe("");
        expect(ingest.stderr).toContain('nowhere/: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "no such folder" [content-folder-missing]');
        expect(ingest.stderr).toContain("hint: Create it, or name the folder your filings are in: set DOSSIER_CONTENT");
        expect(ingest.stderr).not.toMatch(/^\s+at /m);
      }
      expect(readdirSync(project)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "ingest with no file reports a content folder with no raw filings",
    () => {
      const content = temporaryFolder("dossier-content-");
      const ingest = run("ingest", temporaryFolder("dossier-project-"), ["--content", content]);
      expect(ingest.status).toBe(1);
      expect(ingest.stderr).toContain(`${content}/: expected raw filings to ingest in ${content}/sources/, found "no sources folder" [content-folder-empty]`);
    },
    TIMEOUT,
  );

  it(
    "ledger reports a missing folder and a folder without Markdown, writing no ledger",
    () => {
      const project = temporaryFolder("dossier-project-");
      const missing = run("ledger", project, ["--content", "nowhere"]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('nowhere/: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "no such folder" [content-folder-missing]');
      const { content } = projectAndOutsideContent();
      const empty = run("ledger", project, ["--content", content]);
      expect(empty.status).toBe(1);
      expect(empty.stderr).toContain(`${content}/: expected Markdown filings (*.md) in ${content}/filings/, found "none, and 1 raw filing(s) in sources/" [content-folder-empty]`);
      expect(empty.stderr).toContain(`hint: Run npm run ingest to convert the 1 raw filing(s) in ${content}/sources/.`);
      expect(empty.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(content)).toEqual(["sources"]);
    },
    TIMEOUT,
  );
});

describe("the CLIs' usage", () => {
  it(
    "tells how to name the content folder",
    () => {
      const project = temporaryFolder("dossier-project-");
      for (const name of ["ingest", "ledger"] as const) {
        const help = run(name, project, ["--help"]);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain("[--content DIR]");
        expect(help.stdout).toContain("DOSSIER_CONTENT");
      }
      expect(run("ingest", project, ["--help"]).stdout).toContain("content/sources/<file>,\nwhich always means <content folder>/sources/<file>.");
    },
    TIMEOUT,
  );
});
