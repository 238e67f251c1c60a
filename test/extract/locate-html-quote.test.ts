import { describe, expect, it } from "vitest";
import { locateHtmlQuote, readVisibleText } from "../../src/extract/locate-html-quote.ts";

const HTML = [
  "<html><head><title>Not shown</title></head><body>",
  '<p style="font-size:10pt">The Company shall pay <b>Jane&#160;Q. Roe</b> a salary',
  "of $120,000 per year.</p>",
  '<div style="display:none">The Company shall pay nobody</div>',
  "<table><tr><td>Jane Q. Roe</td><td>$</td><td>120,000</td><td>(1,234</td><td>)</td></tr></table>",
  "</body></html>",
].join("\n");

/** The raw text a span covers, lines joined, as the original-text page highlights it. */
function covered(html: string, span: { startLine: number; startColumn: number; endLine: number; endColumn: number }): string {
  const lines = html.split("\n").slice(span.startLine - 1, span.endLine);
  lines[lines.length - 1] = lines.at(-1)!.slice(0, span.endColumn);
  lines[0] = lines[0]!.slice(span.startColumn - 1);
  return lines.join("\n");
}

describe("finding a quote in an HTML source", () => {
  const visible = readVisibleText(HTML);

  it("finds a sentence across inline tags, an entity and a line break, and spans its raw text exactly", () => {
    const span = locateHtmlQuote(visible, "The Company shall pay Jane Q. Roe a salary of $120,000 per year.");
    expect(span).toEqual({ startLine: 2, startColumn: 27, endLine: 3, endColumn: 21 });
    expect(covered(HTML, span!)).toBe("The Company shall pay <b>Jane&#160;Q. Roe</b> a salary\nof $120,000 per year.");
  });

  it("finds a table row whose $ and ) stand in cells of their own", () => {
    const span = locateHtmlQuote(visible, "Jane Q. Roe | $120,000 | (1,234)");
    expect(covered(HTML, span!)).toBe("Jane Q. Roe</td><td>$</td><td>120,000</td><td>(1,234</td><td>)");
  });

  it("never finds words a reader does not see", () => {
    expect(locateHtmlQuote(visible, "The Company shall pay nobody")).toBeUndefined();
    expect(locateHtmlQuote(visible, "Not shown")).toBeUndefined();
  });

  it("counts a CRLF as one line break and never finds words hidden by an attribute or visibility", () => {
    const crlf = "<p>alpha beta\r\ngamma delta</p>\r\n<p hidden>secret words</p><p style=\"visibility: hidden\">more secret</p>";
    expect(locateHtmlQuote(readVisibleText(crlf), "gamma delta")).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 11 });
    expect(locateHtmlQuote(readVisibleText(crlf), "secret words")).toBeUndefined();
    expect(locateHtmlQuote(readVisibleText(crlf), "more secret")).toBeUndefined();
  });
});
