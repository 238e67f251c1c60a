import { describe, expect, it } from "vitest";
import { extractSalaries } from "../../../src/extract/compensation/salaries.ts";
import { extractSeverance } from "../../../src/extract/compensation/severance.ts";
import { madeUpDoc } from "./made-up.ts";

describe("extractSalaries", () => {
  it("matches the names of a list to its amounts by position, with the effective date", () => {
    const doc = madeUpDoc(`## EMPLOYMENT AGREEMENTS {#employment-agreements}

Effective March 1, 2002, the Company entered into employment agreements with Messrs. Doe, Roe and Poe providing for annual salaries of $200,000, $150,000 and $125,500 respectively.
`);
    expect(extractSalaries(doc).map(({ name, honorific, amount, unit, effective, basis }) => ({ name, honorific, amount, unit, effective, basis }))).toEqual([
      { name: "Doe", honorific: "Mr.", amount: 20000000, unit: "year", effective: "2002-03-01", basis: "employment agreement" },
      { name: "Roe", honorific: "Mr.", amount: 15000000, unit: "year", effective: "2002-03-01", basis: "employment agreement" },
      { name: "Poe", honorific: "Mr.", amount: 12550000, unit: "year", effective: "2002-03-01", basis: "employment agreement" },
    ]);
  });

  it("reads an amount printed before the word salary and one stated per month", () => {
    const doc = madeUpDoc(`## REPORT {#report}

Ms. Roe receives a $180,000 base annual salary and a bonus of $20,000. Mr. Doe's salary is $9,000 per month.
`);
    expect(extractSalaries(doc)).toMatchObject([
      { name: "Roe", honorific: "Ms.", amount: 18000000, unit: "year", effective: null, basis: "statement" },
      { name: "Doe", amount: 900000, unit: "month" },
    ]);
  });

  it("leaves the name null when the names and amounts do not pair up", () => {
    const doc = madeUpDoc(`## PAY {#pay}

Messrs. Doe, Roe and Poe were paid salaries of $100,000 and $90,000.
`);
    expect(extractSalaries(doc).map((salary) => salary.name)).toEqual([null, null]);
  });

  it("names the agreement's party that a role word names as the one paid", () => {
    const doc = madeUpDoc(`## SALARY {#salary}

Employee shall be entitled to receive a salary during the Employment Period at the rate of Ninety Thousand Dollars ($90,000.00) per annum.
`, { parties: [{ name: "Acme Widgets", role: "COMPANY" }, { name: "John Q. Doe", role: "EMPLOYEE" }] });
    expect(extractSalaries(doc)).toMatchObject([{ name: "John Q. Doe", honorific: null, amount: 9000000, unit: "year" }]);
  });
});

describe("extractSeverance", () => {
  it("reads months of pay with the people named", () => {
    const doc = madeUpDoc(`## EMPLOYMENT AGREEMENTS {#employment-agreements}

The agreements for Messrs. Doe and Roe provide that, if terminated without cause, each is entitled to severance equal to salary for twelve months.
`);
    expect(extractSeverance(doc)).toMatchObject([
      { names: ["Doe", "Roe"], description: "severance equal to salary for twelve months", months: 12, amount: null, multiple: null },
    ]);
  });

  it("reads unnamed severance measured in months of salary, an amount, and a multiple of pay", () => {
    const doc = madeUpDoc(`## ARRANGEMENTS {#arrangements}

Upon termination of his employment the Company has agreed to pay Mr. Doe the greater of $50,000 or six months' base salary. The Agreement provides for a severance payment of 2.5 times his annual compensation.
`);
    expect(extractSeverance(doc)).toMatchObject([
      { names: ["Doe"], description: "the greater of $50,000 or six months' base salary", months: 6, amount: 5000000, multiple: null },
      { names: [], months: null, amount: null, multiple: "2.5" },
    ]);
  });

  it("passes over severance that states no figure", () => {
    const doc = madeUpDoc(`## ARRANGEMENTS {#arrangements}

Mr. Doe's severance agreement is filed as an exhibit.
`);
    expect(extractSeverance(doc)).toEqual([]);
  });
});
