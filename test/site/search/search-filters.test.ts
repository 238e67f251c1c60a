import { describe, expect, it } from "vitest";
import { buildSearchFilters } from "../../../src/site/search/search-filters.ts";

describe("buildSearchFilters", () => {
  it("offers each company, kind and year once, sorted", () => {
    const filters = buildSearchFilters([
      { company: "Beta Inc.", kind: "proxy statement", date: "2003-05-01" },
      { company: "Acme Corp.", kind: "consulting agreement", date: "2002-10-02" },
      { company: "Acme Corp.", kind: "stock purchase agreement", date: "2002-10-02" },
    ]);
    expect(filters).toEqual({
      company: ["Acme Corp.", "Beta Inc."],
      kind: ["consulting agreement", "proxy statement", "stock purchase agreement"],
      year: ["2002", "2003"],
    });
  });
});
