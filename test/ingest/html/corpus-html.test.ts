import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stripFactMarks } from "../../../src/ingest/fact-marks.ts";
import { parseMarkdown } from "../../../src/extract/parse-markdown.ts";
import { findInlineFacts } from "../../../src/extract/inline-facts.ts";
import { writeMarkdownBody, type IngestResult } from "../../../src/ingest/index.ts";
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from "../../support/paths.ts";
import { headingTexts, ingestFile, tableById } from "../../support/ingest-html.ts";

/** What each corpus HTML filing states on its cover, read off the filing by hand. */
const EXPECTED = [
  {
    file: "cabot-2024-def14a.html",
    // The notice and the letter are dated January 26, 2024, the day the proxy was first made available.
    page: { id: "cabot-corporation-2024-01-26-proxy-statement", company: "Cabot Corporation", kind: "proxy statement", label: "DEF 14A", date: "2024-01-26" },
    edgar: { form: "DEF 14A", cik: "0000016040" },
  },
  {
    file: "horizonfinancial-2008-8k-transition-agreement.htm",
    page: { id: "horizon-financial-corp-2008-03-25-current-report", company: "HORIZON FINANCIAL CORP.", kind: "current report", label: "8-K", date: "2008-03-25" },
    edgar: { form: "8-K", cik: null },
  },
  {
    file: "nuance-2007-8k.htm",
    page: { id: "nuance-communications-2007-06-21-current-report", company: "NUANCE COMMUNICATIONS, INC.", kind: "current report", label: "8-K", date: "2007-06-21" },
    edgar: { form: "8-K", cik: null },
  },
] as const;

const cache = new Map<string, IngestResult>();
function ingestCorpus(file: string): IngestResult {
  if (!cache.has(file)) cache.set(file, ingestFile(join(CORPUS_DIR, file)));
  return cache.get(file)!;
}

describe.skipIf(!HAS_CORPUS)(`each corpus HTML filing ingests to one page with its company, kind and date${CORPUS_SKIP_NOTE}`, () => {
  it.each(EXPECTED.map((expected) => [expected.file, expected]))("%s", (_file, expected) => {
    const result = ingestCorpus(expected.file);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(result.pages).toHaveLength(1);
    const { id, ...fields } = expected.page;
    expect(result.id).toBe(id);
    expect(result.frontmatter).toMatchObject(fields);
    expect(result.frontmatter!.edgar).toMatchObject(expected.edgar);
  });
});

describe.skipIf(!HAS_CORPUS)(`the Cabot proxy's compensation tables${CORPUS_SKIP_NOTE}`, () => {
  it("reads the Summary Compensation Table's 15 rows with the figures as printed", () => {
    const table = tableById(ingestCorpus("cabot-2024-def14a.html").nodes, "summary-compensation-table-table");
    expect(table.header).toEqual([
      "Name and Principal Position",
      "Year",
      "Salary ($)(2)",
      "Stock Awards ($)(3)",
      "Option Awards ($)(4)",
      "Non-Equity Incentive Plan Compensation ($)",
      "Change in Pension Value and Nonqualified Deferred Compensation Earnings ($)(5)",
      "All Other Compensation ($)(6)",
      "Total ($)",
    ]);
    expect(table.rows).toEqual([
      ["Sean D. Keohane President and CEO", "2023", "1,083,750", "3,509,911", "1,890,051", "1,045,704", "26,843", "235,251", "7,791,510"],
      ["", "2022", "1,035,000", "3,087,436", "1,662,485", "1,838,657", "16,097", "308,354", "7,948,029"],
      ["", "2021", "1,026,250", "3,087,459", "1,662,151", "2,118,852", "12,074", "335,701", "8,242,487"],
      ["Erica McLaughlin Executive Vice President, CFO, & Head of Corp Strategy", "2023", "571,069", "812,388", "437,500", "415,303", "41", "119,184", "2,355,485"],
      ["", "2022", "543,809", "666,201", "358,748", "608,939", "—", "132,266", "2,309,963"],
      ["", "2021", "518,174", "649,948", "349,921", "678,006", "—", "136,088", "2,332,137"],
      ["Karen A. Kalita Senior Vice President and General Counsel", "2023", "496,662", "487,417", "262,495", "287,161", "1,040", "95,927", "1,630,702"],
      ["", "2022", "453,300", "422,457", "227,495", "422,052", "1,240", "104,139", "1,630,683"],
      ["", "2021", "412,499", "406,218", "218,697", "461,189", "1,780", "97,086", "1,597,469"],
      [
        "Hobart C. Kalkstein Executive Vice President & President, Reinforcement Materials Segment & Americas Region, & executive responsible for Digital",
        "2023",
        "546,818",
        "682,356",
        "367,514",
        "372,067",
        "7,080",
        "100,533",
        "2,076,368",
      ],
      ["", "2022", "517,603", "601,230", "323,737", "540,316", "5,735", "115,142", "2,103,763"],
      ["", "2021", "499,772", "584,969", "314,928", "599,204", "7,138", "111,440", "2,117,451"],
      ["Jeff Zhu(1) Executive Vice President and President, Performance Chemicals Segment & Asia Pacific Region", "2023", "546,631", "682,356", "367,514", "267,026", "—", "1,062,763", "2,926,290"],
      ["", "2022", "517,426", "601,230", "323,737", "540,131", "—", "1,046,492", "3,029,016"],
      ["", "2021", "501,762", "584,969", "314,928", "599,000", "—", "958,427", "2,959,086"],
    ]);
  });

  it("reads the pay versus performance table's three years, each figure marked with its ecd: concept and fiscal year end", () => {
    const table = tableById(ingestCorpus("cabot-2024-def14a.html").nodes, "pay-versus-performance-table");
    expect(table.heading?.text).toBe("Pay Versus Performance Table");
    expect(table.rows.map((row) => row.slice(0, 5).map(stripFactMarks))).toEqual([
      ["2023", "$7,791,510", "$8,106,840", "$2,247,211", "$2,279,259"],
      ["2022", "$7,948,029", "$17,160,056", "$2,268,356", "$3,901,604"],
      ["2021", "$8,242,487", "$17,132,578", "$2,251,536", "$3,758,111"],
    ]);
    const facts = findInlineFacts(parseMarkdown(writeMarkdownBody([{ ...table, notes: [] }])));
    expect(facts.filter((fact) => fact.concept === "ecd:PeoTotalCompAmt")).toEqual([
      { concept: "ecd:PeoTotalCompAmt", period: "2023-09-30", text: "7,791,510" },
      { concept: "ecd:PeoTotalCompAmt", period: "2022-09-30", text: "7,948,029" },
      { concept: "ecd:PeoTotalCompAmt", period: "2021-09-30", text: "8,242,487" },
    ]);
    expect(facts.filter((fact) => fact.concept === "ecd:PeoActuallyPaidCompAmt").map((fact) => fact.text)).toEqual(["8,106,840", "17,160,056", "17,132,578"]);
  });

  it("drops the running headers and page footers it recognises, each counted as furniture", () => {
    const result = ingestCorpus("cabot-2024-def14a.html");
    const reasons = [...result.dropped.values()];
    expect(reasons.filter((why) => why === "running-header").length).toBeGreaterThan(100);
  });

  it("reads no page footer of the Cabot proxy as a heading", () => {
    const footers = headingTexts(ingestCorpus("cabot-2024-def14a.html").nodes).filter((text) => /CAB\s?O\s?T CORPORATION/.test(text) && /\d/.test(text));
    expect(footers).toEqual([]);
  });
});
