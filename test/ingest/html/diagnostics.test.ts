import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/lib/diagnostic.ts";
import { ingestFiling } from "../../../src/ingest/index.ts";
import { ingestFile } from "../../support/ingest-html.ts";

const SHA = "0".repeat(64);
const GRAPHIC = "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>1\n<FILENAME>logo.jpg\n<TEXT>\nbegin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`2`!(``\n`\nend\n</TEXT>\n</DOCUMENT>\n";
const SCHEMA = '<DOCUMENT>\n<TYPE>EX-101.SCH\n<SEQUENCE>2\n<TEXT>\n<XBRL>\n<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n</xsd:schema>\n</XBRL>\n</TEXT>\n</DOCUMENT>\n';

describe("a source that is only binary or XBRL data", () => {
  it("is refused with ingest-no-text, naming the file and the document's line", () => {
    const result = ingestFiling({ text: GRAPHIC, sourcePath: "content/sources/logo-only.txt", sha256: SHA });
    expect(result.pages).toEqual([]);
    expect(result.id).toBeUndefined();
    expect(result.markdown).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      [
        'content/sources/logo-only.txt:1: expected a document of text or HTML to make a page of, found "only binary documents" [ingest-no-text]',
        "  hint: The file holds images, archives or XBRL data alone; ingest the submission's text documents instead.",
      ].join("\n"),
    ]);
  });

  it("is refused whether or not it is wrapped in a <DOCUMENT>, and its lines are counted as dropped", () => {
    const bare = ingestFiling({ text: "begin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`2`!(``\n`\nend\n", sourcePath: "content/sources/logo.uu", sha256: SHA });
    expect(bare.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.file, diagnostic.line])).toEqual([["ingest-no-text", "content/sources/logo.uu", 1]]);
    expect([...bare.dropped]).toEqual([
      [1, "binary"],
      [2, "binary"],
      [3, "binary"],
      [4, "binary"],
    ]);
  });

  it("names every format it found when it refuses the file", () => {
    const result = ingestFiling({ text: `${GRAPHIC}${SCHEMA}`, sourcePath: "content/sources/data-only.txt", sha256: SHA });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.found).toBe("only binary and xbrl documents");
  });
});

describe("an HTML filing that does not state its company or date", () => {
  const path = "test/fixtures/html/cobaltmeadow-2008-def14a-compensation-table.htm";

  it("makes no page and says, for each missing field, what to pass on the command line", () => {
    const result = ingestFile(path);
    expect(result.pages).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      [
        'content/sources/cobaltmeadow-2008-def14a-compensation-table.htm:1: expected the filing to state its company, found "nothing ingest could read" [ingest-metadata-missing]',
        '  hint: Pass it on the command line, e.g. npm run ingest -- --company "…" content/sources/cobaltmeadow-2008-def14a-compensation-table.htm',
      ].join("\n"),
      [
        'content/sources/cobaltmeadow-2008-def14a-compensation-table.htm:1: expected the filing to state its date, found "nothing ingest could read" [ingest-metadata-missing]',
        '  hint: Pass it on the command line, e.g. npm run ingest -- --date "…" content/sources/cobaltmeadow-2008-def14a-compensation-table.htm',
      ].join("\n"),
    ]);
  });

  it("still reads the document tree, so the tables can be checked before the fields are given", () => {
    expect(ingestFile(path).nodes.map((node) => node.type)).toEqual(["table", "table"]);
  });

  it("asks only for what is still missing when the user names the company", () => {
    const result = ingestFile(path, { company: "Cobalt Meadow Systems, Inc." });
    expect(result.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.expected])).toEqual([["ingest-metadata-missing", "the filing to state its date"]]);
  });

  it("makes its page once company and date are given, the kind read off the EDGAR document type", () => {
    const result = ingestFile(path, { company: "Cobalt Meadow Systems, Inc.", date: "2008-04-01" });
    expect(result.diagnostics).toEqual([]);
    expect(result.id).toBe("cobalt-meadow-systems-2008-04-01-proxy-statement");
    expect(result.frontmatter).toMatchObject({ kind: "proxy statement", label: "DEF 14A", company: "Cobalt Meadow Systems, Inc.", date: "2008-04-01" });
  });

  it("refuses an invalid date given on the command line with ingest-option-invalid", () => {
    const result = ingestFile(path, { company: "Cobalt Meadow Systems, Inc.", date: "April 1, 2008" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/cobaltmeadow-2008-def14a-compensation-table.htm: expected --date to be an ISO date like 2002-10-02, found "April 1, 2008" [ingest-option-invalid]',
    ]);
  });
});

describe("HTML nested deeper than a parser can follow", () => {
  it("is refused with a message naming the file and rule, not a crash", () => {
    const deep = `<html><body>${"<div>".repeat(20_000)}text${"</div>".repeat(20_000)}</body></html>`;
    const result = ingestFiling({ text: deep, sourcePath: "content/sources/deep.htm", sha256: "0".repeat(64) });
    expect(result.pages).toEqual([]);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.rule])).toEqual([["content/sources/deep.htm", "ingest-html-too-deep"]]);
  });
});

describe("an HTML file whose body shows nothing", () => {
  it("is written with a warning that names the file and rule", () => {
    const result = ingestFiling({ text: "<html><head><title>Only a title</title></head><body>   </body></html>", sourcePath: "content/sources/empty.htm", sha256: "0".repeat(64), overrides: { company: "Acme Corp.", date: "2000-01-01", kind: "letter" } });
    expect(result.pages).toHaveLength(1);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.rule])).toEqual([["warning", "ingest-empty-document"]]);
  });
});
