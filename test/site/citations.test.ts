import { describe, expect, it } from "vitest";
import type { OutlineSection } from "../../src/extract/outline.ts";
import { buildFilingCitations } from "../../src/site/citations.ts";

const filing = { company: "Acme Corp.", document: "Consulting Agreement", date: "2002-10-02" };

function section(id: string, kind: OutlineSection["kind"], label: string | null, title: string): OutlineSection {
  return { id, kind, label, title, level: kind === "heading" ? 3 : 4, line: 1 };
}

describe("buildFilingCitations", () => {
  const sections = [
    section("agreement", "heading", null, "CONSULTING AGREEMENT"),
    section("s4", "heading", "4", "4. Term and Termination."),
    section("s4b", "clause", "4(b)", "Termination by the Company"),
    section("s1a", "clause", "1(a)", "On and subject to the terms and conditions of this…"),
    section("s7a", "clause", "7(a)", "by mutual written consent of the Buyer and the Seller;"),
    section("exhibit-a", "heading", "Exhibit A", "EXHIBIT A CURRENT STOCK OPTIONS"),
    section("exhibit-a-table", "table", null, "Table: Number of Shares"),
    section("exhibit-a-s5", "clause", "Exhibit A, 5", "Prior to any Closing under the Stock Purchase Agreement, the…"),
    section("summary", "table", null, "SUMMARY COMPENSATION TABLE"),
  ];
  const { document, sections: cited } = buildFilingCitations(filing, sections);

  it("cites the whole document", () => {
    expect(document).toBe("Acme Corp., Consulting Agreement (Oct. 2, 2002)");
  });

  it("cites a numbered heading by its number and its words without the number", () => {
    expect(cited.s4).toBe('Acme Corp., Consulting Agreement § 4 "Term and Termination" (Oct. 2, 2002)');
    expect(cited["exhibit-a"]).toBe('Acme Corp., Consulting Agreement, Exhibit A "CURRENT STOCK OPTIONS" (Oct. 2, 2002)');
  });

  it("cites a clause by its label and its own heading", () => {
    expect(cited.s4b).toBe('Acme Corp., Consulting Agreement § 4(b) "Termination by the Company" (Oct. 2, 2002)');
  });

  it("does not quote a clause's opening words as if they were its heading", () => {
    expect(cited.s1a).toBe("Acme Corp., Consulting Agreement § 1(a) (Oct. 2, 2002)");
    expect(cited.s7a).toBe("Acme Corp., Consulting Agreement § 7(a) (Oct. 2, 2002)");
    expect(cited["exhibit-a-s5"]).toBe("Acme Corp., Consulting Agreement, Exhibit A § 5 (Oct. 2, 2002)");
  });

  it("cites a titled table by its title and an untitled one as a table in its section", () => {
    expect(cited["exhibit-a-table"]).toBe('Acme Corp., Consulting Agreement, table in Exhibit A "CURRENT STOCK OPTIONS" (Oct. 2, 2002)');
    expect(cited.summary).toBe('Acme Corp., Consulting Agreement, Exhibit A "SUMMARY COMPENSATION TABLE" (Oct. 2, 2002)');
  });

  it("cites an unnumbered heading by its words", () => {
    expect(cited.agreement).toBe('Acme Corp., Consulting Agreement, "CONSULTING AGREEMENT" (Oct. 2, 2002)');
  });
});
