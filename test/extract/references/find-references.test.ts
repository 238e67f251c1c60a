import { describe, expect, it } from "vitest";
import { compileReferenceFinder, type ReferenceVocabulary } from "../../../src/extract/references/index.ts";

const NONE: ReferenceVocabulary = { documentTitles: [], sectionTitles: [], tableTitles: [] };
const find = (text: string, vocabulary = NONE) => compileReferenceFinder(vocabulary)(text).map((m) => ({ text: m.text, ask: m.ask, at: text.slice(m.start, m.end) }));

describe("finding references to sections", () => {
  it("reads a section number with where it points as one reference", () => {
    expect(find("or earlier in accordance with Section 4(b) below or otherwise")).toEqual([
      { text: "Section 4(b) below", at: "Section 4(b) below", ask: { kind: "section", label: "4(b)", document: null } },
    ]);
  });

  it("gives each label of a list its own reference, the first with the word Paragraphs", () => {
    const found = find("assumed by the Buyer pursuant to Paragraphs 2(a), 2(b) and 2(c) above; and");
    expect(found.map((f) => [f.at, f.ask])).toEqual([
      ["Paragraphs 2(a)", { kind: "section", label: "2(a)", document: null }],
      ["2(b)", { kind: "section", label: "2(b)", document: null }],
      ["2(c)", { kind: "section", label: "2(c)", document: null }],
    ]);
  });

  it("keeps the document a section belongs to when the sentence names one", () => {
    const found = find("pursuant to Paragraph 2 of the Stock Purchase Agreement.");
    expect(found).toContainEqual({
      text: "Paragraph 2 of the Stock Purchase Agreement",
      at: "Paragraph 2 of the Stock Purchase Agreement",
      ask: { kind: "section", label: "2", document: "Stock Purchase Agreement" },
    });
  });

  it("reads a section of this document as one without a document", () => {
    expect(find("as set forth in this Section 4 and in Section 2 of this Agreement.").map((f) => f.ask)).toEqual([
      { kind: "section", label: "4", document: null },
      { kind: "section", label: "2", document: null },
    ]);
  });

  it("leaves sections of laws alone", () => {
    expect(find("Under Section 16(a) of the Securities Exchange Act of 1934 and rules")).toEqual([]);
    expect(find("In compliance with California Corporations Code section 705(e), the Proxy")).toEqual([]);
  });
});

describe("finding references to exhibits and documents", () => {
  it("reads an exhibit by letter, in capitals too, and stops before the next word", () => {
    expect(find("attached hereto as EXHIBIT B For all Services").map((f) => [f.at, f.ask])).toEqual([["EXHIBIT B", { kind: "exhibit", exhibit: "B", container: null }]]);
    expect(find("as set forth in the attached Exhibit A, to continue").map((f) => f.ask)).toEqual([{ kind: "exhibit", exhibit: "A", container: null }]);
  });

  it("reads a numbered exhibit with the document it is filed with", () => {
    const found = find("See Exhibit 10.3 to this Form 8-K.");
    expect(found[0]).toEqual({ text: "Exhibit 10.3 to this Form 8-K", at: "Exhibit 10.3 to this Form 8-K", ask: { kind: "exhibit", exhibit: "10.3", container: "this Form 8-K" } });
  });

  it("reads SEC forms with their date, and says when the text names its own form", () => {
    const forms = find("filed as an Exhibit to the Company's Form 8-K dated June 12, 2002. Its Form 10K/A-1 and this Form 10-Q").map((f) => f.ask);
    expect(forms).toEqual([
      { kind: "document", name: "Form 8-K", form: "8-K", date: "2002-06-12", self: false },
      { kind: "document", name: "Form 10K/A-1", form: "10K/A-1", date: null, self: false },
      { kind: "document", name: "Form 10-Q", form: "10-Q", date: null, self: true },
    ]);
  });

  it("does not take the form of proxy for an SEC form", () => {
    expect(find("SIGN AND DATE THE ENCLOSED FORM OF PROXY AND MAIL IT")).toEqual([]);
  });

  it("reads agreements by their capitalised title, without a leading This or The", () => {
    const found = find("entered into a Resignation and General Release Agreement pursuant to which he resigned. This Agreement and the Noncompetition Agreement");
    expect(found.map((f) => f.at)).toEqual(["Resignation and General Release Agreement", "Noncompetition Agreement"]);
    expect(found[1]!.ask).toEqual({ kind: "document", name: "Noncompetition Agreement", form: null, date: null, self: false });
  });

  it("reads the collection's titles in title case and capitals", () => {
    const found = find("described in the accompanying Proxy Statement and the PROXY STATEMENT", { ...NONE, documentTitles: ["Proxy Statement"] });
    expect(found.map((f) => f.at)).toEqual(["Proxy Statement", "PROXY STATEMENT"]);
  });
});

describe("finding sections named by their title", () => {
  it("reads a quoted heading of the same filing, without the comma inside the quotes", () => {
    const vocabulary = { ...NONE, sectionTitles: ["CERTAIN TRANSACTIONS", "AUDIT COMMITTEE REPORT"] };
    const found = find('(see "Certain Transactions") and the sections entitled "Audit Committee Report," and "Other Things"', vocabulary);
    expect(found.map((f) => [f.at, f.ask])).toEqual([
      ["Certain Transactions", { kind: "section-title", title: "Certain Transactions" }],
      ["Audit Committee Report", { kind: "section-title", title: "Audit Committee Report" }],
    ]);
  });

  it("reads a table's title unquoted when it is three words or more", () => {
    const found = find("the executive officers named in the Summary Compensation Table above", { ...NONE, tableTitles: ["SUMMARY COMPENSATION TABLE"] });
    expect(found.map((f) => [f.at, f.ask])).toEqual([["Summary Compensation Table", { kind: "section-title", title: "SUMMARY COMPENSATION TABLE" }]]);
  });
});
