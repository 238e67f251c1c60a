import { describe, expect, it } from "vitest";
import { buildChecks } from "../../../src/compute/checks/index.ts";
import { CHECK_KINDS } from "../../../src/model/checks.ts";
import { brief, fixtureFilings } from "./filings.ts";

describe("checks of a made-up company's consistent filings", () => {
  const findings = buildChecks(fixtureFilings("consistent"));

  it("finds no mismatch", () => {
    expect(findings.filter((f) => f.status === "mismatch").map(brief)).toEqual([]);
  });

  it("runs every kind of check", () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(CHECK_KINDS));
  });

  it("compares each figure and date the agreements and the proxy statement both state", () => {
    expect(findings.filter((f) => f.kind === "across-filings").map((f) => f.title)).toEqual([
      "When a person resigned, as two filings state it",
      "When options terminate, as two filings state it",
      "Consulting fee per month, as two filings state it",
      "The end of a consulting fee's period, as two filings state it",
      "When a term ends, as two filings state it",
      "Shares purchased, as two filings state it",
      "Amount paid, as two filings state it",
      "A loan's principal amount, as two filings state it",
      "Liabilities assumed, as two filings state it",
      "A loan's balance as of 2003-03-03, as two filings state it",
      "Balance left to pay, as two filings state it",
      "The parts of a purchase price against the aggregate price, as two filings state it",
    ]);
  });
});

describe("checks of a made-up company's filings with planted errors", () => {
  const findings = buildChecks(fixtureFilings("planted"));

  it("finds every planted error, and the mismatches they cause, each with its exact difference", () => {
    expect(findings.filter((f) => f.status === "mismatch").map(brief)).toEqual([
      "product | Shares times price per share against the amount | $100",
      "product | Amount divided by shares against the price per share | $4,000",
      "sum | Option share counts of a list against its printed total | 5,000 shares",
      "sum | The balance of a purchase price: the aggregate price less the amounts paid and assumed | $9,900",
      "sum | Installments times their amount against the amount they pay | $15,000",
      "sum | John P. Doe: shares owned plus options acquirable against the printed total | 10 shares",
      "sum | Alex R. Quill: 2022 pay in the Summary Compensation Table against the printed total | $100",
      "percent | Mary Poe: percent of the class against the shares outstanding | 0.5 percentage points",
      "percent | Jane Q. Roe: percent of the class against the shares outstanding | 2 percentage points",
      "number-words | A number in words against the same number in figures | 30 days",
      "count | A count of directors against the names listed | 1 director",
      "count | People named against the amounts given to them “respectively” | 1 item",
      "count | The number of directors to be elected, wherever the filing states it, against the nominees listed | 1 director",
      "restatement | When a person resigned, as the filing states it twice | 1 day",
      "restatement | John P. Doe: options in the Summary Compensation Table for 2002 against the option grants listed | 5,000 shares",
      "across-filings | When a person resigned, as two filings state it | 1 day",
      "across-filings | The end of a consulting fee's period, as two filings state it | 1 month",
      "across-filings | When options terminate, as two filings state it | 365 days",
      "across-filings | Consulting fee per month, as two filings state it | $1,000 per month",
      "across-filings | When a term ends, as two filings state it | 365 days",
      "across-filings | Shares purchased, as two filings state it | 10,000 shares",
      "across-filings | Amount paid, as two filings state it | $10,000",
      "across-filings | A loan's balance as of 2003-03-03, as two filings state it | $3,000",
      "across-filings | A loan's principal amount, as two filings state it | $20,000",
      "across-filings | Balance left to pay, as two filings state it | $10,000",
      "across-filings | The parts of a purchase price against the aggregate price, as two filings state it | $9,900",
    ]);
  });

  it("still passes the figures that were left alone", () => {
    expect(findings.filter((f) => f.status === "pass").map(brief)).toEqual([
      "sum | Installments times their amount against the amount they pay | no difference",
      "sum | Mary Poe: shares owned plus options acquirable against the printed total | no difference",
      "sum | Jane Q. Roe: shares owned plus options acquirable against the printed total | no difference",
      "sum | All directors and executive officers as a group: shares owned plus options acquirable against the printed total | no difference",
      "sum | Alex R. Quill: 2023 pay in the Summary Compensation Table against the printed total | no difference",
      "sum | Sam T. Birch: 2023 pay in the Summary Compensation Table against the printed total | no difference",
      "percent | John P. Doe: percent of the class against the shares outstanding | 0.19… percentage points",
      "percent | All directors and executive officers as a group: percent of the class against the shares outstanding | 0.286… percentage points",
      "number-words | A number in words against the same number in figures | no difference",
      "across-filings | When a person resigned, as two filings state it | no difference",
      "across-filings | Liabilities assumed, as two filings state it | no difference",
    ]);
  });
});

describe("finding ids", () => {
  it("are the same whatever order the filings come in, and unique", () => {
    const filings = fixtureFilings("planted");
    const ids = buildChecks(filings).map((f) => f.id);
    expect(buildChecks([...filings].reverse()).map((f) => f.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("are made from the kind, the first figure's section and a hash of the figures", () => {
    const finding = buildChecks(fixtureFilings("planted")).find((f) => f.title.startsWith("John P. Doe: shares owned"))!;
    expect(finding.id).toMatch(/^sum-security-ownership-of-certain-beneficial-owners-and-management-[0-9a-f]{8}$/);
  });
});
