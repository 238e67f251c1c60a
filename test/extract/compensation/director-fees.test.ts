import { describe, expect, it } from "vitest";
import { extractDirectorFees } from "../../../src/extract/compensation/director-fees.ts";
import { madeUpDoc } from "./made-up.ts";

describe("extractDirectorFees", () => {
  it("reads each cash fee and option award of a director-pay paragraph with its unit", () => {
    const doc = madeUpDoc(`## DIRECTOR COMPENSATION {#director-compensation}

Each non-employee director receives an annual retainer of $12,000, $750 per Board meeting attended, and an option to purchase 2,000 shares upon election. Directors are reimbursed for travel.
`);
    expect(extractDirectorFees(doc).map(({ description, amount, shares, unit }) => ({ description, amount, shares, unit }))).toEqual([
      { description: "an annual retainer of $12,000", amount: 1200000, shares: null, unit: "year" },
      { description: "$750 per Board meeting attended", amount: 75000, shares: null, unit: "meeting" },
      { description: "an option to purchase 2,000 shares upon election", amount: null, shares: 2000, unit: "grant" },
    ]);
  });

  it("names the directors a sentence names and passes over a price per share", () => {
    const doc = madeUpDoc(`## BOARD {#board}

Messrs. Doe and Roe receive no compensation for serving on the Board. Messrs. Poe and Low are each paid $5,000 per quarter. In May 2002 the Company granted Ms. Low an option to purchase 1,000 shares at $2.50 per share.
`);
    expect(extractDirectorFees(doc)).toMatchObject([
      { amount: 500000, unit: "quarter", names: ["Poe", "Low"] },
      { shares: 1000, amount: null, unit: "grant", names: ["Low"] },
    ]);
  });

  it("passes over pay that is not a director's, and amounts that are neither a rate nor a fee", () => {
    const doc = madeUpDoc(`## DIRECTOR COMPENSATION {#director-compensation}

Each director who is not an employee is reimbursed for expenses. Mr. Doe, a director, entered into a consulting agreement paying $5,000 per month. The Code limits deductible compensation paid to outside directors to $1 million.
`);
    expect(extractDirectorFees(doc)).toEqual([]);
  });
});
