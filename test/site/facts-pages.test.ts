import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.ts";
import { buildSite, copyProject, failingBuild, type BuiltSite } from "../support/built-site.ts";

const FIXTURE = "northwind-2004-03-15-def14a.txt";
// A made-up inline-XBRL proxy of 2024 as the HTML reader writes it: an Item 402(c) table and a pay-versus-performance table.
const MODERN = { source: "lantern-bay-2024-03-01-def14a.htm", markdown: "lantern-bay-systems-2024-03-01-proxy-statement.md" };
const CONSULTING = "content/filings/point360-2002-10-02-consulting-agreement.md";
let site: BuiltSite;

/** A copy of the project with the made-up companies' proxy statements ingested (or written) and recorded. */
function projectWithFixture(): string {
  const project = copyProject();
  copyFileSync(join(ROOT, "test/fixtures/made-up-proxy", FIXTURE), join(project, "content/sources", FIXTURE));
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  execFileSync(tsx, [join(project, "src/cli/ingest.ts")], { cwd: project, stdio: "pipe" });
  copyFileSync(join(ROOT, "test/fixtures/modern-proxy", MODERN.source), join(project, "content/sources", MODERN.source));
  copyFileSync(join(ROOT, "test/fixtures/modern-proxy", MODERN.markdown), join(project, "content/filings", MODERN.markdown));
  execFileSync(tsx, [join(project, "src/cli/ledger.ts")], { cwd: project, stdio: "pipe" });
  return project;
}

function json<T>(path: string): T {
  return JSON.parse(readFileSync(join(site.dir, path), "utf8")) as T;
}

beforeAll(() => {
  site = buildSite("/", projectWithFixture());
}, 300_000);

describe("pages computed from the filings, with a made-up company added", () => {
  it("builds the made-up company's filing page with its meeting at a glance", () => {
    const page = site.pages.get("/filings/northwind-fabrication-2004-03-15-proxy-statement/")!;
    expect(page).toContain("The meeting at a glance");
    expect(page).toMatch(/<dt>Meeting date<\/dt><dd><a class="sourced" href="\/filings\/northwind-fabrication-2004-03-15-proxy-statement\/#notice-of-annual-meeting-of-stockholders-to-be-held-april-22"[^>]*>April 22, 2004<\/a>/);
    expect(page).toContain(">Keel &amp; Mast LLP</a>");
  });

  it("puts every Summary Compensation Table cell of both companies in the data, exactly", () => {
    type Row = { name: string; year: number; salary: number | null; bonus: number | null; options: number | null; other: number | null; computedTotal: number | null; section: string; url: string };
    const rows = json<{ summary: Row[] }>("data/compensation.json").summary;
    const pick = (name: string, year: number) => rows.find((r) => r.name === name && r.year === year);
    expect(rows).toHaveLength(18);
    expect(pick("R. Luke Stefanko", 2001)).toMatchObject({ salary: 280000, bonus: null, options: 64100, other: 2000, computedTotal: 282000 });
    expect(pick("Alan R. Steel", 2000)).toMatchObject({ salary: 24000, bonus: null, options: 250000, other: null });
    expect(pick("Neil Nguyen", 1999)).toMatchObject({ salary: 16000, bonus: null, options: null, other: null });
    expect(pick("Marta V. Quill", 2003)).toMatchObject({ salary: 312500, bonus: 40000, options: 25000, other: 6200, computedTotal: 358700 });
    expect(pick("Pieter J. Van Oss", 2002)).toMatchObject({ salary: 142750, bonus: null, options: 10000, other: null });
    for (const row of rows) expect(row.url).toBe(`/filings/${row.url.split("/")[2]}/#summary-compensation-table`);
  });

  it("links every figure of the compensation page to its table and to its words in the original text", () => {
    const page = site.pages.get("/compensation/")!;
    expect(page).toMatch(/<a class="sourced" href="\/filings\/point360-2002-11-04-proxy-statement\/#summary-compensation-table"[^>]*>\$280,000<\/a><a class="source-mark" href="\/filings\/point360-2002-11-04-proxy-statement\/source\/\?span=455\.\d+-\d+\.\d+#L455"/);
    expect(page).toMatch(/>\$312,500<\/a>/);
    const csv = readFileSync(join(site.dir, "data/compensation.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "person,name,position,year,salary,bonus,options,other,computed_total,filing,section,url,other_annual,stock_awards,option_awards,non_equity_incentive,pension_and_deferred_earnings,printed_total",
    );
    expect(csv).toContain("marta-v-quill,Marta V. Quill,Chairman and Chief Executive Officer,2003,312500.00,40000.00,25000,6200.00,358700.00,northwind-fabrication-2004-03-15-proxy-statement,summary-compensation-table,");
  });

  it("publishes the Item 402(c) columns and the printed total beside the computed one, in the data and the CSV", () => {
    type Row = { name: string; year: number; stockAwards: number | null; optionAwards: number | null; nonEquityIncentive: number | null; pensionAndDeferredEarnings: number | null; printedTotal: number | null; computedTotal: number | null };
    const rows = json<{ summary: Row[] }>("data/compensation.json").summary;
    expect(rows.find((r) => r.name === "Alex R. Quill" && r.year === 2022)).toMatchObject({
      stockAwards: 2400000,
      optionAwards: 1200000,
      nonEquityIncentive: 950000,
      pensionAndDeferredEarnings: null,
      printedTotal: 5565600,
      computedTotal: 5565500,
    });
    expect(rows.find((r) => r.name === "Marta V. Quill" && r.year === 2003)).toMatchObject({ stockAwards: null, printedTotal: null });
    const csv = readFileSync(join(site.dir, "data/compensation.csv"), "utf8");
    expect(csv).toContain(",lantern-bay-systems-2024-03-01-proxy-statement,summary-compensation-table,/filings/lantern-bay-systems-2024-03-01-proxy-statement/#summary-compensation-table,,2400000.00,1200000.00,950000.00,,5565600.00\r\n");
  });

  it("publishes the pay-versus-performance rows with each figure exact, its scale and its XBRL concept", () => {
    type Figure = { printed: string; amount: number; scale: string | null; unit: string | null; dollars: number | null; concept: string | null };
    type Row = { year: number; peos: { person: string | null; name: string | null; total: Figure; actuallyPaid: Figure }[]; netIncome: Figure; companySelectedMeasure: Figure; companySelectedMeasureName: string; url: string };
    const rows = json<{ payVersusPerformance: Row[] }>("data/compensation.json").payVersusPerformance;
    expect(rows.map((r) => r.year)).toEqual([2023, 2022]);
    expect(rows[0]!.peos).toEqual([
      expect.objectContaining({ name: "Alex R. Quill", total: expect.objectContaining({ dollars: 5612345, concept: "ecd:PeoTotalCompAmt" }), actuallyPaid: expect.objectContaining({ dollars: 6001234 }) }),
    ]);
    expect(rows[0]!.netIncome).toEqual({ printed: "$312 M", amount: 312, scale: "millions", unit: "dollars", dollars: 312000000, concept: "us-gaap:NetIncomeLoss" });
    expect(rows[0]).toMatchObject({ companySelectedMeasureName: "Adjusted EPS", companySelectedMeasure: { printed: "$4.12", amount: 4.12, unit: "dollars", dollars: 4.12 }, url: "/filings/lantern-bay-systems-2024-03-01-proxy-statement/#pay-versus-performance-table" });
  });

  it("shows the new columns and the pay-versus-performance table on the compensation page, each figure linked to its row", () => {
    const page = site.pages.get("/compensation/")!;
    expect(page).toContain("<th scope=\"col\">Stock awards</th>");
    expect(page).toContain("<th scope=\"col\">Total (printed)</th>");
    expect(page).toContain('<h2 id="pay-versus-performance">Pay versus performance</h2>');
    expect(page).toMatch(/<a class="sourced" href="\/filings\/lantern-bay-systems-2024-03-01-proxy-statement\/#pay-versus-performance-table"[^>]*>\$312 million<\/a>/);
    expect(page).toMatch(/>\$5,565,600<\/a>/);
  });

  it("shows a PEO's pay versus performance and the new columns on the person's page", () => {
    const page = site.pages.get("/people/alex-r-quill/")!;
    expect(page).toContain("<h2>Pay versus performance, as PEO</h2>");
    expect(page).toMatch(/2023: SCT total <a class="sourced"[^>]*>\$5,612,345<\/a>/);
    expect(page).toContain("<th scope=\"col\">Option awards</th>");
    expect(site.pages.get("/people/marta-v-quill/")).not.toContain("Option awards");
  });

  it("publishes the Grants of Plan-Based Awards rows and their option grants, each figure exact", () => {
    type Award = { person: string | null; name: string; awardType: string | null; grantDate: string | null; targetPayout: number | null; targetShares: number | null; stockAwardShares: number | null; options: number | null; exercisePrice: number | null; grantDateFairValue: number | null; url: string; quote: string };
    type Grant = { name: string; options: number; exercisePrice: number; grantDate: string; grantDateFairValue: number; awardType: string; grantTable: string; stated: string };
    const data = json<{ planBasedAwards: Award[]; grants: Grant[] }>("data/compensation.json");
    const quill = data.planBasedAwards.filter((a) => a.name === "Alex R. Quill");
    expect(quill.map((a) => [a.awardType, a.grantDate, a.targetPayout, a.targetShares, a.stockAwardShares, a.options, a.exercisePrice, a.grantDateFairValue])).toEqual([
      ["Annual Incentive", null, 900000, null, null, null, null, null],
      ["PSU", "2023-02-15", null, 24000, null, null, null, 1250000],
      ["RSU", "2023-02-15", null, null, 24000, null, null, 1250000],
      ["Options", "2023-02-15", null, null, null, 60000, 52.08, 1250000],
    ]);
    expect(quill[0]).toMatchObject({ person: "alex-r-quill", url: "/filings/lantern-bay-systems-2024-03-01-proxy-statement/#grants-of-plan-based-awards-table" });
    expect(data.grants).toContainEqual(
      expect.objectContaining({ name: "Alex R. Quill", options: 60000, exercisePrice: 52.08, grantDate: "2023-02-15", grantDateFairValue: 1250000, awardType: "Options", grantTable: "plan-based awards", stated: "table" }),
    );
    const csv = readFileSync(join(site.dir, "data/compensation-plan-based-awards.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "person,name,position,award_type,grant_date,threshold_payout,target_payout,maximum_payout,threshold_shares,target_shares,maximum_shares,stock_award_shares,options,exercise_price,grant_date_fair_value,filing,section,url",
    );
    expect(csv).toContain("alex-r-quill,Alex R. Quill,,Options,2023-02-15,,,,,,,,60000,52.08,1250000.00,lantern-bay-systems-2024-03-01-proxy-statement,grants-of-plan-based-awards-table,");
  });

  it("publishes one Outstanding Equity Awards row per grant, with its person and year-end", () => {
    type Row = { name: string; asOf: string | null; grantDate: string | null; exercisable: number | null; unexercisable: number | null; exercisePrice: number | null; expiration: string | null; sharesNotVested: number | null; marketValueNotVested: number | null; unearnedShares: number | null; unearnedPayoutValue: number | null; footnotes: { field: string; mark: string }[] };
    const rows = json<{ outstandingEquityAwards: Row[]; yearEndOptions: unknown[] }>("data/compensation.json");
    expect(rows.outstandingEquityAwards.filter((r) => r.name === "Alex R. Quill")).toEqual([
      expect.objectContaining({ asOf: "2023-12-31", grantDate: "2022-02-16", exercisable: 15000, unexercisable: 30000, exercisePrice: 48.5, expiration: "2032-02-15", sharesNotVested: 8000, marketValueNotVested: 436000, unearnedShares: null }),
      expect.objectContaining({ grantDate: "2023-02-15", exercisable: null, unexercisable: 60000, exercisePrice: 52.08, expiration: "2033-02-14", unearnedShares: 24000, unearnedPayoutValue: 1308000, footnotes: [{ field: "unexercisable", mark: "2" }] }),
    ]);
    const csv = readFileSync(join(site.dir, "data/compensation-outstanding-equity-awards.csv"), "utf8");
    expect(csv).toContain("sam-t-birch,Sam T. Birch,,,2023-12-31,2023-02-15,,,,,,13440,732480.00,,,lantern-bay-systems-2024-03-01-proxy-statement,outstanding-equity-awards-table,");
  });

  it("shows plan-based and outstanding equity awards on the compensation page and the person's page, each figure linked to its row", () => {
    const page = site.pages.get("/compensation/")!;
    expect(page).toContain('<h2 id="plan-based-awards">Plan-based awards granted</h2>');
    expect(page).toContain('<h2 id="outstanding-equity-awards">Equity awards outstanding at year-end</h2>');
    expect(page).toMatch(/<a class="sourced" href="\/filings\/lantern-bay-systems-2024-03-01-proxy-statement\/#grants-of-plan-based-awards-table"[^>]*>\$52\.08<\/a>/);
    expect(page).toMatch(/<a class="sourced" href="\/filings\/lantern-bay-systems-2024-03-01-proxy-statement\/#outstanding-equity-awards-table"[^>]*>\$1,308,000<\/a>/);
    const person = site.pages.get("/people/alex-r-quill/")!;
    expect(person).toContain("<h2>Plan-based awards granted</h2>");
    expect(person).toContain("<h2>Equity awards outstanding at year-end</h2>");
    expect(person).toMatch(/granted February 15, 2023, grant-date fair value <a class="sourced"[^>]*>\$1,250,000<\/a>/);
  });

  it("does not set a 2024 proxy's option grants against its Item 402(c) table, which prints option awards in dollars", () => {
    const findings = json<{ kind: string; title: string }[]>("data/checks.json");
    expect(findings.filter((f) => f.kind === "restatement" && f.title.startsWith("Alex R. Quill"))).toEqual([]);
  });

  it("reports a printed total that is not the sum of its row on the checks page and in the data", () => {
    const findings = json<{ kind: string; status: string; title: string; difference: string | null }[]>("data/checks.json");
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: "sum", status: "mismatch", title: "Alex R. Quill: 2022 pay in the Summary Compensation Table against the printed total", difference: "$100" }),
    );
  });

  it("gives each person a page with roles and mentions across filings", () => {
    const people = json<{ id: string; name: string; roles: { title: string; url: string }[]; filings: string[]; url: string }[]>("data/people.json");
    const quill = people.find((p) => p.id === "marta-v-quill")!;
    expect(quill.url).toBe("/people/marta-v-quill/");
    expect(quill.roles.map((r) => r.title)).toContain("Chairman of the Board and Chief Executive Officer");
    const buyer = people.find((p) => p.id === "haig-s-bagerdjian")!;
    expect(buyer.filings).toHaveLength(3);
    expect(buyer.roles.map((r) => r.title)).toEqual(expect.arrayContaining(["BUYER", "PROXY HOLDER"]));
    expect(site.pages.get("/people/marta-v-quill/")).toContain("<h1>Marta V. Quill</h1>");
  });

  it("lists the dated statements of both companies on the timeline, in date order", () => {
    const events = json<{ date: string; end: string | null; title: string; url: string; quote: string }[]>("data/timeline.json");
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(events.some((e) => e.date === "2004-04-22" && e.url.includes("northwind"))).toBe(true);
    expect(events.some((e) => e.date === "2002-12-05" && e.quote.includes("10:00 a.m."))).toBe(true);
    expect(site.pages.get("/timeline/")).toContain('<time datetime="2004-04-22">April 22, 2004</time>');
  });
});

describe("the build checks every fact's source", () => {
  function withCurated(yaml: string): string {
    const project = copyProject();
    const file = join(project, CONSULTING);
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n---\n/, `\n${yaml}---\n`));
    return project;
  }

  it("fails, naming the file and line, when a curated event's quote is not in its section", () => {
    const output = failingBuild(withCurated('curated:\n  events:\n    - date: "2002-10-15"\n      title: "First fee payment"\n      section: "s2-fees"\n      quote: "payable on the 16th day of each month"\n'));
    expect(output).toMatch(/content\/filings\/point360-2002-10-02-consulting-agreement\.md:\d+: expected the quoted words to be in section "s2-fees", found "payable on the 16th day of each month" \[fact-quote-missing\]/);
  }, 120_000);

  it("fails when a curated fact names a section the filing does not have", () => {
    const output = failingBuild(withCurated('curated:\n  events:\n    - date: "2002-10-15"\n      title: "First fee payment"\n      section: "s22-fees"\n      quote: "payable on the 15th day of each month"\n'));
    expect(output).toMatch(/consulting-agreement\.md:\d+: expected a fact's source to name a section of point360-2002-10-02-consulting-agreement, found "s22-fees" \[fact-section-missing\]/);
  }, 120_000);

  it("fails when a correction matches no extracted fact", () => {
    const output = failingBuild(
      withCurated('curated:\n  corrections:\n    - fact: "consulting-fee"\n      section: "s2-fees"\n      match: "no such words"\n      field: "rate"\n      value: 1000000\n      quote: "$10,000 per month"\n      reason: "test"\n'),
    );
    expect(output).toContain("[correction-unmatched]");
  }, 120_000);

  it("builds with a curated event whose quote is in its section, and shows it on the timeline", () => {
    const project = withCurated('curated:\n  events:\n    - date: "2002-10-15"\n      title: "First monthly fee due"\n      section: "s2-fees"\n      quote: "payable on the 15th day of each month"\n');
    const built = buildSite("/", project);
    expect(built.pages.get("/timeline/")).toContain("First monthly fee due");
  }, 120_000);
});
