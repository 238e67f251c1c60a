import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/compensation/sentences.ts";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("does not end a sentence at an honorific, an initial or a company abbreviation", () => {
    const text = "Commencing June 1, 2002, Mr. Doe's salary was set at $250,000 per year. John Q. Roe of Acme, Inc. agreed. Done.";
    expect(texts(text)).toEqual(["Commencing June 1, 2002, Mr. Doe's salary was set at $250,000 per year.", "John Q. Roe of Acme, Inc. agreed.", "Done."]);
  });

  it("ends a sentence before a quote or a parenthesis", () => {
    expect(texts('It ends here. "Next" starts. (a) Then this.')).toEqual(["It ends here.", '"Next" starts.', "(a) Then this."]);
  });

  it("keeps each sentence exactly as printed, with its offset", () => {
    const text = "One two.  Three four.";
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });
});
