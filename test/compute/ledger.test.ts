import { describe, expect, it } from "vitest";
import {
  buildPublishedEntries,
  checkLedger,
  parseLedger,
  parseRedirects,
  resolveRedirects,
  type LedgerEntry,
  type Redirect,
} from "../../src/compute/ledger.ts";
import { formatDiagnostic } from "../../src/lib/diagnostic.ts";

const FILES = { ledger: "content/anchor-ledger.txt", redirects: "content/redirects.txt" };

/** Ledger entries for the given paths, numbered from line 3 as if after the two header lines. */
function ledger(...paths: string[]): LedgerEntry[] {
  return paths.map((path, index) => ({ path, line: index + 3 }));
}

/** Redirects from `old -> new` pairs, numbered from line 1. */
function redirects(...pairs: [string, string][]): Redirect[] {
  return pairs.map(([from, to], index) => ({ from, to, line: index + 1 }));
}

/** Returns the published entries of one filing, `/filings/<id>/…`, with its anchors and source length. */
function publish(id: string, anchors: string[], lastLine = 100, firstLine = 1): string[] {
  return buildPublishedEntries([{ id, anchors, sourceLines: [firstLine, lastLine] }]);
}

describe("parseLedger", () => {
  it("returns one entry per path with its 1-based line, skipping comments and blank lines", () => {
    const text = [
      "# Every page and anchor Dossier has published.",
      "# the build fails when one of them disappears",
      "",
      "/filings/acme-2002-10-02-consulting-agreement/",
      "   ",
      "/filings/acme-2002-10-02-consulting-agreement/#s4b-termination",
      "  /filings/acme-2002-10-02-consulting-agreement/source/#L1-L273  ",
      "",
    ].join("\n");
    expect(parseLedger(text, FILES.ledger)).toEqual({
      entries: [
        { path: "/filings/acme-2002-10-02-consulting-agreement/", line: 4 },
        { path: "/filings/acme-2002-10-02-consulting-agreement/#s4b-termination", line: 6 },
        { path: "/filings/acme-2002-10-02-consulting-agreement/source/#L1-L273", line: 7 },
      ],
      diagnostics: [],
    });
  });

  it("reads a ledger with Windows line endings", () => {
    const { entries, diagnostics } = parseLedger("# header\r\n/filings/a/\r\n/filings/a/#s1\r\n", FILES.ledger);
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => e.path)).toEqual(["/filings/a/", "/filings/a/#s1"]);
  });

  it("reports a malformed line as ledger-line-invalid and keeps reading", () => {
    const text = "/filings/a/\nfilings/a/#s1\n/filings/b/#s 2\n/filings/c/\n";
    const { entries, diagnostics } = parseLedger(text, FILES.ledger);
    expect(entries.map((e) => e.path)).toEqual(["/filings/a/", "/filings/c/"]);
    expect(diagnostics.map((d) => [d.line, d.rule, d.found])).toEqual([
      [2, "ledger-line-invalid", "filings/a/#s1"],
      [3, "ledger-line-invalid", "/filings/b/#s 2"],
    ]);
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"content/anchor-ledger.txt:2: expected a site path like /filings/<id>/#<anchor>, found "filings/a/#s1" [ledger-line-invalid]"`);
  });
});

describe("parseRedirects", () => {
  it("returns each `old -> new` line with its line number, skipping comments and blank lines", () => {
    const text = "# moves\n\n/filings/a/#x -> /filings/b/#y\n  /filings/old/   ->   /filings/new/  \n";
    expect(parseRedirects(text, FILES.redirects)).toEqual({
      redirects: [
        { from: "/filings/a/#x", to: "/filings/b/#y", line: 3 },
        { from: "/filings/old/", to: "/filings/new/", line: 4 },
      ],
      diagnostics: [],
    });
  });

  it("accepts the shortest paths the ledger accepts", () => {
    expect(parseRedirects("/a/#x -> /b/#y", FILES.redirects).redirects).toEqual([{ from: "/a/#x", to: "/b/#y", line: 1 }]);
  });

  it("reports a line without an arrow, with a bad path or with extra words as redirect-line-invalid", () => {
    const text = ["/a/#x /b/#y", "/a/#x => /b/#y", "/a/#x -> b/#y", "/a/#x -> /b/#y /c/", "/a/#ok -> /b/#ok"].join("\n");
    const { redirects: parsed, diagnostics } = parseRedirects(text, FILES.redirects);
    expect(parsed).toEqual([{ from: "/a/#ok", to: "/b/#ok", line: 5 }]);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [1, "redirect-line-invalid"],
      [2, "redirect-line-invalid"],
      [3, "redirect-line-invalid"],
      [4, "redirect-line-invalid"],
    ]);
    expect(formatDiagnostic(diagnostics[1]!)).toMatchInlineSnapshot(`"content/redirects.txt:2: expected a redirect written as /filings/<old>/#<anchor> -> /filings/<new>/#<anchor>, found "/a/#x => /b/#y" [redirect-line-invalid]"`);
  });
});

describe("buildPublishedEntries", () => {
  it("lists each filing's page, anchors, source page and whole source line range, sorted", () => {
    expect(
      buildPublishedEntries([
        { id: "zeta-2003-01-01-plan", anchors: ["s2-term", "s1-grant"], sourceLines: [1, 12] },
        { id: "acme-2002-10-02-consulting-agreement", anchors: ["s4b-termination"], sourceLines: [1, 273] },
      ]),
    ).toEqual([
      "/filings/acme-2002-10-02-consulting-agreement/",
      "/filings/acme-2002-10-02-consulting-agreement/#s4b-termination",
      "/filings/acme-2002-10-02-consulting-agreement/source/",
      "/filings/acme-2002-10-02-consulting-agreement/source/#L1-L273",
      "/filings/zeta-2003-01-01-plan/",
      "/filings/zeta-2003-01-01-plan/#s1-grant",
      "/filings/zeta-2003-01-01-plan/#s2-term",
      "/filings/zeta-2003-01-01-plan/source/",
      "/filings/zeta-2003-01-01-plan/source/#L1-L12",
    ]);
  });

  it("lists an anchor that appears twice only once", () => {
    expect(publish("a", ["s1", "s1"], 5)).toEqual(["/filings/a/", "/filings/a/#s1", "/filings/a/source/", "/filings/a/source/#L1-L5"]);
  });

  it("gives the same list whatever order the filings come in", () => {
    const a = { id: "a", anchors: ["x"], sourceLines: [1, 1] as const };
    const b = { id: "b", anchors: ["y"], sourceLines: [1, 2] as const };
    expect(buildPublishedEntries([b, a])).toEqual(buildPublishedEntries([a, b]));
  });
});

describe("checkLedger", () => {
  const published = publish("point", ["s1-consulting", "s4-term"]);

  it("finds nothing wrong when every recorded entry is still published", () => {
    expect(checkLedger(ledger(...published), published, [], FILES)).toEqual([]);
  });

  it("reports an anchor that disappeared without a redirect as anchor-removed, at its ledger line, with a hint", () => {
    const recorded = ledger(...published, "/filings/point/#s2-fees");
    const diagnostics = checkLedger(recorded, published, [], FILES);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: "error",
      file: FILES.ledger,
      line: published.length + 3,
      found: "/filings/point/#s2-fees",
      rule: "anchor-removed",
    });
    expect(diagnostics[0]!.hint).toContain('"/filings/point/#s2-fees -> <new path>"');
    expect(diagnostics[0]!.hint).toContain(FILES.redirects);
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`
      "content/anchor-ledger.txt:8: expected the published link to still exist or to have a redirect in content/redirects.txt, found "/filings/point/#s2-fees" [anchor-removed]
        hint: Restore the id in the filing's Markdown, or add a line "/filings/point/#s2-fees -> <new path>" to content/redirects.txt."
    `);
  });

  it("accepts a removed anchor that redirects to a published anchor", () => {
    const recorded = ledger(...published, "/filings/point/#s2-fees");
    const moves = redirects(["/filings/point/#s2-fees", "/filings/point/#s4-term"]);
    expect(checkLedger(recorded, published, moves, FILES)).toEqual([]);
  });

  it("keeps the fragment across a page-level redirect when the new page publishes that anchor", () => {
    const live = publish("new", ["s1"]);
    const recorded = ledger("/filings/old/", "/filings/old/#s1", ...live);
    const moves = redirects(["/filings/old/", "/filings/new/"]);
    expect(checkLedger(recorded, live, moves, FILES)).toEqual([]);
  });

  it("reports a fragment that a page-level redirect leads to an anchor the new page lacks", () => {
    const live = publish("new", ["s1"]);
    const recorded = ledger("/filings/old/", "/filings/old/#s2", ...live);
    const moves = redirects(["/filings/old/", "/filings/new/"]);
    const diagnostics = checkLedger(recorded, live, moves, FILES);
    expect(diagnostics.map((d) => [d.rule, d.line, d.found])).toEqual([["anchor-removed", 4, "/filings/old/#s2"]]);
  });

  it("follows a chain of redirects to a published anchor", () => {
    const live = publish("c", ["s3"]);
    const recorded = ledger("/filings/a/#s1", ...live);
    const moves = redirects(["/filings/a/#s1", "/filings/b/#s2"], ["/filings/b/#s2", "/filings/c/#s3"]);
    expect(checkLedger(recorded, live, moves, FILES)).toEqual([]);
  });

  it("reports a redirect to a path that is not published as redirect-target-missing, at its line", () => {
    const recorded = ledger(...published, "/filings/point/#s2-fees");
    const moves = redirects(["/filings/point/#s3-expenses", "/filings/point/#s4-term"], ["/filings/point/#s2-fees", "/filings/point/#s9-gone"]);
    const diagnostics = checkLedger(recorded, published, moves, FILES);
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.found])).toEqual([
      ["anchor-removed", FILES.ledger, published.length + 3, "/filings/point/#s2-fees"],
      ["redirect-target-missing", FILES.redirects, 2, "/filings/point/#s9-gone"],
    ]);
    expect(formatDiagnostic(diagnostics[1]!)).toMatchInlineSnapshot(`"content/redirects.txt:2: expected a redirect to a published page or anchor, found "/filings/point/#s9-gone" [redirect-target-missing]"`);
  });

  it("warns once about published paths missing from the ledger, naming how many and one of them", () => {
    const recorded = ledger("/filings/point/", "/filings/point/#s1-consulting");
    const diagnostics = checkLedger(recorded, published, [], FILES);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", rule: "anchor-unrecorded", file: FILES.ledger, line: 0 });
    expect(diagnostics[0]!.found).toBe(`${published.length - 2} not yet recorded, e.g. /filings/point/#s4-term`);
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`
      "content/anchor-ledger.txt: warning: expected every published page and anchor to be in the ledger, found "3 not yet recorded, e.g. /filings/point/#s4-term" [anchor-unrecorded]
        hint: Run npm run ledger and commit the ledger, so these links are kept from now on."
    `);
  });

  it("keeps a recorded whole-source line range valid while the source has at least that many lines", () => {
    const recorded = ledger("/filings/point/source/#L1-L100");
    const longer = publish("point", [], 120);
    expect(checkLedger(recorded, longer, [], FILES).filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reports a recorded line range past the end of a source that got shorter", () => {
    const recorded = ledger("/filings/point/source/#L1-L100");
    const shorter = publish("point", [], 90);
    const errors = checkLedger(recorded, shorter, [], FILES).filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.rule, d.found])).toEqual([["anchor-removed", "/filings/point/source/#L1-L100"]]);
  });

  it("keeps a document's line range valid while its source page still shows those lines", () => {
    const recorded = ledger("/filings/exhibit/source/#L120-L450");
    expect(checkLedger(recorded, publish("exhibit", [], 460, 118), [], FILES).filter((d) => d.severity === "error")).toEqual([]);
    const moved = checkLedger(recorded, publish("exhibit", [], 450, 121), [], FILES).filter((d) => d.severity === "error");
    expect(moved.map((d) => [d.rule, d.found])).toEqual([["anchor-removed", "/filings/exhibit/source/#L120-L450"]]);
  });

  it("does not let another filing's longer source keep a line range valid", () => {
    const recorded = ledger("/filings/point/source/#L1-L100");
    const live = [...publish("point", [], 90), ...publish("other", [], 500)];
    const errors = checkLedger(recorded, live, [], FILES).filter((d) => d.severity === "error");
    expect(errors.map((d) => d.found)).toEqual(["/filings/point/source/#L1-L100"]);
  });
});

describe("resolveRedirects", () => {
  const live = new Set(["/filings/new/", "/filings/new/#s1", "/filings/new/source/", "/filings/new/source/#L1-L50"]);

  it("returns a published path unchanged", () => {
    expect(resolveRedirects("/filings/new/#s1", live, [])).toBe("/filings/new/#s1");
  });

  it("returns undefined for a path that is neither published nor redirected", () => {
    expect(resolveRedirects("/filings/new/#s2", live, [])).toBeUndefined();
  });

  it("follows an exact redirect", () => {
    expect(resolveRedirects("/filings/old/#a", live, redirects(["/filings/old/#a", "/filings/new/#s1"]))).toBe("/filings/new/#s1");
  });

  it("carries the fragment over a page-level redirect", () => {
    expect(resolveRedirects("/filings/old/#s1", live, redirects(["/filings/old/", "/filings/new/"]))).toBe("/filings/new/#s1");
    expect(resolveRedirects("/filings/old/#s2", live, redirects(["/filings/old/", "/filings/new/"]))).toBeUndefined();
  });

  it("prefers an exact anchor redirect over the page-level one", () => {
    const moves = redirects(["/filings/old/", "/filings/elsewhere/"], ["/filings/old/#renamed", "/filings/new/#s1"]);
    expect(resolveRedirects("/filings/old/#renamed", live, moves)).toBe("/filings/new/#s1");
  });

  it("follows a chain mixing page-level and exact redirects", () => {
    const moves = redirects(["/filings/a/", "/filings/b/"], ["/filings/b/#x", "/filings/new/#s1"]);
    expect(resolveRedirects("/filings/a/#x", live, moves)).toBe("/filings/new/#s1");
  });

  it("returns the recorded line range itself when a longer source still covers it", () => {
    expect(resolveRedirects("/filings/new/source/#L1-L40", live, [])).toBe("/filings/new/source/#L1-L40");
    expect(resolveRedirects("/filings/new/source/#L1-L60", live, [])).toBeUndefined();
  });

  it("moves a line range with its source page", () => {
    const moves = redirects(["/filings/old/source/", "/filings/new/source/"]);
    expect(resolveRedirects("/filings/old/source/#L1-L50", live, moves)).toBe("/filings/new/source/#L1-L50");
  });

  it("gives up on a redirect loop instead of running forever", () => {
    const moves = redirects(["/filings/a/#x", "/filings/b/#x"], ["/filings/b/#x", "/filings/a/#x"]);
    expect(resolveRedirects("/filings/a/#x", live, moves)).toBeUndefined();
  });
});
