import { describe, expect, it } from "vitest";
import { checkProvenance, locateQuote } from "../../src/compute/index.ts";
import { applyCorrections } from "../../src/compute/curated.ts";
import { formatDiagnostic } from "../../src/lib/diagnostic.ts";

const doc = { id: "acme-2010-03-01-advisory-agreement", file: "content/filings/acme.md", sectionText: new Map([["s2-fees", "2. Fees. The Company shall pay the Advisor a fee of $2,500 per month."]]) };
const source = (quote: string, section = "s2-fees", filing = doc.id) => ({ filing, section, quote, line: 12 });

describe("checkProvenance", () => {
  it("accepts a quote found in its section, whatever the spacing", () => {
    expect(checkProvenance([source("a fee of   $2,500\nper month")], [doc])).toEqual([]);
  });

  it("reports a quote that is not in its section, at the file and line of the fact", () => {
    const [diagnostic] = checkProvenance([source("a fee of $3,500 per month")], [doc]);
    expect(formatDiagnostic(diagnostic!)).toMatchInlineSnapshot(`
      "content/filings/acme.md:12: expected the quoted words to be in section "s2-fees", found "a fee of $3,500 per month" [fact-quote-missing]
        hint: Copy the sentence exactly as the section prints it, or point the fact at the section that states it."
    `);
  });

  it("reports a section the filing does not have", () => {
    expect(checkProvenance([source("a fee", "s9-fees")], [doc]).map((d) => d.rule)).toEqual(["fact-section-missing"]);
  });

  it("reports a filing that is not in the collection", () => {
    expect(checkProvenance([source("a fee", "s2-fees", "nope")], [doc]).map((d) => d.rule)).toEqual(["fact-filing-missing"]);
  });
});

describe("locateQuote", () => {
  const text = "2. Fees. The Company shall\n   pay the  Advisor a fee of\n$2,500 per month.\nName        Salary\nJane Roe    $90,000\n";

  it("finds a sentence wrapped over lines, with its first and last columns", () => {
    expect(locateQuote(text, "shall pay the Advisor a fee")).toEqual({ startLine: 1, startColumn: 22, endLine: 2, endColumn: 25 });
  });

  it("finds a table row by its cells", () => {
    expect(locateQuote(text, "Jane Roe | $90,000")?.startLine).toBe(5);
  });

  it("returns nothing for words that are not there", () => {
    expect(locateQuote(text, "a fee of $3,500")).toBeUndefined();
  });
});

describe("applyCorrections", () => {
  const facts = [{ rate: 250000, source: source("a fee of $2,500 per month") }];
  const correction = (match: string) => ({
    value: { fact: "consulting-fee", section: "s2-fees", match, field: "rate", value: 300000, quote: "$2,500 per month", reason: "test" },
    filing: doc.id,
    line: 7,
  });

  it("sets the field, takes the curator's quote as the source and says why", () => {
    const { facts: fixed, unmatched } = applyCorrections(facts, [correction("$2,500")], "consulting-fee");
    expect(fixed[0]).toMatchObject({ rate: 300000, corrected: "test", source: { quote: "$2,500 per month", line: 7 } });
    expect(unmatched).toEqual([]);
  });

  it("returns a correction that matches no fact as unmatched", () => {
    expect(applyCorrections(facts, [correction("$9,999")], "consulting-fee").unmatched).toHaveLength(1);
  });
});
