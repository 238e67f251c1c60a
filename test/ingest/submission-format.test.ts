import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectDocumentFormat } from "../../src/ingest/document-format.ts";
import { ingestFiling, writeMarkdownBody } from "../../src/ingest/index.ts";
import { readDocumentPart } from "../../src/ingest/read-document-part.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";
import { parseSubmission } from "../../src/ingest/submission.ts";
import { ROOT } from "../support/paths.ts";
import { SNIPPET_OVERRIDES } from "../support/ingest-html.ts";

const formatOf = (text: string) => detectDocumentFormat(splitSourceLines(text));

/** A submission of one document of the given type whose text is the given lines. */
function submission(type: string, text: string): string {
  return `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>1\n<FILENAME>file\n<TEXT>\n${text}\n</TEXT>\n</DOCUMENT>\n`;
}

describe("the format of a document, judged from its opening lines", () => {
  it("reads fixed-width filings as text, SGML table tags and <PAGE> markers included", () => {
    expect(formatOf("                     CONSULTING AGREEMENT\n\nThis Agreement is made as of October 2, 2002.\n")).toBe("text");
    expect(formatOf("<PAGE>\n                              PROXY STATEMENT\n<TABLE>\n<CAPTION>\n<S>        <C>\n")).toBe("text");
    expect(formatOf(readFileSync(join(ROOT, "test/fixtures/html/harrowlake-1997-def14a-sgml-table.txt"), "utf8"))).toBe("text");
  });

  it("reads a document with an <html>, <head>, <body> or doctype as HTML, whatever the case", () => {
    expect(formatOf("<HTML>\n<HEAD><TITLE>x</TITLE></HEAD>\n<BODY>\n<P>Text</P>\n")).toBe("html");
    expect(formatOf("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>\n")).toBe("html");
    expect(formatOf("\n\n<body bgcolor=\"#FFFFFF\">\n<p>Text</p>\n")).toBe("html");
  });

  it("reads an HTML fragment that opens with markup on several lines as HTML", () => {
    expect(formatOf("<P>\n<B>EXHIBIT 99.1</B>\n</P>\n<P>Acme Corp. today announced results.</P>\n")).toBe("html");
    expect(formatOf('<DIV style="font-family: Times">\n<P align="center"><B>PRESS RELEASE</B></P>\n')).toBe("html");
  });

  it("reads inline XBRL (an XML declaration, then an XHTML document) as HTML", () => {
    expect(formatOf('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">\n<body>\n')).toBe("html");
    expect(formatOf(readFileSync(join(ROOT, "test/fixtures/html/everly-2023-8k-inline-xbrl.htm"), "utf8"))).toBe("html");
  });

  it("reads XBRL instances, schemas and linkbases as xbrl, inside or outside the <XBRL> wrapper", () => {
    expect(formatOf('<?xml version="1.0"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">\n</xbrli:xbrl>\n')).toBe("xbrl");
    expect(formatOf('<XBRL>\n<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n</xsd:schema>\n</XBRL>\n')).toBe("xbrl");
    expect(formatOf('<?xml version="1.0"?>\n<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase">\n</link:linkbase>\n')).toBe("xbrl");
    expect(formatOf('<?xml version="1.0"?>\n<xbrl xmlns="http://www.xbrl.org/2003/instance">\n</xbrl>\n')).toBe("xbrl");
  });

  it("reads uuencoded files and anything in a <PDF> wrapper as binary", () => {
    expect(formatOf("begin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`2`!(``\n`\nend\n")).toBe("binary");
    expect(formatOf("\n\nbegin 0644 chart.gif\nM1TE&.#EA\n`\nend\n")).toBe("binary");
    const pdf = parseSubmission(splitSourceLines(submission("EX-99.2", "<PDF>\nbegin 644 report.pdf\nM)5!$1BTQ\n`\nend\n</PDF>")));
    expect(pdf.documents.map((part) => part.format)).toEqual(["binary"]);
  });

  it("does not take the word 'begin' in prose for a uuencoded file", () => {
    expect(formatOf("begin the annual meeting at 10:00 a.m.\n")).toBe("text");
  });

  it("reads an HTML fragment written on one line as HTML, and prints none of its tags", () => {
    const fragment = '<div style="font-size:10pt"><p align="center"><b>ACME CORP. REPORTS RESULTS</b></p><p>Acme Corp. (Nasdaq: ACME) today announced results for the quarter.</p></div>';
    expect(formatOf(fragment)).toBe("html");
    const result = ingestFiling({ text: submission("EX-99.1", fragment), sourcePath: "content/sources/fragment.txt", sha256: "0".repeat(64), overrides: SNIPPET_OVERRIDES });
    expect(writeMarkdownBody(result.nodes)).not.toMatch(/<\/?(?:div|p|b)\b|style=/);
  });
});

describe("the parts of an EDGAR submission", () => {
  const text = [
    "<SEC-DOCUMENT>0000000001-24-000001.txt : 20240126",
    "<SEC-HEADER>0000000001-24-000001.hdr.sgml : 20240126",
    "CONFORMED SUBMISSION TYPE:\tDEF 14A",
    "CONFORMED SUBMISSION TYPE:\tDEFA14A",
    "</SEC-HEADER>",
    "<DOCUMENT>",
    "<TYPE>DEF 14A",
    "<SEQUENCE>1",
    "<FILENAME>proxy.htm",
    "<DESCRIPTION>DEFINITIVE PROXY STATEMENT",
    "<TEXT>",
    "<XBRL>",
    '<?xml version="1.0"?>',
    '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Proxy text.</p></body></html>',
    "</XBRL>",
    "</TEXT>",
    "</DOCUMENT>",
    "<DOCUMENT>",
    "<TYPE>EX-101.INS",
    "<TEXT>",
    "<XBRL>",
    '<?xml version="1.0"?>',
    "<xbrli:xbrl>",
    "</xbrli:xbrl>",
    "</XBRL>",
    "</TEXT>",
    "</DOCUMENT>",
    "</SEC-DOCUMENT>",
  ].join("\n");
  const parsed = parseSubmission(splitSourceLines(text));

  it("splits the envelope, the documents and the trailer, and reads the header fields (first value wins)", () => {
    expect(parsed.envelope.map((line) => line.line)).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.fields["CONFORMED SUBMISSION TYPE"]).toBe("DEF 14A");
    expect(parsed.trailerLines).toEqual([28]);
    expect(parsed.documents.map(({ type, sequence, filename, description, format, range }) => ({ type, sequence, filename, description, format, range }))).toEqual([
      { type: "DEF 14A", sequence: 1, filename: "proxy.htm", description: "DEFINITIVE PROXY STATEMENT", format: "html", range: [6, 17] },
      { type: "EX-101.INS", sequence: null, filename: null, description: null, format: "xbrl", range: [18, 27] },
    ]);
  });

  it("keeps the document's text inside <TEXT> and sets its tag and wrapper lines aside as markup", () => {
    const [proxy, instance] = parsed.documents;
    expect(proxy!.lines.map((line) => line.line)).toEqual([13, 14]);
    expect(proxy!.markupLines).toEqual([6, 7, 8, 9, 10, 11, 12, 15, 16, 17]);
    expect(instance!.lines.map((line) => line.line)).toEqual([22, 23, 24]);
  });

  it("reads a plain file with no <DOCUMENT> as one document over all its lines", () => {
    const plain = parseSubmission(splitSourceLines("CONSULTING AGREEMENT\n\nThis Agreement is made today.\n"));
    expect(plain.envelope).toEqual([]);
    expect(plain.documents).toHaveLength(1);
    expect(plain.documents[0]).toMatchObject({ type: null, sequence: null, filename: null, format: "text", range: [1, 3], markupLines: [] });
  });

  it("reads a binary or XBRL document as nothing to show: no blocks, every line dropped with its format", () => {
    const instance = readDocumentPart(parsed.documents[1]!);
    expect(instance.blocks).toEqual([]);
    expect(instance.readable).toEqual([]);
    expect([...instance.dropped]).toEqual([
      [22, "xbrl"],
      [23, "xbrl"],
      [24, "xbrl"],
    ]);
  });
});

describe("a <DOCUMENT> with no <TEXT> tags", () => {
  const text = ["<DOCUMENT>", "<TYPE>EX-99.1", "<SEQUENCE>0", "First line of the exhibit.", "Second line.", "</DOCUMENT>", ""].join("\n");
  const [part] = parseSubmission(splitSourceLines(text)).documents;

  it("reads its text from the first line after its tags to the line before </DOCUMENT>", () => {
    expect(part!.lines.map((line) => line.text)).toEqual(["First line of the exhibit.", "Second line."]);
    expect(part!.markupLines).toEqual([1, 2, 3, 6]);
  });

  it("reads a sequence of 0 as none stated", () => {
    expect(part!.sequence).toBeNull();
  });
});

describe("XML that is data", () => {
  it("reads a Form 4's ownership document as XML data, not as a page", () => {
    const form4 = '<?xml version="1.0"?>\n<ownershipDocument>\n<issuer><issuerName>Acme Corp</issuerName></issuer>\n<reportingOwner><rptOwnerName>Jane Roe</rptOwnerName></reportingOwner>\n</ownershipDocument>\n';
    expect(formatOf(form4)).toBe("xml");
    expect(formatOf('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html>\n')).toBe("html");
  });
});
