import { describe, expect, it } from "vitest";
import { findPersonInHeader, formatHeaderLabel, headerLeaf } from "../../../src/extract/compensation/header-labels.ts";

describe("formatHeaderLabel and headerLeaf", () => {
  it("take footnote marks, column letters and unit marks out of a header", () => {
    expect(formatHeaderLabel("Adjusted EBIT (7) * (i)")).toBe("Adjusted EBIT");
    expect(formatHeaderLabel("Adjusted EPS (5)(i) ($)")).toBe("Adjusted EPS");
    expect(formatHeaderLabel("Revenue Growth † (i)")).toBe("Revenue Growth");
  });

  it("keep the words after a group's colon", () => {
    expect(headerLeaf("Company-Selected Measure: Adjusted EPS")).toBe("Adjusted EPS");
    expect(headerLeaf("Adjusted EPS")).toBe("Adjusted EPS");
  });
});

describe("findPersonInHeader", () => {
  it("finds a name after for or to, in parentheses, or before a group's colon", () => {
    expect(findPersonInHeader("Summary Compensation Table Total for Jane Q. Roe ($)(1)")).toBe("Jane Q. Roe");
    expect(findPersonInHeader("Compensation Actually Paid to Mr. Doe (c)")).toBe("Mr. Doe");
    expect(findPersonInHeader("SCT Total for First PEO (John P. Doe)")).toBe("John P. Doe");
    expect(findPersonInHeader("Mary Poe: SCT Total")).toBe("Mary Poe");
    expect(findPersonInHeader("Summary Compensation Table Total for John P. Doe, Former CEO")).toBe("John P. Doe");
  });

  it("finds none in a header that only says PEO", () => {
    expect(findPersonInHeader("SCT Total Compensation For PEO (1) (b)")).toBeNull();
    expect(findPersonInHeader("Compensation Actually Paid to PEO (2) (c)")).toBeNull();
    expect(findPersonInHeader("Summary Compensation Table Total for Former PEO")).toBeNull();
    expect(findPersonInHeader("Compensation Actually Paid to Current Principal Executive Officer")).toBeNull();
  });
});
