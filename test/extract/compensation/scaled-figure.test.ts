import { describe, expect, it } from "vitest";
import { parseCell } from "../../../src/extract/compensation/parse-cell.ts";
import { parseHeaderScale, parseHeaderUnit, parseScaledFigure, type FigureColumn } from "../../../src/extract/compensation/scaled-figure.ts";

const MONEY: FigureColumn = { money: true, headerUnit: null, headerScale: null, concept: null };
const MEASURE: FigureColumn = { money: false, headerUnit: null, headerScale: null, concept: null };
const read = (text: string, column = MONEY) => parseScaledFigure(parseCell(text), column);

describe("parseScaledFigure", () => {
  it("keeps a scale printed after the number, glued, spaced or in words, and gives exact cents", () => {
    expect(read("$445 M").value).toMatchObject({ amount: "445", scale: "millions", cents: 44500000000 });
    expect(read("$1.25B").value).toMatchObject({ amount: "1.25", scale: "billions", cents: 125000000000 });
    expect(read("$3,200 thousand").value).toMatchObject({ amount: "3200", scale: "thousands", cents: 320000000 });
    expect(read("$ 12.3 million (2)").value).toMatchObject({ printed: "$ 12.3 million (2)", amount: "12.3", scale: "millions", cents: 1230000000 });
  });

  it("takes the header's scale for a cell that prints none, and the cell's over the header's", () => {
    expect(read("445", { ...MONEY, headerScale: "millions" }).value).toMatchObject({ scale: "millions", cents: 44500000000 });
    expect(read("$2 B", { ...MONEY, headerScale: "millions" }).value).toMatchObject({ scale: "billions" });
  });

  it("reads a column of money as dollars whether or not a dollar sign is printed", () => {
    expect(read("206").value).toMatchObject({ unit: "dollars", cents: 20600 });
    expect(read("12%")).toEqual({ value: null, problem: "a percent, not a dollar amount" });
  });

  it("reads a company-selected measure as dollars only when a dollar sign says so, else as printed", () => {
    expect(read("$6.18", MEASURE).value).toMatchObject({ unit: "dollars", cents: 618 });
    expect(read("6.18", { ...MEASURE, headerUnit: "dollars" }).value).toMatchObject({ unit: "dollars", cents: 618 });
    expect(read("12.3%", MEASURE).value).toMatchObject({ amount: "12.3", unit: "percent", cents: null });
    expect(read("1.45", MEASURE).value).toEqual({ printed: "1.45", amount: "1.45", scale: null, unit: null, cents: null, concept: null });
  });

  it("gives null without a problem for a dash or an empty cell, and a problem for text or a fraction of a cent", () => {
    expect(read("—")).toEqual({ value: null, problem: null });
    expect(read("$ —")).toEqual({ value: null, problem: null });
    expect(read("")).toEqual({ value: null, problem: null });
    expect(read("N.M.")).toEqual({ value: null, problem: "not a figure" });
    expect(read("$6.185")).toEqual({ value: null, problem: "a fraction of a cent, or too large" });
  });

  it("keeps the cell's concept", () => {
    expect(read("$1", { ...MONEY, concept: "ecd:PeoTotalCompAmt" }).value?.concept).toBe("ecd:PeoTotalCompAmt");
  });
});

describe("parseHeaderScale and parseHeaderUnit", () => {
  it("read the scale a header states in words or short forms", () => {
    expect(parseHeaderScale("Net Income (millions) (h)")).toBe("millions");
    expect(parseHeaderScale("Net Income ($ in thousands)")).toBe("thousands");
    expect(parseHeaderScale("Revenue ($M)")).toBe("millions");
    expect(parseHeaderScale("Revenue (000s)")).toBe("thousands");
  });

  it("never take a column letter or a mark for a scale", () => {
    expect(parseHeaderScale("Compensation Actually Paid to Second PEO (k)")).toBeNull();
    expect(parseHeaderScale("SCT Total for PEO (B)")).toBeNull();
    expect(parseHeaderScale("Net Income (m)")).toBeNull();
  });

  it("read the unit a header states", () => {
    expect(parseHeaderUnit("Adjusted EPS ($)")).toBe("dollars");
    expect(parseHeaderUnit("Revenue ($ in millions)")).toBe("dollars");
    expect(parseHeaderUnit("Return on Invested Capital (%)")).toBe("percent");
    expect(parseHeaderUnit("Adjusted EBIT (7) * (i)")).toBeNull();
    expect(parseHeaderUnit("Value of Initial Fixed $100 Investment")).toBeNull();
  });
});
