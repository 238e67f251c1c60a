import { describe, expect, it } from "vitest";
import { writeMarkdownBody } from "../../../src/ingest/index.ts";
import { allNodes, headingTexts, ingestFile } from "../../support/ingest-html.ts";

const FAIRHAVEN = "test/fixtures/html/fairhaven-2007-8k-cover.htm";

describe("the made-up 8-K cover page of the EDGARizer era", () => {
  const result = ingestFile(FAIRHAVEN);
  const body = writeMarkdownBody(result.nodes);

  it("reads company, form and the date of report off the cover", () => {
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(result.frontmatter).toMatchObject({
      title: "Current Report",
      kind: "current report",
      label: "8-K",
      company: "Fairhaven Kettle Co.",
      // "Date of Report (Date of earliest event reported): May 14, 2007", not the signature's May 16, 2007.
      date: "2007-05-14",
    });
    expect(result.id).toBe("fairhaven-kettle-co-2007-05-14-current-report");
  });

  it("records the EDGAR document tags and the form, and no header field it does not have", () => {
    expect(result.frontmatter!.document).toEqual({ type: "8-K", sequence: 1, filename: "f8k051407.htm", description: "FAIRHAVEN KETTLE CO. FORM 8-K" });
    expect(result.frontmatter!.edgar).toEqual({ form: "8-K", accession: null, cik: null, filed: null, period: null });
    expect(result.frontmatter!.source).toEqual({ path: "content/sources/fairhaven-2007-8k-cover.htm", sha256: "0".repeat(64) });
  });

  it("reads the registrant's name over its caption as a heading, and the caption as text", () => {
    expect(body).toContain("## FAIRHAVEN KETTLE CO. {#fairhaven-kettle-co}\n\n(Exact name of registrant as specified in its charter)");
  });

  it("reads text laid out in <font style='DISPLAY: inline'> inside <div style='DISPLAY: block'> as the lines they make", () => {
    expect(body).toContain("Date of Report (Date of earliest event reported): May 14, 2007");
    expect(body).toContain("Registrant’s telephone number, including area code: (802) 555-0163");
    expect(body).toContain("Not Applicable\\\n(Former name or former address, if changed since last report)");
  });

  it("keeps the Wingdings check boxes as printed, one line per box", () => {
    const boxes = allNodes(result.nodes).flatMap((node) => (node.type === "paragraph" && node.text.startsWith("¨ ") ? [node.text] : []));
    expect(boxes).toEqual([
      "¨ Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
      "¨ Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)",
      "¨ Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))",
      "¨ Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))",
    ]);
  });

  it("keeps the signature block's lines as printed", () => {
    expect(body).toContain("FAIRHAVEN KETTLE CO.\\\nBy: /s/ Imogen V. Castellane\\\nImogen V. Castellane\\\nPresident");
    expect(headingTexts(result.nodes)).toContain("SIGNATURE");
  });

  it("reads the bold Item 5.02 line as the item's heading", () => {
    expect(headingTexts(result.nodes)).toContain("Item 5.02 Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal Officers.");
  });
});

describe("a press release exhibit filed as a file of its own", () => {
  const result = ingestFile("test/fixtures/html/delmar-2003-ex99-press-release-pre-table.htm");

  it("reads its label off the EDGAR type, its company off the ticker line and its date off the dateline", () => {
    expect(result.frontmatter).toMatchObject({ label: "Exhibit 99.1", company: "Delmar Quarry Holdings, Inc.", date: "2003-07-24" });
    expect(result.frontmatter!.edgar?.form).toBe("EX-99.1");
  });

  it("reads it as a press release, its headline a heading of its own", () => {
    expect(result.frontmatter).toMatchObject({ title: "Press Release", kind: "press release" });
    expect(result.id).toBe("delmar-quarry-holdings-2003-07-24-press-release");
    expect(headingTexts(result.nodes)).toContain("DELMAR QUARRY HOLDINGS REPORTS SECOND QUARTER RESULTS");
  });
});
