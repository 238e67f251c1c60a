import { describe, expect, it } from "vitest";
import { isAwardLabel, readAwardRows } from "../../../src/extract/compensation/award-rows.ts";

describe("isAwardLabel", () => {
  it("knows an award type by its acronym or words", () => {
    for (const label of ["TSU", "PSUs", "STI", "Options", "Stock Options", "Annual Incentive", "2023 RSUs", "Restricted Stock Units (2)"]) expect(isAwardLabel(label), label).toBe(true);
  });

  it("leaves names and titles alone, a title that names a business included", () => {
    for (const text of ["Sean D. Keohane", "Jane Q. Roe(1)", "Chief Performance Officer", "CEO", "Executive Vice President, Performance Materials"]) expect(isAwardLabel(text), text).toBe(false);
  });
});

describe("readAwardRows", () => {
  it("passes a name row's marks to the person's first award and gives a row of its own to nobody without figures", () => {
    const rows = readAwardRows([
      ["Jane Q. Roe (1)", "", ""],
      ["Options", "1,000", "$5.00"],
      ["Options", "2,000", "$6.00"],
      ["Stock Units", "", ""],
      ["John P. Doe", "—", "—"],
    ]);
    expect(rows.map((row) => [row.name, row.label, row.marks])).toEqual([
      ["Jane Q. Roe", "Options", ["1"]],
      ["Jane Q. Roe", "Options", []],
      ["John P. Doe", null, []],
    ]);
  });
});
