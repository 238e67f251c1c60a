import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/extract/index.ts";
import { collectReferenceUnits, extractTermDefinitions } from "../../../src/extract/references/index.ts";

const MARKDOWN = `Exhibit 10.1

## CONSULTING AGREEMENT {#consulting-agreement}

This Agreement is made by Acme Widgets (the COMPANY) and [a link](#x).

### 3. Term and Termination. {#s3-term label="3"}

:::clause{#s3b-misconduct label="3(b)"}

(b) **Termination for Misconduct.** "Misconduct" as used in this Agreement means a breach.\\
By the Company.
:::

::::table{#fees-table}
### FEES PAID

| NAME | FEE |
| --- | ---: |
| Jane Q. Roe | $5,000 |

Note: paid monthly.
::::
`;

describe("reading the units of a filing's text", () => {
  const units = collectReferenceUnits(parseMarkdown(MARKDOWN), MARKDOWN);

  it("gives each paragraph, cell and note the section holding it, and leaves out text before the first heading", () => {
    expect(units.map((u) => [u.section, u.kind, u.text.trim()])).toEqual([
      ["consulting-agreement", "prose", "This Agreement is made by Acme Widgets (the COMPANY) and  ."],
      ["s3b-misconduct", "prose", '(b) Termination for Misconduct. "Misconduct" as used in this Agreement means a breach. By the Company.'],
      ["fees-table", "cell", "NAME"],
      ["fees-table", "cell", "FEE"],
      ["fees-table", "cell", "Jane Q. Roe"],
      ["fees-table", "cell", "$5,000"],
      ["fees-table", "prose", "Note: paid monthly."],
    ]);
  });

  it("keeps each text node with its place in the unit and whether it is bold", () => {
    const clause = units[1]!;
    expect(clause.segments.map((s) => [clause.text.slice(s.start, s.end), s.emphasis])).toEqual([
      ["(b) ", false],
      ["Termination for Misconduct.", true],
      [' "Misconduct" as used in this Agreement means a breach.', false],
      ["By the Company.", false],
    ]);
  });

  it("reads the terms a filing defines with their section, sentence and file line", () => {
    expect(extractTermDefinitions(units, 10)).toEqual([
      { key: "company", term: "Company", forms: ["Company", "Companies", "COMPANY", "COMPANIES"], section: "consulting-agreement", definition: "This Agreement is made by Acme Widgets (the COMPANY) and .", line: 14 },
      { key: "misconduct", term: "Misconduct", forms: ["Misconduct"], section: "s3b-misconduct", definition: '"Misconduct" as used in this Agreement means a breach.', line: 20 },
    ]);
  });
});
