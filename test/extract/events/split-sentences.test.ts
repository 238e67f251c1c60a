import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/events/split-sentences.ts";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits at a period, question mark or exclamation mark before a capital", () => {
    expect(texts("The term ends. The fee is due! Is it paid? Yes.")).toEqual(["The term ends.", "The fee is due!", "Is it paid?", "Yes."]);
  });

  it("does not split after titles, company suffixes, numbers, times, initials or month abbreviations", () => {
    const text =
      "Mr. Doe joined Bluegill Lantern, Inc. in 1990 under Sec. 4 and Standard No. 1 at 10:00 a.m. Pacific time on Oct. 2, 2002 with R. Luke Roe in the U.S. Capitol.";
    expect(texts(text)).toEqual([text]);
  });

  it("does not split inside decimals or names with periods", () => {
    expect(texts("The price was $1.85 per share of Bluegill.360 stock. It rose.")).toEqual(["The price was $1.85 per share of Bluegill.360 stock.", "It rose."]);
  });

  it("splits after a company suffix when a new sentence plainly starts", () => {
    expect(texts("He was Treasurer of Bluegill, Inc. Prior to that he was Controller.")).toEqual(["He was Treasurer of Bluegill, Inc.", "Prior to that he was Controller."]);
  });

  it("keeps a paragraph number with the sentence it numbers", () => {
    expect(texts("1. The undersigned appoints the holder. 2. It is irrevocable.")).toEqual(["1. The undersigned appoints the holder.", "2. It is irrevocable."]);
  });

  it("gives each sentence's start, so the sentence reads exactly there in the text", () => {
    const text = "First one.  Second one (with a note). Third.";
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });
});
