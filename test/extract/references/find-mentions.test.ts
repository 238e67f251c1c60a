import { describe, expect, it } from "vitest";
import { compileMentionFinder, type MentionSource, type MentionVocabulary } from "../../../src/extract/references/index.ts";

const VOCABULARY: MentionVocabulary = {
  documentTitles: [],
  sectionTitles: [],
  tableTitles: [],
  people: [
    { id: "jane-q-roe", forms: ["Jane Q. Roe", "Ms. Roe", "Roe"] },
    { id: "kim-roe", forms: ["Kim Roe"] },
  ],
  terms: [
    { key: "company", forms: ["Company"] },
    { key: "committee", forms: ["Committee"] },
    { key: "widget services", forms: ["Widget Services", "WIDGET SERVICES"] },
  ],
};

/** A run of prose in one text node, unless segments are given. */
function prose(text: string, segments?: MentionSource["segments"]): MentionSource {
  return { text, kind: "prose", segments: segments ?? [{ start: 0, end: text.length, emphasis: false }] };
}

const find = (source: MentionSource) => compileMentionFinder(VOCABULARY)(source).map((m) => `${m.ask.kind}:${m.text}`);

describe("finding the mentions of a run of text", () => {
  it("matches the longest name first and never inside another word", () => {
    expect(find(prose("Kim Roe, wife of Jane Q. Roe, met Ms. Roe and Roebuck, then Roe."))).toEqual(["person:Kim Roe", "person:Jane Q. Roe", "person:Ms. Roe", "person:Roe"]);
  });

  it("matches names as printed, so a lowercase word is not a name", () => {
    expect(find(prose("the roe of a fish"))).toEqual([]);
  });

  it("does not link a term inside the sentence that defines it, but does in the next", () => {
    expect(find(prose("Acme Widgets (the COMPANY) is a Delaware corporation (the Company). The Company makes widgets."))).toEqual(["term:Company"]);
    const text = "The Advisor shall design widgets (the WIDGET SERVICES). The Widget Services shall be rendered.";
    const found = compileMentionFinder(VOCABULARY)(prose(text));
    expect(found.map((m) => [m.text, m.start])).toEqual([["Widget Services", text.lastIndexOf("Widget Services")]]);
  });

  it("leaves a term that is part of a longer capitalised name, but not one that opens a sentence", () => {
    expect(find(prose("The Audit Committee met. Committee members and the Committee agreed."))).toEqual(["term:Committee", "term:Committee"]);
  });

  it("links terms in prose only, and never in bold or italic headings", () => {
    expect(find({ ...prose("the Company"), kind: "cell" })).toEqual([]);
    const text = "(b) Termination by the Company. The Company may end it.";
    const heading = text.indexOf(" The Company may");
    expect(find(prose(text, [{ start: 0, end: 4, emphasis: false }, { start: 4, end: heading, emphasis: true }, { start: heading, end: text.length, emphasis: false }]))).toEqual(["term:Company"]);
  });

  it("drops a mention that runs across two text nodes, since it cannot be wrapped in one link", () => {
    const text = "signed by Jane Q. Roe today";
    expect(find(prose(text, [{ start: 0, end: 15, emphasis: false }, { start: 15, end: text.length, emphasis: false }]))).toEqual([]);
    expect(find(prose(text))).toEqual(["person:Jane Q. Roe"]);
  });

  it("keeps the longest of overlapping references", () => {
    expect(find(prose("or Section 1 of the Noncompetition Agreement between them, and Exhibit 10.3 to this Form 8-K."))).toEqual([
      "section:Section 1 of the Noncompetition Agreement",
      "exhibit:Exhibit 10.3 to this Form 8-K",
    ]);
  });
});
