import { describe, expect, it } from "vitest";
import { parseNumberWords, parseQuantities } from "../../../src/extract/quantities/index.ts";

const pick = (text: string) => parseQuantities(text).map(({ kind, printed, value, precision, approximate, bound, per, role, times, parenthetical }) => ({ kind, printed, value, precision, approximate, bound, per, role, times, parenthetical }));

describe("parseQuantities", () => {
  it("reads a share count, a price per share and an aggregate amount in exact cents with their printed precision", () => {
    expect(pick("the Seller shall sell 1,500 shares of Common Stock for a purchase price of $1.85 per Share, and an aggregate purchase price of $2,775")).toEqual([
      { kind: "shares", printed: "1,500", value: 1500, precision: 1, approximate: false, bound: false, per: null, role: null, times: null, parenthetical: false },
      { kind: "money", printed: "$1.85", value: 185, precision: 1, approximate: false, bound: false, per: "share", role: "price", times: null, parenthetical: false },
      { kind: "money", printed: "$2,775", value: 277500, precision: 100, approximate: false, bound: false, per: null, role: "aggregate", times: null, parenthetical: false },
    ]);
  });

  it("takes an approximate amount to be precise to its last non-zero digit and keeps the word in the printed figure", () => {
    const [balance, each] = parseQuantities("the balance, which is approximately $887,000, in two deferred installments of approximately $443,500 each");
    expect(balance).toMatchObject({ printed: "approximately $887,000", value: 88_700_000, precision: 100_000, approximate: true, role: "balance" });
    expect(each).toMatchObject({ printed: "approximately $443,500", precision: 10_000, per: "each", role: "installment", times: 2 });
  });

  it("marks a price in parentheses after an amount as derived from it", () => {
    const [, amount, price] = parseQuantities("the Company purchased 96,000 shares for $300,000 ($3.13 per share)");
    expect(amount).toMatchObject({ role: "aggregate", parenthetical: false });
    expect(price).toMatchObject({ per: "share", parenthetical: true });
  });

  it("tells a limit from a stated amount", () => {
    expect(parseQuantities("expenses in excess of $1,000 and more than 5% of the shares")).toMatchObject([{ bound: true }, { kind: "percent", value: 5000, bound: true }]);
  });

  it("reads what an amount is from the words before it: paid, assumed, a loan's principal, a balance", () => {
    const roles = (text: string) => parseQuantities(text).map((q) => q.role);
    expect(roles("Mr. Doe paid Ms. Roe $50,000, assumed payment obligations of approximately $262,000 and will make future installment payments of approximately $188,000.")).toEqual(["paid", "assumed", "balance"]);
    expect(roles("During 2001, the Company loaned Ms. Roe a total of $300,000.")).toEqual(["principal"]);
    expect(roles("The balance of principal and interest due as of March 3, 2003 was $265,000.")).toEqual(["balance"]);
    expect(roles("the Buyer shall assume the note in the principal amount of $300,000 (the NOTE), such remaining payments totaling approximately $262,000")).toEqual(["principal", "assumed"]);
  });

  it("reads percents to the thousandth of a percent with the precision they are printed in", () => {
    expect(parseQuantities("25% and 6.1%").map((q) => [q.value, q.precision])).toEqual([
      [25_000, 1000],
      [6_100, 100],
    ]);
  });

  it("does not read an amount printed to a fraction of a cent", () => {
    expect(parseQuantities("a price of $1.2345 per share")).toEqual([]);
  });
});

describe("parseNumberWords", () => {
  it("reads counts and large numbers written in words", () => {
    expect(["five", "twenty-four", "One Hundred Fifty Thousand", "two million three hundred", "12"].map(parseNumberWords)).toEqual([5, 24, 150_000, 2_000_300, 12]);
  });

  it("returns undefined for words that are not a number", () => {
    expect(parseNumberWords("several")).toBeUndefined();
  });
});
