import { describe, expect, it } from "vitest";
import { buildChecks } from "../../../src/compute/checks/index.ts";
import { collapseSpaces } from "../../../src/extract/filing-doc.ts";
import type { CheckFinding } from "../../../src/model/checks.ts";
import { sampleDocs } from "../../support/docs.ts";
import { brief, checkFilingOf } from "./filings.ts";

const SPA = "point360-2002-10-02-stock-purchase-agreement";
const CONSULTING = "point360-2002-10-02-consulting-agreement";
const PROXY = "point360-2002-11-04-proxy-statement";
const docs = sampleDocs();
const findings = buildChecks(docs.map(checkFilingOf));
const find = (title: string | RegExp): CheckFinding => {
  const found = findings.filter((f) => (typeof title === "string" ? f.title === title : title.test(f.title)));
  expect(found, String(title)).toHaveLength(1);
  return found[0]!;
};
const printed = (finding: CheckFinding) => finding.values.map((v) => `${v.label}: ${v.printed} (${v.source.filing}#${v.source.section})`);

describe("checks of the sample filings", () => {
  it("finds that the ownership table's total for one holder is 10 shares off its shares plus options", () => {
    const sum = find(/^Haig S\. Bagerdjian: shares owned plus options/);
    expect(sum).toMatchObject({ kind: "sum", status: "mismatch", computed: "2,023,665 + 315,000 = 2,338,665", difference: "10 shares" });
    expect(sum.values.map((v) => v.printed)).toEqual(["2,023,665", "315,000", "2,338,655"]);
    expect(sum.id).toBe("sum-security-ownership-of-certain-beneficial-owners-and-management-46267ce3");
  });

  it("finds the loan balance as of October 2, 2002 stated as about $776,000 in the agreement and $777,000 in the proxy statement", () => {
    const loan = find("A loan's balance as of 2002-10-02, as two filings state it");
    expect(loan).toMatchObject({ kind: "across-filings", status: "mismatch", difference: "$1,000" });
    expect(printed(loan)).toEqual([`Balance as of 2002-10-02: approximately $776,000 (${SPA}#s2c)`, `Balance as of 2002-10-02: $777,000 (${PROXY}#certain-transactions)`]);
  });

  it("finds five directors to be elected against four nominees listed and four on the proxy card", () => {
    const directors = find(/^The number of directors to be elected/);
    expect(directors).toMatchObject({ kind: "count", status: "mismatch", difference: "1 director" });
    expect(directors.values.map((v) => [v.printed, v.source.section])).toEqual([
      ["five", "voting-rights"],
      ["four", "please-mark-date-and-sign-on-the-reverse-side-1"],
      ["4: Robert A. Baker, Haig S. Bagerdjian, Greggory J. Hutchins, Sam P. Bell", "election-of-directors-item-1-on-proxy-card-table"],
    ]);
  });

  it("agrees that the options terminate on October 2, 2004: the second anniversary of the agreement and the date the proxy statement prints", () => {
    const termination = find("When options terminate, as two filings state it");
    expect(termination).toMatchObject({ status: "pass", difference: null, computed: "2004-10-02 (second anniversary of 2002-10-02 (the date of this Agreement)) against 2004-10-02" });
    expect(termination.values.map((v) => v.source.filing)).toEqual([CONSULTING, PROXY]);
  });

  it("adds up Exhibit A's option list to its printed total of 698,100", () => {
    expect(find("Option share counts of a list against its printed total")).toMatchObject({ status: "pass", computed: "55,000 + 179,000 + 200,000 + 64,100 + 200,000 = 698,100", difference: null });
  });

  it("passes the aggregate price, 1,436,179 × $1.85 = $2,656,931.15, as rounded to whole dollars, with the $0.15 stated", () => {
    const product = findings.find((f) => f.kind === "product" && f.values[0]!.source.filing === SPA)!;
    expect(product).toMatchObject({ status: "pass", computed: "1,436,179 × $1.85 = $2,656,931.15", difference: "$0.15" });
    expect(product.note).toMatch(/rounds \(half up\) to the amount/);
  });

  it("passes both repurchase prices as the amount divided by the shares, rounded to the cent", () => {
    expect(findings.filter((f) => f.kind === "product" && f.values[0]!.source.filing === PROXY).map((f) => [f.status, f.computed])).toEqual([
      ["pass", "$300,000 ÷ 96,000 = $3.125 per share; 96,000 × $3.13 = $300,480"],
      ["pass", "$300,000 ÷ 116,666 = $2.5714… per share; 116,666 × $2.57 = $299,831.62"],
    ]);
  });

  it("checks the purchase's balance, installments and parts within the stated allowance for approximate figures", () => {
    expect(find("The balance of a purchase price: the aggregate price less the amounts paid and assumed")).toMatchObject({
      status: "pass",
      computed: "$2,656,931 − $100,000 − $895,000 − $776,000 = $885,931",
      difference: "$1,069",
    });
    expect(find("Installments times their amount against the amount they pay")).toMatchObject({ status: "pass", computed: "2 × $443,500 = $887,000", difference: null });
    expect(find("The parts of a purchase price against the aggregate price, as two filings state it")).toMatchObject({ status: "pass", difference: "$69" });
    expect(find("Liabilities assumed, as two filings state it")).toMatchObject({ status: "pass", computed: "$895,000 + $776,000 = $1,671,000 against $1,671,000" });
  });

  it("compares the shares, the cash paid, the consulting fee and its end, and the consulting term across filings", () => {
    expect(find("Shares purchased, as two filings state it")).toMatchObject({ status: "pass", computed: "1,436,179 against 1,436,179" });
    expect(find("Amount paid, as two filings state it")).toMatchObject({ status: "pass", computed: "$100,000 against $100,000" });
    expect(find("Consulting fee per month, as two filings state it")).toMatchObject({ status: "pass", computed: "$10,000 per month against $10,000 per month" });
    expect(find("The end of a consulting fee's period, as two filings state it")).toMatchObject({ status: "pass", computed: "2002-12-31 against 2002-12" });
    expect(find("When a term ends, as two filings state it")).toMatchObject({ status: "pass", difference: null });
  });

  it("passes a percent that rounds to the printed one and fails the group's 28% against 27.497%", () => {
    expect(find(/^Haig S\. Bagerdjian: percent/)).toMatchObject({ status: "pass", computed: "(2,023,665 + 315,000) ÷ (9,014,232 + 315,000) = 25.068…%" });
    expect(find(/^All directors and executive officers as a group: percent/)).toMatchObject({ status: "mismatch", difference: "0.503… percentage points" });
  });

  it("checks the counts and restated figures of the proxy statement", () => {
    expect(find("A count of directors against the names listed")).toMatchObject({ status: "pass", computed: "2 stated; 2 named" });
    expect(find("People named against the amounts given to them “respectively”")).toMatchObject({ status: "pass", computed: "3 people; 3 amounts" });
    expect(find(/^Neil Nguyen: options in the Summary Compensation Table/)).toMatchObject({ status: "pass", computed: "85,000 + 30,600 = 115,600" });
    expect(find("A number in words against the same number in figures")).toMatchObject({ status: "pass", values: [{ printed: "one (1) year" }] });
  });

  it("finds the proxy statement giving October 2 and October 3, 2002 for one resignation, the agreement October 2", () => {
    const within = find("When a person resigned, as the filing states it twice");
    expect(within).toMatchObject({ kind: "restatement", status: "mismatch", difference: "1 day", computed: "2002-10-02 against 2002-10-03" });
    expect(within.values.map((v) => v.source.section)).toEqual(["certain-transactions", "employment-agreements"]);
    const across = findings.filter((f) => f.title === "When a person resigned, as two filings state it").map((f) => [f.status, f.values[1]!.source.section]);
    expect(across).toEqual([
      ["mismatch", "employment-agreements"],
      ["pass", "certain-transactions"],
    ]);
  });

  it("lists exactly these mismatches", () => {
    expect(findings.filter((f) => f.status === "mismatch").map(brief)).toEqual([
      "sum | Haig S. Bagerdjian: shares owned plus options acquirable against the printed total | 10 shares",
      "percent | All directors and executive officers as a group: percent of the class against the shares outstanding | 0.503… percentage points",
      "count | The number of directors to be elected, wherever the filing states it, against the nominees listed | 1 director",
      "restatement | When a person resigned, as the filing states it twice | 1 day",
      "across-filings | When a person resigned, as two filings state it | 1 day",
      "across-filings | A loan's balance as of 2002-10-02, as two filings state it | $1,000",
    ]);
  });

  it("quotes every figure as its section prints it", () => {
    const text = new Map(docs.flatMap((doc) => [...doc.sectionText].map(([section, words]) => [`${doc.id}#${section}`, collapseSpaces(words)] as const)));
    for (const value of findings.flatMap((f) => f.values)) {
      expect(text.get(`${value.source.filing}#${value.source.section}`), value.source.quote).toContain(collapseSpaces(value.source.quote));
    }
  });
});
