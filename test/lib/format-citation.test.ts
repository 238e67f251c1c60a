import { describe, expect, it } from "vitest";
import { formatCitation, formatCitationDate } from "../../src/lib/format-citation.ts";
import { formatCitationWithUrl } from "../../src/lib/format-citation-with-url.ts";

const filing = { company: "Acme Corp.", document: "Consulting Agreement", date: "2002-10-02" };

describe("formatCitationDate", () => {
  it("abbreviates the month as legal citations do and reads the date in UTC", () => {
    expect(formatCitationDate("2002-10-02")).toBe("Oct. 2, 2002");
    expect(formatCitationDate("2003-09-30")).toBe("Sept. 30, 2003");
    expect(formatCitationDate("2004-06-01")).toBe("June 1, 2004");
    expect(formatCitationDate("2001-05-31")).toBe("May 31, 2001");
  });
});

describe("formatCitation", () => {
  it("names the company, document, section label and heading, and date", () => {
    expect(formatCitation({ ...filing, label: "4(b)", heading: "Termination by the Company" })).toBe(
      'Acme Corp., Consulting Agreement § 4(b) "Termination by the Company" (Oct. 2, 2002)',
    );
  });

  it("cites a whole document by company, title and date", () => {
    expect(formatCitation(filing)).toBe("Acme Corp., Consulting Agreement (Oct. 2, 2002)");
  });

  it("cites an unnumbered part by its heading alone", () => {
    expect(formatCitation({ ...filing, heading: "RECITALS" })).toBe('Acme Corp., Consulting Agreement, "RECITALS" (Oct. 2, 2002)');
  });

  it("cites a numbered clause without a heading by its number alone", () => {
    expect(formatCitation({ ...filing, label: "1(a)", heading: null })).toBe("Acme Corp., Consulting Agreement § 1(a) (Oct. 2, 2002)");
  });

  it("puts an exhibit's name before the section sign", () => {
    expect(formatCitation({ ...filing, label: "Exhibit A", heading: "Current Stock Options" })).toBe(
      'Acme Corp., Consulting Agreement, Exhibit A "Current Stock Options" (Oct. 2, 2002)',
    );
    expect(formatCitation({ ...filing, label: "Exhibit A, 5" })).toBe("Acme Corp., Consulting Agreement, Exhibit A § 5 (Oct. 2, 2002)");
  });

  it("cites an untitled table as a table in its section", () => {
    expect(formatCitation({ ...filing, label: "Exhibit A", heading: "Current Stock Options", table: true })).toBe(
      'Acme Corp., Consulting Agreement, table in Exhibit A "Current Stock Options" (Oct. 2, 2002)',
    );
  });

  it("ends with the URL in angle brackets when given one", () => {
    expect(formatCitationWithUrl(formatCitation({ ...filing, label: "4(b)", heading: "Termination by the Company" }), "https://example.org/f/#s4b")).toBe(
      'Acme Corp., Consulting Agreement § 4(b) "Termination by the Company" (Oct. 2, 2002), <https://example.org/f/#s4b>',
    );
  });
});
