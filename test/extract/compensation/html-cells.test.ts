import { describe, expect, it } from "vitest";
import { centsOf, parseCell } from "../../../src/extract/compensation/index.ts";
import { splitTrailingMarks } from "../../../src/extract/compensation/parse-cell.ts";

describe("parseCell on cells as HTML tables print them", () => {
  it("reads a dash after a dollar sign as a printed none", () => {
    expect(parseCell("$ —").reading).toEqual({ kind: "none" });
    expect(parseCell("$—").reading).toEqual({ kind: "none" });
    expect(parseCell("$ -").reading).toEqual({ kind: "none" });
  });

  it("reads -0- as a printed zero, not as a dash", () => {
    expect(parseCell("-0-").reading).toEqual({ kind: "number", decimal: "0", unit: null });
    expect(parseCell("$ -0-").reading).toEqual({ kind: "number", decimal: "0", unit: "dollars" });
    expect(centsOf(parseCell("-0-").reading)).toEqual({ value: 0, problem: null });
  });

  it("still reads a lone dollar sign as text, not as none", () => {
    expect(parseCell("$").reading).toEqual({ kind: "text" });
  });
});

describe("splitTrailingMarks", () => {
  it("returns the cell without its marks, glued or spaced, and the marks", () => {
    expect(splitTrailingMarks("26,843(7)")).toEqual({ body: "26,843", marks: ["7"] });
    expect(splitTrailingMarks("$445 M (6)")).toEqual({ body: "$445 M", marks: ["6"] });
    expect(splitTrailingMarks("(1,234)")).toEqual({ body: "(1,234)", marks: [] });
  });
});
