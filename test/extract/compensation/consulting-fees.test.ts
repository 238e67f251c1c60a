import { describe, expect, it } from "vitest";
import { extractConsultingFees } from "../../../src/extract/compensation/consulting-fees.ts";
import { madeUpDoc } from "./made-up.ts";

const AGREEMENT = `## CONSULTING AGREEMENT {#consulting-agreement}

### 1. Services. {#s1 label="1"}

Beginning as of the date of this Agreement and continuing through June 30, 2003, the Consultant shall be available, but in no event greater than 30 hours per month, to provide services. Beginning July 1, 2003, the Consultant shall be available as needed, but not to exceed five hours per week.

### 2. Fees. {#s2 label="2"}

The Company shall pay to the Consultant $8,000 per month beginning as of the date hereof and continuing through June 30, 2003. For services after July 1, 2003, the Company shall pay the Consultant a consulting fee of $200 per hour.
`;

describe("extractConsultingFees", () => {
  const doc = madeUpDoc(AGREEMENT, { parties: [{ name: "Acme Widgets", role: "COMPANY" }, { name: "John Q. Doe", role: "CONSULTANT" }] });
  const fees = extractConsultingFees(doc);

  it("reads each rate with its period, the date hereof being the filing's date", () => {
    expect(fees.map(({ name, rate, unit, from, through }) => ({ name, rate, unit, from, through }))).toEqual([
      { name: "John Q. Doe", rate: 800000, unit: "month", from: "2003-04-01", through: "2003-06-30" },
      { name: "John Q. Doe", rate: 20000, unit: "hour", from: "2003-07-01", through: null },
    ]);
  });

  it("attaches the hour limit of the same period, quoting the sentence that states it", () => {
    expect(fees[0]!.capHours).toMatchObject({ hours: 30, per: "month", source: { section: "s1" } });
    expect(fees[1]!.capHours).toMatchObject({ hours: 5, per: "week", source: { section: "s1" } });
  });

  it("reads a proxy's consulting fee with its payee, its duration and a month as its end", () => {
    const proxy = madeUpDoc(`## CERTAIN TRANSACTIONS {#certain-transactions}

During 2002, the Company paid Mrs. Doe consulting fees of $4,000 per month for eleven months. Mr. Roe will be paid $6,500 per month through March 2004 for consulting services.
`);
    expect(extractConsultingFees(proxy)).toMatchObject([
      { name: "Doe", honorific: "Mrs.", rate: 400000, unit: "month", from: null, through: null, duration: { count: 11, unit: "month" }, capHours: null },
      { name: "Roe", honorific: "Mr.", rate: 650000, unit: "month", from: null, through: "2004-03", duration: null },
    ]);
  });

  it("passes over rates that are not about consulting", () => {
    const proxy = madeUpDoc(`## LEASE {#lease}

The Company pays rent of $2,000 per month.
`);
    expect(extractConsultingFees(proxy)).toEqual([]);
  });
});
