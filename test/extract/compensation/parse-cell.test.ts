import { describe, expect, it } from "vitest";
import { centsOf, countOf, decimalToCents, parseCell, percentOf } from "../../../src/extract/compensation/index.ts";

const cents = (text: string) => centsOf(parseCell(text).reading);
const count = (text: string) => countOf(parseCell(text).reading);
const percent = (text: string) => percentOf(parseCell(text).reading);

describe("parseCell", () => {
  it("reads dollar amounts with or without a space after the dollar sign", () => {
    expect(parseCell("$280,000").reading).toEqual({ kind: "number", decimal: "280000", unit: "dollars" });
    expect(parseCell("$ 2,000").reading).toEqual({ kind: "number", decimal: "2000", unit: "dollars" });
    expect(parseCell("$ 1.40").reading).toEqual({ kind: "number", decimal: "1.40", unit: "dollars" });
  });

  it("takes footnote marks off the end of a figure", () => {
    expect(parseCell("24,000 (1)")).toEqual({ printed: "24,000 (1)", reading: { kind: "number", decimal: "24000", unit: null }, marks: ["1"] });
    expect(parseCell("142,664,088(2)(a)").marks).toEqual(["2", "a"]);
  });

  it("reads a parenthesised figure as negative, but a lone one- or two-digit mark as a mark", () => {
    expect(parseCell("(1,234)").reading).toEqual({ kind: "number", decimal: "-1234", unit: null });
    expect(parseCell("$(1,234)").reading).toEqual({ kind: "number", decimal: "-1234", unit: "dollars" });
    expect(parseCell("-1.30").reading).toEqual({ kind: "number", decimal: "-1.30", unit: null });
    expect(parseCell("(1)")).toEqual({ printed: "(1)", reading: { kind: "blank" }, marks: ["1"] });
  });

  it("reads percents", () => {
    expect(parseCell("6.1%").reading).toEqual({ kind: "number", decimal: "6.1", unit: "percent" });
  });

  it("reads two figures split by a slash as a pair", () => {
    expect(parseCell("$0 / $0").reading).toEqual({
      kind: "pair",
      first: { kind: "number", decimal: "0", unit: "dollars" },
      second: { kind: "number", decimal: "0", unit: "dollars" },
    });
    expect(parseCell("234,000 / 200,000").reading.kind).toBe("pair");
  });

  it("does not read a date as a pair", () => {
    expect(parseCell("8/23/06").reading).toEqual({ kind: "text" });
    expect(parseCell("8/23").reading).toEqual({ kind: "text" });
  });

  it("tells a printed dash, an asterisk and an empty cell apart", () => {
    expect(parseCell("-").reading).toEqual({ kind: "none" });
    expect(parseCell("--").reading).toEqual({ kind: "none" });
    expect(parseCell("N/A").reading).toEqual({ kind: "none" });
    expect(parseCell("*").reading).toEqual({ kind: "less-than-one-percent" });
    expect(parseCell("").reading).toEqual({ kind: "blank" });
    expect(parseCell("   ").reading).toEqual({ kind: "blank" });
  });

  it("keeps anything else as text", () => {
    expect(parseCell("0 Shares").reading).toEqual({ kind: "text" });
    expect(parseCell("12 3/8").reading).toEqual({ kind: "text" });
    expect(parseCell("64,10").reading).toEqual({ kind: "text" });
    expect(parseCell("$5%").reading).toEqual({ kind: "text" });
  });
});

describe("centsOf", () => {
  it("gives integer cents, never a float", () => {
    expect(cents("$280,000")).toEqual({ value: 28000000, problem: null });
    expect(cents("$ 1.40")).toEqual({ value: 140, problem: null });
    expect(cents("$ 2,000")).toEqual({ value: 200000, problem: null });
    expect(cents("(1,234)")).toEqual({ value: -123400, problem: null });
    expect(cents("$0")).toEqual({ value: 0, problem: null });
  });

  it("gives null without a problem for a dash or an empty cell, never 0", () => {
    expect(cents("-")).toEqual({ value: null, problem: null });
    expect(cents("")).toEqual({ value: null, problem: null });
  });

  it("gives null with the reason for a fraction of a cent or text", () => {
    expect(cents("$25.312")).toEqual({ value: null, problem: "a fraction of a cent" });
    expect(cents("$1.3000")).toEqual({ value: 130, problem: null });
    expect(cents("N.M.")).toEqual({ value: null, problem: "not a figure" });
    expect(cents("6.1%")).toEqual({ value: null, problem: "a percent, not a dollar amount" });
  });
});

describe("countOf", () => {
  it("reads whole share counts", () => {
    expect(count("64,100")).toEqual({ value: 64100, problem: null });
    expect(count("250,000")).toEqual({ value: 250000, problem: null });
  });

  it("refuses a decimal or a dollar amount as a count", () => {
    expect(count("1.5")).toEqual({ value: null, problem: "not a whole number" });
    expect(count("$500")).toEqual({ value: null, problem: "a dollar amount, not a count" });
  });
});

describe("percentOf", () => {
  it("gives the exact decimal as printed, without the percent sign", () => {
    expect(percent("6.1%")).toEqual({ value: "6.1", problem: null });
    expect(percent("25%")).toEqual({ value: "25", problem: null });
    expect(percent("0.00%")).toEqual({ value: "0.00", problem: null });
    expect(percent("9.9")).toEqual({ value: "9.9", problem: null });
  });

  it("gives null without a problem for an asterisk", () => {
    expect(percent("*")).toEqual({ value: null, problem: null });
  });
});

describe("decimalToCents", () => {
  it("pads and keeps the sign", () => {
    expect(decimalToCents("1.4")).toBe(140);
    expect(decimalToCents("-12")).toBe(-1200);
    expect(decimalToCents("0.00")).toBe(0);
  });
});
