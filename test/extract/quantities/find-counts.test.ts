import { describe, expect, it } from "vitest";
import { findAsOf, findCounts, findPeople, findWordedNumbers } from "../../../src/extract/quantities/index.ts";

describe("findCounts", () => {
  it("reads the number of directors to be elected however the sentence words it", () => {
    expect(findCounts("multiplied by the number of directors to be elected, which number is currently five.")).toMatchObject([{ what: "directors to be elected", printed: "five", count: 5 }]);
    expect(findCounts("(1) Election of four directors for a one year term.")).toMatchObject([{ what: "directors to be elected", count: 4 }]);
  });

  it("reads a count and the names listed after it, with or without honorifics", () => {
    expect(findCounts("The Audit Committee is comprised of two of the Company's directors, Messrs. Doe and Roe.")).toMatchObject([{ what: "names listed", count: 2, items: ["Doe", "Roe"], noun: "directors" }]);
    expect(findCounts("It has three directors: Jane Q. Roe, Mr. Smith and Dr. Poe.")).toMatchObject([{ count: 3, items: ["Jane Q. Roe", "Mr. Smith", "Dr. Poe"] }]);
  });

  it("reads people and the amounts given to them respectively, not splitting inside a figure", () => {
    expect(findCounts("agreements with Messrs. Doe, Smith and Roe providing for annual salaries of $285,000, $190,000 and $175,000 respectively.")).toMatchObject([
      { what: "amounts listed", count: 3, items: ["$285,000", "$190,000", "$175,000"] },
    ]);
  });
});

describe("findWordedNumbers", () => {
  it("reads numbers in words with their figures, and dollar amounts in words", () => {
    expect(findWordedNumbers("the passage of one (1) year, within thirty (60) days, a fee of Ten Thousand Dollars ($10,000)")).toEqual([
      { printed: "one (1) year", words: 1, figures: 1, money: false, noun: "year" },
      { printed: "thirty (60) days", words: 30, figures: 60, money: false, noun: "days" },
      { printed: "Ten Thousand Dollars ($10,000)", words: 1_000_000, figures: 1_000_000, money: true, noun: null },
    ]);
  });

  it("does not take an enumerator in parentheses for a number in figures", () => {
    expect(findWordedNumbers("the lesser of (1) the Shares and (2) such number")).toEqual([]);
  });
});

describe("findPeople", () => {
  const parties = [
    { name: "John P. Doe", role: "BUYER" },
    { name: "Jane Q. Roe", role: "SELLER" },
    { name: "Acme Widgets", role: "COMPANY" },
  ];

  it("names people by honorific, by a party's name and by a party's role word", () => {
    expect(findPeople("The Buyer shall pay the Seller's note.", parties)).toEqual([
      { surname: "Doe", given: "John P.", honorific: null },
      { surname: "Roe", given: "Jane Q.", honorific: null },
    ]);
    expect(findPeople("Messrs. Doe and Smith, and Mrs. Roe's note", [])).toEqual([
      { surname: "Doe", given: null, honorific: "Mr." },
      { surname: "Smith", given: null, honorific: "Mr." },
      { surname: "Roe", given: null, honorific: "Mrs." },
    ]);
  });
});

describe("findAsOf", () => {
  it("reads a printed day and, in an agreement, the agreement's own date", () => {
    expect(findAsOf("such payments totaling, as of the date of this Agreement, approximately $776,000", "2002-10-02")).toEqual([
      { date: "2002-10-02", printed: "as of the date of this Agreement", end: 56 },
    ]);
    expect(findAsOf("The balance due as of October 2, 2002 was $777,000.", null).map((a) => a.date)).toEqual(["2002-10-02"]);
    expect(findAsOf("as of the date of this Agreement", null)).toEqual([]);
  });
});
