import { describe, expect, it } from "vitest";
import { parsePersonCell } from "../../../src/extract/compensation/person-cell.ts";

describe("parsePersonCell", () => {
  it("splits a name from the title printed after it, with or without a comma", () => {
    expect(parsePersonCell("John Q. Doe, (4) Former President and Chief Executive Officer", true)).toEqual({
      name: "John Q. Doe",
      rest: "Former President and Chief Executive Officer",
      marks: ["4"],
    });
    expect(parsePersonCell("Mary Roe Executive Vice President, Finance", true)).toEqual({ name: "Mary Roe", rest: "Executive Vice President, Finance", marks: [] });
    expect(parsePersonCell("Ann Poe (3) Former President, Post Production Group", true).name).toBe("Ann Poe");
  });

  it("keeps a suffix after a comma in the name", () => {
    expect(parsePersonCell("John Q. Doe, Jr. Chief Financial Officer", true)).toEqual({ name: "John Q. Doe, Jr.", rest: "Chief Financial Officer", marks: [] });
  });

  it("leaves a name without a title alone", () => {
    expect(parsePersonCell("John Q. Doe", true)).toEqual({ name: "John Q. Doe", rest: null, marks: [] });
  });

  it("cuts dot leaders, keeps the address after them and gives back an abbreviation's period", () => {
    expect(parsePersonCell("Mary Roe(1)........ 1 Main Street Springfield", false)).toEqual({ name: "Mary Roe", rest: "1 Main Street Springfield", marks: ["1"] });
    expect(parsePersonCell("John Q. Doe, Jr..............", false).name).toBe("John Q. Doe, Jr.");
  });

  it("does not split a title off when asked not to", () => {
    expect(parsePersonCell("All directors and executive officers as a group", false).name).toBe("All directors and executive officers as a group");
  });

  it("splits a holder's address joined to its name without leaders, from c/o or a street number to the ZIP code", () => {
    expect(parsePersonCell("Northwind Capital, LLC 12 Harbor Road Salem, MA 01970", false)).toEqual({ name: "Northwind Capital, LLC", rest: "12 Harbor Road Salem, MA 01970", marks: [] });
    expect(parsePersonCell("Fund Trust c/o Fund Advisers LLP 9 Elm Street Dover, DE 19901-0001", false).rest).toBe("c/o Fund Advisers LLP 9 Elm Street Dover, DE 19901-0001");
    expect(parsePersonCell("Index 500 Fund", false).rest).toBeNull();
    expect(parsePersonCell("All officers as a group (12 persons)", false).rest).toBeNull();
  });
});
