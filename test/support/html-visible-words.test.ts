import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlSourceWords } from "./html-visible-words.ts";
import { join } from "node:path";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, ROOT, corpusHtmlFiles } from "./paths.ts";
import { normalizeWord, type SourceWord } from "./word-alignment.ts";

const words = (html: string) => htmlSourceWords(html).map((w) => w.word);
const required = (html: string) => htmlSourceWords(html).filter((w) => !w.optional).map((w) => w.word);
const optional = (html: string) => htmlSourceWords(html).filter((w) => w.optional).map((w) => w.word);
const shown = (words: readonly SourceWord[]) => words.map((w) => `${w.word}@${w.line}${w.optional ? "?" : ""}`);
const body = (inner: string) => `<html><body>${inner}</body></html>`;

describe("normalizeWord", () => {
  it("strips dollar and percent signs at a word's edges like punctuation", () => {
    expect(["$1,200", "12.5%", "(3.4)%", "$", "%", "US$5"].map(normalizeWord)).toEqual(["1,200", "12.5", "3.4", "", "", "US$5"]);
  });
});

describe("htmlSourceWords: what is not shown", () => {
  it("leaves out the head, title, scripts, styles and comments", () => {
    const html = "<html><head><title>Secret title</title><style>p { color: red }</style></head><body><script>var x = 1;</script><!-- a note --><p>Shown</p></body></html>";
    expect(words(html)).toEqual(["Shown"]);
  });

  it("leaves out elements marked hidden or styled display:none, however it is spaced or cased", () => {
    const html = body('<p hidden>Gone</p><div style="DISPLAY : None">Gone</div><div style="color:red;display:none !important">Gone</div><p>Kept</p><span style="display: inline">too</span>');
    expect(words(html)).toEqual(["Kept", "too"]);
  });

  it("leaves out inline XBRL's ix:header, inside a hidden div or not", () => {
    const header = '<ix:header><ix:hidden><ix:nonNumeric name="dei:DocumentType" contextRef="c1">8-K</ix:nonNumeric></ix:hidden><ix:resources><xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000123456</xbrli:identifier></xbrli:entity></xbrli:context></ix:resources></ix:header>';
    expect(words(body(`<div style="display:none">${header}</div><p>Current Report</p>${header}`))).toEqual(["Current", "Report"]);
  });
});

describe("htmlSourceWords: how text joins into words", () => {
  it("joins text across inline elements and splits it at blocks, cells and line breaks", () => {
    const html = body("<p><b>Sal</b>ary and <font>bo</font><span>nus</span><a href='#x'>es</a></p><p>A</p><div>B<br>C</div><table><tr><td>D</td><td>E</td></tr></table><ul><li>F</li><li>G</li></ul><h2>H</h2>I");
    expect(words(html)).toEqual(["Salary", "and", "bonuses", "A", "B", "C", "D", "E", "F", "G", "H", "I"]);
  });

  it("keeps ix:* tags transparent, so a tagged fact counts like the text around it", () => {
    const html = body('<p>Revenue was $<ix:nonFraction name="us-gaap:Revenues" contextRef="c1" unitRef="usd" decimals="-3" scale="3">41,200</ix:nonFraction> thousand for <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c1">June 30</ix:nonNumeric>.</p>');
    expect(words(html)).toEqual(["Revenue", "was", "41,200", "thousand", "for", "June", "30"]);
  });

  it("follows an inline style's display over the tag: inline divs run on, a block span stands apart", () => {
    const html = body('<div style="display:inline">Sal</div><div style="font-weight:bold;display:inline;">ary</div><span style="display:block">Bonus</span>Total');
    expect(words(html)).toEqual(["Salary", "Bonus", "Total"]);
  });

  it("decodes entities, reads &nbsp; as white space and Windows-1252 references as browsers do", () => {
    const html = body("<p>AT&amp;T&#146;s &ldquo;Plan&rdquo;&nbsp;&nbsp;paid&nbsp;$5&#160;million &#151; caf&eacute;</p>");
    expect(words(html)).toEqual(["AT&T\u2019s", "Plan", "paid", "5", "million", "\u2014", "caf\u00e9"]);
  });

  it("drops dollar and percent cells of a table, as normalizeWord drops the signs", () => {
    expect(words(body("<table><tr><td>$</td><td>1,200</td><td>12.5</td><td>%</td><td>(300</td><td>)</td></tr></table>"))).toEqual(["1,200", "12.5", "300"]);
  });

  it("makes a bullet glyph opening a block optional, but not a dash that means none", () => {
    const html = body("<table><tr><td>&#149;</td><td>Salary</td></tr><tr><td>&#8212;</td><td>-0-</td></tr></table><p>&#183;&nbsp;&nbsp;Bonus</p>");
    expect(optional(html)).toEqual(["\u2022", "\u00b7"]);
    expect(required(html)).toEqual(["Salary", "\u2014", "-0-", "Bonus"]);
  });
});

describe("htmlSourceWords: lines", () => {
  it("gives each word the line of the file it starts on, across tags, entities and line breaks", () => {
    const html = "<html>\n<body>\n<p>First&nbsp;line\nsecond <b>li</b>ne\n</p>\n<p>\n\nlast</p></body></html>\n";
    expect(shown(htmlSourceWords(html))).toEqual(["First@3", "line@3", "second@4", "line@4", "last@8"]);
  });

  it("reads the EDGAR envelope lines around the HTML as optional words with their own lines", () => {
    const file = ["<DOCUMENT>", "<TYPE>8-K", "<SEQUENCE>1", "<FILENAME>acme8k.htm", "<DESCRIPTION>FORM 8-K", "<TEXT>", "<HTML>", "<BODY>", "<P>Item 8.01</P>", "</BODY>", "</HTML>", "</TEXT>", "</DOCUMENT>", ""].join("\n");
    expect(shown(htmlSourceWords(file))).toEqual(["8-K@2?", "1@3?", "acme8k.htm@4?", "FORM@5?", "8-K@5?", "Item@9", "8.01@9"]);
  });

  it("reads a complete submission: header optional, HTML and plain-text documents in order, a graphic optional", () => {
    const file = [
      "-----BEGIN PRIVACY-ENHANCED MESSAGE-----",
      "<SEC-DOCUMENT>0000000000-09-000001.txt : 20090302",
      "<SEC-HEADER>0000000000-09-000001.hdr.sgml : 20090302",
      "ACCESSION NUMBER:\t\t0000000000-09-000001",
      "</SEC-HEADER>",
      "<DOCUMENT>",
      "<TYPE>8-K",
      "<TEXT>",
      "<html><body><p>Cover</p></body></html>",
      "</TEXT>",
      "</DOCUMENT>",
      "<DOCUMENT>",
      "<TYPE>EX-99.1",
      "<TEXT>",
      "Press release",
      "</TEXT>",
      "</DOCUMENT>",
      "<DOCUMENT>",
      "<TYPE>GRAPHIC",
      "<TEXT>",
      "begin 644 logo.jpg",
      "M_]C_X``02D9)1@`!`0$`2`!(``#_VP!#``@&!@<&!0@'!P<)\"0@*#!0-#`L+",
      "end",
      "</TEXT>",
      "</DOCUMENT>",
      "</SEC-DOCUMENT>",
      "-----END PRIVACY-ENHANCED MESSAGE-----",
    ].join("\n");
    const all = htmlSourceWords(file);
    expect(shown(all.filter((w) => !w.optional))).toEqual(["Cover@9", "Press@15", "release@15"]);
    expect(all.find((w) => w.word === "0000000000-09-000001")).toMatchObject({ line: 4, optional: true });
    expect(all.filter((w) => w.line >= 21 && w.line <= 23).every((w) => w.optional)).toBe(true);
  });

  it("reads the HTML inside an <XBRL> wrapper as HTML and an XML schema there as optional data", () => {
    const file = ["<DOCUMENT>", "<TYPE>8-K", "<TEXT>", "<XBRL>", '<?xml version="1.0"?>', "<html><body><p>Cover</p></body></html>", "</XBRL>", "</TEXT>", "</DOCUMENT>", "<DOCUMENT>", "<TYPE>EX-101.SCH", "<TEXT>", "<XBRL>", '<?xml version="1.0"?>', "<xsd:schema><xsd:annotation>Schema words</xsd:annotation></xsd:schema>", "</XBRL>", "</TEXT>", "</DOCUMENT>"].join("\n");
    expect(required(file)).toEqual(["Cover"]);
    expect(htmlSourceWords(file).filter((w) => w.line === 15 && w.optional)).toHaveLength(2);
  });
});

describe("htmlSourceWords: page numbers", () => {
  const page = (text: string) => `<p>Text of the page.</p><p>${text}</p><hr>`;

  it.each(["7", "- 7 -", "Page 7", "Page 7 of 20", "ii", "A-3", "&#150; 12 &#150;"])("makes %s beside a page break optional", (number) => {
    expect(required(body(page(number) + "<p>Next page.</p>"))).toEqual(["Text", "of", "the", "page", "Next", "page"]);
  });

  it("finds page numbers after a page-break style, at the end of the document, and past blank blocks", () => {
    const html = body('<p>One.</p><div style="page-break-after: always"><p>1</p></div><p style="PAGE-BREAK-BEFORE:always">2</p><p>Two.</p><p>3</p><p>&nbsp;</p><div style="break-before:page">Three.</div><p>4</p><p>&#160;</p>');
    expect(optional(html)).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps a number in prose or in a table, away from any page break", () => {
    const html = body("<p>Text before the break.</p><hr><p>The term is</p><p>7</p><p>years.</p><table><tr><td>2008</td><td>12</td></tr></table><p>The end.</p>");
    expect(optional(html)).toEqual([]);
  });

  it("keeps a number separated from the page break by a block of text", () => {
    expect(optional(body("<p>Shares held:</p><p>7</p><p>Signed.</p><hr><p>Next.</p>"))).toEqual([]);
  });

  it("does not count a page-break-inside or auto value as a page break", () => {
    expect(optional(body('<p>Text.</p><p style="page-break-after:avoid">7</p><p style="page-break-inside:avoid">Text.</p>'))).toEqual([]);
  });
});

describe("htmlSourceWords: running headers and footers", () => {
  const pages = (header: string, count: number) => body(Array.from({ length: count }, (_, i) => `<p>${header}</p><p>Body text of page ${i + 1}.</p><p>${i + 1}</p><hr>`).join(""));

  it("makes a short block repeated at three or more page tops optional", () => {
    expect(optional(pages("Acme Widgets, Inc.", 3))).toEqual(["Acme", "Widgets", "Inc", "1", "Acme", "Widgets", "Inc", "2", "Acme", "Widgets", "Inc", "3"]);
  });

  it("keeps a block seen at only two page tops", () => {
    expect(optional(pages("Acme Widgets, Inc.", 2))).toEqual(["1", "2"]);
  });

  it("keeps a repeated block of more than twelve words", () => {
    expect(optional(pages("This long line repeats at the top of every page and has thirteen words", 3))).toEqual(["1", "2", "3"]);
  });

  it("keeps the same words where they stand in the body, away from page breaks", () => {
    const html = pages("Acme Widgets, Inc.", 3).replace("</body>", "<p>Opening.</p><p>Second.</p><p>Acme Widgets, Inc.</p><p>Third.</p><p>Fourth.</p></body>");
    expect(required(html)).toContain("Widgets");
  });

  it("knows a footer by its text when a page number is set apart at its start or end", () => {
    const footer = (n: number) => (n % 2 ? `ACME WIDGETS, INC.&nbsp;&nbsp;&nbsp;&nbsp;${n}` : `${n}&#8195;ACME WIDGETS, INC.`);
    const html = body([1, 2, 3].map((n) => `<p>Body ${n}.</p><p>${footer(n)}</p><hr>`).join(""));
    expect(required(html)).toEqual(["Body", "1", "Body", "2", "Body", "3"]);
  });

  it("does not take a heading with a number for a footer when a single space holds them", () => {
    const html = body([1, 2, 3].map((n) => `<hr><p>Proposal ${n}</p><p>Text of proposal ${n}.</p>`).join(""));
    expect(optional(html)).toEqual([]);
  });
});

describe("htmlSourceWords on the made-up fixtures", () => {
  const fixture = (name: string) => htmlSourceWords(readFileSync(join(ROOT, "test/fixtures/html", name), "utf8"));

  it("makes the page numbers and running header of the paged proxy optional, and keeps its footnotes", () => {
    const found = fixture("birchwood-2006-def14a-pages.htm").filter((w) => w.line > 6);
    const optionalText = found.filter((w) => w.optional).map((w) => w.word).join(" ");
    expect(optionalText).toBe(["- 1 -", ...[2, 3, 4].flatMap((n) => ["Birchwood Lantern Corp \u2014 2006 Proxy Statement", `- ${n} -`])].join(" "));
    const footnotes = found.filter((w) => !w.optional && ["Ms", "Meeting", "Tax"].includes(w.word)).map((w) => w.line);
    expect(footnotes).toEqual([39, 41, 54]);
  });

  it("reads the fixed-width table in <pre> line by line, its typed rules optional", () => {
    const found = fixture("delmar-2003-ex99-press-release-pre-table.htm");
    expect(found.filter((w) => w.line === 31).map((w) => w.word)).toEqual(["Net", "sales", "18,614", "17,077", "33,905", "31,460"]);
    expect(found.filter((w) => /^[-=]+$/.test(w.word)).every((w) => w.optional)).toBe(true);
  });

  it("shows the inline XBRL facts and none of the hidden header", () => {
    const found = fixture("everly-2023-8k-inline-xbrl.htm");
    expect(found.some((w) => w.optional)).toBe(false);
    expect(found.filter((w) => w.word === "0009876502" || w.word === "false" || w.word.startsWith("iso4217"))).toEqual([]);
    expect(found.slice(0, 12).map((w) => w.word).join(" ")).toBe("UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington D.C 20549 FORM 8-K Date");
    expect(found.filter((w) => ["6.3", "0.84", "21,408", "350", "6,312"].includes(w.word)).map((w) => w.word)).toEqual(["6.3", "0.84", "21,408", "350", "6,312"]);
  });

  it("reads the complete submission's HTML and plain-text documents, the envelope, graphic and schema optional", () => {
    const found = fixture("granby-2011-8k-submission.txt");
    const kept = found.filter((w) => !w.optional);
    expect(kept[0]).toMatchObject({ word: "UNITED", line: 57 });
    expect(kept.filter((w) => w.word === "EXHIBIT" || w.word === "Exhibit").map((w) => w.line)).toEqual([65, 65, 68, 89, 113]);
    expect(kept.some((w) => w.word.startsWith("M_]C") || w.word.includes("xsd:"))).toBe(false);
    expect(found.find((w) => w.word === "0009876504")).toMatchObject({ line: 27, optional: true });
  });
});

describe.skipIf(!HAS_CORPUS)(`htmlSourceWords on the corpus's HTML filings${CORPUS_SKIP_NOTE}`, () => {
  it.for(corpusHtmlFiles().map((path) => [basename(path), path] as const))("%s: plausible words, no tag text, lines in order", async ([, path], { annotate }) => {
    const text = readFileSync(path, "utf8");
    const started = performance.now();
    const found = htmlSourceWords(text);
    await annotate(`${found.length} words (${found.filter((w) => w.optional).length} optional) in ${Math.round(performance.now() - started)} ms`);
    const visibleLetters = found.reduce((sum, w) => sum + w.word.length, 0);
    // Markup outweighs text in every HTML filing, but the text is far from empty.
    expect(visibleLetters).toBeLessThan(text.length / 2);
    expect(visibleLetters).toBeGreaterThan(text.length / 40);
    expect(found.filter((w) => /<\/?[a-z]|style=|=["']|&[a-z]+;|&#\d+;/i.test(w.word))).toEqual([]);
    const lineCount = text.split("\n").length;
    expect(found.every((w, i) => w.line >= 1 && w.line <= lineCount && (i === 0 || w.line >= found[i - 1]!.line))).toBe(true);
  });

  it("reads a corpus 8-K's cover, page numbers and envelope", () => {
    const file = corpusHtmlFiles().find((path) => basename(path).startsWith("horizonfinancial"));
    const found = htmlSourceWords(readFileSync(file!, "utf8"));
    expect(found.slice(0, 3).map((w) => `${w.word}@${w.line}${w.optional ? "?" : ""}`)).toEqual(["8-K@2?", "1@3?", "k8328.htm@4?"]);
    expect(found.filter((w) => w.optional && w.line > 6 && /^\d$/.test(w.word)).map((w) => w.word)).toEqual(["2", "3", "4", "1", "2", "3", "4", "5"]);
  });

  it("leaves the inline XBRL proxy's hidden header out and its running headers optional", () => {
    const file = corpusHtmlFiles().find((path) => basename(path).startsWith("cabot"));
    const found = htmlSourceWords(readFileSync(file!, "utf8"));
    expect(found.some((w) => w.word.startsWith("P10_01_2022To09_30_2023"))).toBe(false);
    const statement = found.filter((w) => w.word === "STATEMENT");
    expect(statement.filter((w) => w.optional).length).toBeGreaterThan(80);
  });
});
