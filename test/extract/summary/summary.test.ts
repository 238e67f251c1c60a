import { describe, expect, it } from "vitest";
import { extractSummary } from "../../../src/extract/summary/index.ts";
import { collapseSpaces } from "../../../src/extract/filing-doc.ts";
import { docFromMarkdown, sampleDocs } from "../../support/docs.ts";

const FRONTMATTER = (kind: string, title: string) => `---
title: "${title}"
kind: "${kind}"
label: null
company: "Acme Widgets, Inc."
date: "2010-03-01"
parties:
  - name: "Acme Widgets, Inc."
    role: "COMPANY"
  - name: "Jane Q. Roe"
    role: "ADVISOR"
source:
  path: "content/sources/acme.txt"
  sha256: "${"0".repeat(64)}"
---
`;

describe("the summary card of an agreement", () => {
  const doc = docFromMarkdown(
    `${FRONTMATTER("advisory agreement", "Advisory Agreement")}
## ADVISORY AGREEMENT {#advisory-agreement}

This Advisory Agreement is made by Acme Widgets, Inc., a Delaware corporation (the COMPANY), and Jane Q. Roe (the ADVISOR).

### 1\\. Term. {#s1-term label="1"}

The Advisor shall serve for a period commencing on March 1, 2010 and terminating February 28, 2011, unless earlier terminated.

### 2\\. Fees. {#s2-fees label="2"}

The Company shall pay the Advisor a fee of $2,500 per month.

### 3\\. Termination. {#s3-termination label="3"}

:::clause{#s3a-for-cause label="3(a)"}
(a) **For Cause.** The Company may end this Agreement for cause.
:::

### 4\\. Law. {#s4-law label="4"}

This Agreement shall be governed by the laws of the State of Oregon. Any dispute shall be settled by binding arbitration in Portland, Oregon.
`,
    "content/filings/acme-2010-03-01-advisory-agreement.md",
  );
  const items = extractSummary(doc).items;
  const value = (label: string) => items.filter((i) => i.label === label).map((i) => i.value);

  it("names the parties with their roles", () => {
    expect(value("Party")).toEqual(["Acme Widgets, Inc. (COMPANY)", "Jane Q. Roe (ADVISOR)"]);
  });

  it("reads the term, the consideration, the governing law and the forum", () => {
    expect(value("Term")).toEqual(["March 1, 2010 to February 28, 2011"]);
    expect(value("Consideration")).toEqual(["$2,500 per month"]);
    expect(value("Governing law")).toEqual(["State of Oregon"]);
    expect(value("Disputes")).toEqual(["Binding arbitration, Portland, Oregon"]);
  });

  it("lists the termination clauses as triggers", () => {
    expect(items.filter((i) => i.label === "Termination").map((i) => [i.value, i.source.section])).toEqual([["For Cause", "s3a-for-cause"]]);
  });
});

describe("the summary cards of the samples", () => {
  it("quote a sentence that is in the section each line points at", () => {
    for (const doc of sampleDocs()) {
      for (const item of extractSummary(doc).items) {
        expect(collapseSpaces(doc.sectionText.get(item.source.section) ?? ""), `${doc.id} ${item.label}`).toContain(collapseSpaces(item.source.quote));
      }
    }
  });

  it("give the proxy statement's meeting, record date, proposals, nominees and auditors", () => {
    const proxy = sampleDocs().find((d) => d.frontmatter.kind === "proxy statement")!;
    const items = extractSummary(proxy).items.map((i) => [i.label, i.value]);
    expect(items).toEqual(
      expect.arrayContaining([
        ["Meeting date", "December 5, 2002"],
        ["Time", "10:00 a.m., local time"],
        ["Record date", "November 1, 2002"],
        ["Nominee", "Sam P. Bell"],
        ["Auditors", "Singer Lewak Greenbaum & Goldstein LLP"],
      ]),
    );
    expect(items.filter(([label]) => label?.startsWith("Proposal"))).toHaveLength(3);
  });
});
