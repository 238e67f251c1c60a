import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFilingFrontmatter } from "../../src/extract/check-frontmatter.ts";
import { ROOT } from "../support/paths.ts";

// Each run starts tsx afresh (about a second), and some tests run the command three times.
const TIMEOUT = 60_000;

const SAMPLE = "point360-2002-10-02-consulting-agreement";
const SOURCE = `content/sources/${SAMPLE}.txt`;
const TARGET = `content/filings/${SAMPLE}.md`;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const projects: string[] = [];

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Makes an empty project folder holding only content/sources/, with the sample source copied in. */
function freshProject(withSample = true): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-ingest-"));
  projects.push(dir);
  mkdirSync(join(dir, "content/sources"), { recursive: true });
  if (withSample) copyFileSync(join(ROOT, SOURCE), join(dir, SOURCE));
  return dir;
}

/** Runs `npm run ingest -- <args>` in the project folder and returns its exit code and output. */
function ingest(cwd: string, ...args: string[]): Run {
  // spawnSync rather than execFileSync: it returns stderr on success too, so tests can see warnings.
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/ingest.ts"), ...args], {
    cwd,
    encoding: "utf8",
    // An empty DOSSIER_CONTENT counts as unset: these tests use the project's content/ whatever the shell says.
    env: { ...process.env, NO_COLOR: "1", DOSSIER_CONTENT: "" },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}

const WROTE = `wrote   ${TARGET} from ${SOURCE} (consulting agreement, 2002-10-02)\n`;
const NOTHING = "Nothing to ingest: every file in content/sources/ has its Markdown already.\n";

describe("npm run ingest with no file", () => {
  it(
    "ingests the source that has no Markdown yet and says what it wrote",
    () => {
      const dir = freshProject();
      const run = ingest(dir);
      expect(run).toEqual({ status: 0, stdout: WROTE, stderr: "" });
      expect(readdirSync(join(dir, "content/filings"))).toEqual([`${SAMPLE}.md`]);
    },
    TIMEOUT,
  );

  it(
    "writes Markdown that opens with frontmatter which passes the frontmatter check",
    () => {
      const dir = freshProject();
      ingest(dir);
      const markdown = read(dir, TARGET);
      expect(markdown.startsWith("---\n")).toBe(true);
      const checked = checkFilingFrontmatter(markdown, TARGET);
      expect(checked.diagnostics).toEqual([]);
      expect(checked.data).toMatchObject({
        kind: "consulting agreement",
        company: "Point.360",
        date: "2002-10-02",
        source: { path: SOURCE, sha256: createHash("sha256").update(readFileSync(join(ROOT, SOURCE))).digest("hex") },
      });
      expect(checked.body).toContain("{#s4-term-and-termination");
    },
    TIMEOUT,
  );

  it(
    "says there is nothing left to ingest on the second run and leaves the file alone",
    () => {
      const dir = freshProject();
      ingest(dir);
      const before = read(dir, TARGET);
      expect(ingest(dir)).toEqual({ status: 0, stdout: NOTHING, stderr: "" });
      expect(read(dir, TARGET)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "reports a project without a content folder instead of ingesting nothing",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "dossier-ingest-"));
      projects.push(dir);
      const run = ingest(dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain('content/: expected a content folder holding sources/ (the raw filings) and filings/ (their Markdown), found "no such folder" [content-folder-missing]');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(dir)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe("npm run ingest with a file that already has its Markdown", () => {
  it(
    "keeps the existing Markdown, with the curator's edit, and says how to replace it",
    () => {
      const dir = freshProject();
      ingest(dir);
      const edited = read(dir, TARGET).replace("## CONSULTING AGREEMENT", "## CONSULTING AGREEMENT (edited by hand)");
      writeFileSync(join(dir, TARGET), edited);
      const run = ingest(dir, SOURCE);
      expect(run).toEqual({ status: 0, stdout: `kept    ${TARGET} (exists; pass --force to replace it)\n`, stderr: "" });
      expect(read(dir, TARGET)).toBe(edited);
    },
    TIMEOUT,
  );

  it(
    "replaces the edited Markdown with --force and says it wrote it",
    () => {
      const dir = freshProject();
      ingest(dir);
      const original = read(dir, TARGET);
      writeFileSync(join(dir, TARGET), original.replace("## CONSULTING AGREEMENT", "## EDITED"));
      const run = ingest(dir, "--force", SOURCE);
      expect(run).toEqual({ status: 0, stdout: WROTE, stderr: "" });
      expect(read(dir, TARGET)).toBe(original);
    },
    TIMEOUT,
  );

  it(
    "re-ingests every source with --force and no file",
    () => {
      const dir = freshProject();
      ingest(dir);
      writeFileSync(join(dir, TARGET), "edited\n");
      expect(ingest(dir, "--force")).toEqual({ status: 0, stdout: WROTE, stderr: "" });
      expect(read(dir, TARGET).startsWith("---\n")).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "writes byte-identical Markdown each time it ingests the same source",
    () => {
      const first = freshProject();
      const second = freshProject();
      ingest(first);
      ingest(second, SOURCE);
      const once = readFileSync(join(first, TARGET));
      expect(readFileSync(join(second, TARGET)).equals(once)).toBe(true);
      ingest(first, "--force", SOURCE);
      expect(readFileSync(join(first, TARGET)).equals(once)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "records the source path relative to the project when given an absolute path",
    () => {
      const dir = freshProject();
      const run = ingest(dir, join(dir, SOURCE));
      expect(run).toEqual({ status: 0, stdout: WROTE, stderr: "" });
      expect(checkFilingFrontmatter(read(dir, TARGET), TARGET).data?.source.path).toBe(SOURCE);
    },
    TIMEOUT,
  );
});

describe("npm run ingest with bad input", () => {
  it(
    "exits 1 with ingest-no-file for a path that does not exist",
    () => {
      const dir = freshProject();
      const run = ingest(dir, "content/sources/missing.txt");
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatchInlineSnapshot(`
        "content/sources/missing.txt: expected an existing file, found "content/sources/missing.txt" [ingest-no-file]
        "
      `);
    },
    TIMEOUT,
  );

  it(
    "still ingests the good files when one of the files named does not exist",
    () => {
      const dir = freshProject();
      const run = ingest(dir, "content/sources/missing.txt", SOURCE);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(WROTE);
      expect(run.stderr).toContain("[ingest-no-file]");
    },
    TIMEOUT,
  );

  describe("a source that states no title, kind, company or date", () => {
    const TINY = "content/sources/tiny-note.txt";

    function tinyProject(): string {
      const dir = freshProject(false);
      writeFileSync(join(dir, TINY), "Please find the enclosed papers.\n\nThank you for your help.\n");
      return dir;
    }

    it(
      "exits 1 with ingest-metadata-missing and hints at the flags to pass",
      () => {
        const dir = tinyProject();
        const run = ingest(dir, TINY);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("");
        expect(readdirSync(dir)).toEqual(["content"]);
        expect(readdirSync(join(dir, "content"))).toEqual(["sources"]);
        expect(run.stderr).toContain("[ingest-metadata-missing]");
        expect(run.stderr).toContain(`hint: Pass it on the command line, e.g. npm run ingest -- --date "…" ${TINY}`);
        expect(run.stderr).toContain(`hint: Pass it on the command line, e.g. npm run ingest -- --company "…" ${TINY}`);
        expect(run.stderr).toMatchInlineSnapshot(`
          "content/sources/tiny-note.txt:1: expected the filing to state its kind, found "nothing ingest could read" [ingest-metadata-missing]
            hint: Pass it on the command line, e.g. npm run ingest -- --kind "…" content/sources/tiny-note.txt
          content/sources/tiny-note.txt:1: expected the filing to state its company, found "nothing ingest could read" [ingest-metadata-missing]
            hint: Pass it on the command line, e.g. npm run ingest -- --company "…" content/sources/tiny-note.txt
          content/sources/tiny-note.txt:1: expected the filing to state its date, found "nothing ingest could read" [ingest-metadata-missing]
            hint: Pass it on the command line, e.g. npm run ingest -- --date "…" content/sources/tiny-note.txt
          "
        `);
      },
      TIMEOUT,
    );

    it(
      "ingests it when the title, kind, company and date are given as flags",
      () => {
        const dir = tinyProject();
        const flags = ["--title", "Cover Letter", "--kind", "cover letter", "--company", "Acme Corp", "--date", "2002-10-02"];
        const run = ingest(dir, ...flags, TINY);
        const target = "content/filings/acme-corp-2002-10-02-cover-letter.md";
        expect(run).toEqual({ status: 0, stdout: `wrote   ${target} from ${TINY} (cover letter, 2002-10-02)\n`, stderr: "" });
        const checked = checkFilingFrontmatter(read(dir, target), target);
        expect(checked.diagnostics).toEqual([]);
        expect(checked.data).toMatchObject({ title: "Cover Letter", kind: "cover letter", company: "Acme Corp", date: "2002-10-02", label: null, parties: [] });
        expect(checked.body).toContain("Please find the enclosed papers.");
      },
      TIMEOUT,
    );

    it(
      "ingests it when only the kind, company and date are given, titling it after the kind",
      () => {
        const dir = tinyProject();
        const run = ingest(dir, "--kind", "cover letter", "--company", "Acme Corp", "--date", "2002-10-02", TINY);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(read(dir, "content/filings/acme-corp-2002-10-02-cover-letter.md")).toContain('title: "Cover Letter"');
      },
      TIMEOUT,
    );

    it(
      "quotes a malformed --date back to the user",
      () => {
        const dir = tinyProject();
        const run = ingest(dir, "--title", "Cover Letter", "--kind", "cover letter", "--company", "Acme Corp", "--date", "Oct 2", TINY);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('found "Oct 2"');
      },
      TIMEOUT,
    );
  });

  it(
    "reports a filing with broken frontmatter at its line instead of crashing while looking for pending sources",
    () => {
      const dir = freshProject();
      mkdirSync(join(dir, "content/filings"));
      writeFileSync(join(dir, "content/filings/broken.md"), "---\ntitle: Consulting: Agreement\n---\n\nText.\n");
      const run = ingest(dir);
      expect(run.stderr).toContain("content/filings/broken.md:2:");
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );

  it(
    "answers an unknown option with a short message instead of a stack trace",
    () => {
      const run = ingest(freshProject(), "--froce");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("--froce");
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );
});

describe("npm run ingest --help", () => {
  it(
    "prints the usage and ingests nothing",
    () => {
      const dir = freshProject();
      const run = ingest(dir, "--help");
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(/^usage: npm run ingest -- \[--force\]/);
      expect(run.stdout).toContain("--date YYYY-MM-DD");
      expect(readdirSync(join(dir, "content"))).toEqual(["sources"]);
    },
    TIMEOUT,
  );
});
