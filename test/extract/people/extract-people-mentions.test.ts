import { describe, expect, it } from "vitest";
import { collapseSpaces, type FilingDoc } from "../../../src/extract/filing-doc.ts";
import { extractPeopleMentions } from "../../../src/extract/people/index.ts";
import type { PersonFact, PersonRoleFact } from "../../../src/model/people.ts";
import { docFromMarkdown } from "../../support/docs.ts";

/** A filing of the made-up Acme Corp. dated 2003-03-01 with the given parties and Markdown body. */
function doc(body: string, parties: { name: string; role: string }[] = []): FilingDoc {
  const partyLines = parties.map((party) => `  - name: "${party.name}"\n    role: "${party.role}"`).join("\n");
  const text = [
    "---",
    'title: "Proxy Statement"',
    'kind: "proxy statement"',
    "label: null",
    'company: "Acme Corp."',
    'date: "2003-03-01"',
    parties.length ? `parties:\n${partyLines}` : "parties: []",
    "source:",
    '  path: "content/sources/acme-2003-03-01-proxy-statement.txt"',
    `  sha256: "${"0".repeat(64)}"`,
    "---",
    "",
    body,
  ].join("\n");
  return docFromMarkdown(text, "content/filings/acme-2003-03-01-proxy-statement.md");
}

function roles(facts: readonly PersonFact[]): PersonRoleFact[] {
  return facts.filter((fact): fact is PersonRoleFact => fact.kind !== "age" && fact.kind !== "mention");
}

/** Role facts as short lines, easy to compare: "kind name: title @ organization from..to". */
function roleLines(facts: readonly PersonFact[]): string[] {
  return roles(facts).map((f) => `${f.kind} ${f.person.name ?? f.person.printed}: ${f.title} @ ${f.organization} ${f.from ?? ""}..${f.to ?? ""}`);
}

function expectQuotesInSections(document: FilingDoc, facts: readonly PersonFact[]): void {
  for (const fact of facts) expect(collapseSpaces(document.sectionText.get(fact.source.section) ?? "")).toContain(collapseSpaces(fact.source.quote));
}

describe("extractPeopleMentions: party roles", () => {
  const body = "## AGREEMENT {#agreement}\n\nThis Agreement is made by Acme Corp., a Delaware corporation (the COMPANY), and Jane Q. Roe (the BUYER). The Buyer shall pay.\n";
  const document = doc(body, [
    { name: "Acme Corp.", role: "COMPANY" },
    { name: "Jane Q. Roe", role: "BUYER" },
  ]);
  const facts = extractPeopleMentions(document);

  it("gives a person party the role from the frontmatter, sourced at the sentence that defines it", () => {
    const party = roles(facts).filter((fact) => fact.kind === "party");
    expect(party).toHaveLength(1);
    expect(party[0]).toMatchObject({ title: "BUYER", organization: null, person: { name: "Jane Q. Roe" } });
    expect(party[0]!.source).toEqual({
      filing: "acme-2003-03-01-proxy-statement",
      section: "agreement",
      quote: "This Agreement is made by Acme Corp., a Delaware corporation (the COMPANY), and Jane Q. Roe (the BUYER).",
      line: 19,
    });
  });

  it("treats the company party as an organisation, not a person", () => {
    expect(facts.some((fact) => /Acme/.test(fact.person.printed))).toBe(false);
  });
});

describe("extractPeopleMentions: tables of officers and nominees", () => {
  const body = `## ELECTION OF DIRECTORS {#election-of-directors}

:::table{#nominees}

| NAME | PRINCIPAL OCCUPATION | AGE | YEAR FIRST ELECTED DIRECTOR |
| --- | --- | ---: | ---: |
| John P. Doe (A)(B) | Partner, Doe & Poe LLP | 60 | 1998 |
| Jane Q. Roe | President and Chief Executive Officer of Acme Corp. | 52 | - |

(A) Member of the Audit Committee

(B) Serves on the boards of Widget Holdings, Inc. and Gadget Fund
:::

## EXECUTIVE OFFICERS {#executive-officers}

:::table{#officers}

| Name | Age | Position |
| --- | ---: | --- |
| Jane Q. Roe | 52 | President and Chief Executive Officer |
| All directors and executive officers as a group | | |
:::
`;
  const document = doc(body);
  const facts = extractPeopleMentions(document);

  it("reads offices, board seats, nominations and footnoted committee seats from the rows", () => {
    expect(roleLines(facts)).toEqual([
      "position John P. Doe: Partner @ Doe & Poe LLP ..",
      "board John P. Doe: Director @ Acme Corp. 1998..",
      "board John P. Doe: Director nominee @ Acme Corp. ..",
      "committee John P. Doe: Member of the Audit Committee @ Acme Corp. ..",
      "board John P. Doe: Director @ Widget Holdings, Inc. ..",
      "board John P. Doe: Director @ Gadget Fund ..",
      "position Jane Q. Roe: President and Chief Executive Officer @ Acme Corp. ..",
      "board Jane Q. Roe: Director nominee @ Acme Corp. ..",
      "position Jane Q. Roe: President and Chief Executive Officer @ Acme Corp. ..",
    ]);
  });

  it("reads ages as of the filing's date, quoting the row exactly", () => {
    const ages = facts.filter((fact) => fact.kind === "age");
    expect(ages.map((fact) => [fact.person.name, fact.age, fact.asOf])).toEqual([
      ["John P. Doe", 60, "2003-03-01"],
      ["Jane Q. Roe", 52, "2003-03-01"],
      ["Jane Q. Roe", 52, "2003-03-01"],
    ]);
    expect(ages[0]!.source.quote).toBe("John P. Doe (A)(B) | Partner, Doe & Poe LLP | 60 | 1998");
  });

  it("strips footnote marks from the printed name and never takes a group row for a person", () => {
    const printed = new Set(facts.map((fact) => fact.person.printed));
    expect([...printed].sort()).toEqual(["Jane Q. Roe", "John P. Doe"]);
    expectQuotesInSections(document, facts);
  });
});

describe("extractPeopleMentions: biographies", () => {
  const body = `## MANAGEMENT {#management}

JANE Q. ROE became President of the Company in March 1999 and was appointed Chief Executive Officer in June 2001. She was Vice President of Widget Holdings Corporation, a maker of widgets, from 1990 to 1999. Ms. Roe currently serves as a director of Gadget Fund, Inc.

JOHN P. DOE has been a partner at Doe & Poe LLP since 1985. From 1980 to 1985, Mr. Doe was General Counsel of Sprocket Company. He joined the board in 1998.
`;
  const document = doc(body);
  const facts = extractPeopleMentions(document);

  it("reads offices with their organisation and printed dates, following He and She to the paragraph's person", () => {
    expect(roleLines(facts)).toEqual([
      "position Jane Q. Roe: President @ Acme Corp. 1999-03..",
      "position Jane Q. Roe: Chief Executive Officer @ Acme Corp. 2001-06..",
      "position Jane Q. Roe: Vice President @ Widget Holdings Corporation 1990..1999",
      "board Ms. Roe: director @ Gadget Fund, Inc. ..",
      "position John P. Doe: partner @ Doe & Poe LLP 1985..",
      "position Mr. Doe: General Counsel @ Sprocket Company 1980..1985",
    ]);
  });

  it("matches a name printed in capitals to the person, keeping the printed form", () => {
    const first = facts.find((fact) => fact.kind === "position")!;
    expect(first.person).toEqual({ printed: "JANE Q. ROE", name: "Jane Q. Roe", surname: "Roe", honorific: null });
  });

  it("quotes the whole sentence as printed", () => {
    const range = roles(facts).find((fact) => fact.from === "1990")!;
    expect(range.source.quote).toBe("She was Vice President of Widget Holdings Corporation, a maker of widgets, from 1990 to 1999.");
    expectQuotesInSections(document, facts);
  });
});

describe("extractPeopleMentions: committees and family", () => {
  const body = `## COMMITTEES {#committees}

The Company has a Compensation Committee (the "Committee") consisting of directors John P. Doe and Jane Q. Roe. The Audit Committee is comprised of Messrs. Doe and Poe. The third member of the Audit Committee, Ann B. Lee, retired in 2002. On May 1, 2002, Ms. Roe resigned as a member of the Committee.

## TRANSACTIONS {#transactions}

The Company rented equipment from Mary Roe, wife of Mr. Roe.
`;
  const facts = extractPeopleMentions(doc(body));

  it("reads committee members from lists, Messrs. lists, appositions and resignations", () => {
    expect(roleLines(facts).filter((line) => line.startsWith("committee"))).toEqual([
      "committee John P. Doe: Member of the Compensation Committee @ Acme Corp. ..",
      "committee Jane Q. Roe: Member of the Compensation Committee @ Acme Corp. ..",
      "committee Doe: Member of the Audit Committee @ Acme Corp. ..",
      "committee Poe: Member of the Audit Committee @ Acme Corp. ..",
      "committee Ann B. Lee: Member of the Audit Committee @ Acme Corp. ..",
      "committee Ms. Roe: member of the Compensation Committee @ Acme Corp. ..2002-05-01",
    ]);
  });

  it("states a family tie as a role and gives a wife the honorific the filing implies", () => {
    const tie = roles(facts).find((fact) => fact.kind === "relationship")!;
    expect(tie.title).toBe("wife of Mr. Roe");
    expect(tie.person).toEqual({ printed: "Mary Roe", name: "Mary Roe", surname: "Roe", honorific: "Mrs." });
  });
});

describe("extractPeopleMentions: mentions", () => {
  const body = `## PARTIES {#parties}

Messrs. Doe, Roe and Poe met Jane Q.Roe and JOHN P. DOE. Mr Doe signed Exhibit A. The Company thanked Widget Holdings Corporation and Ann Lee.

:::table{#owners}

| NAME AND ADDRESS | SHARES |
| --- | ---: |
| John P. Doe | 1,000 |
:::

By: /s/ Jane Q. Roe\\
Jane Q. Roe
`;
  const document = doc(body);
  const mentions = extractPeopleMentions(document).filter((fact) => fact.kind === "mention");

  it("records every occurrence: Messrs. lists, spacing and capitals variants, honorific without a period, rows and signatures", () => {
    expect(mentions.map((fact) => `${fact.person.printed} -> ${fact.person.name ?? `?${fact.person.surname}`}`)).toEqual([
      "Doe -> ?Doe",
      "Roe -> ?Roe",
      "Poe -> ?Poe",
      "Jane Q.Roe -> Jane Q. Roe",
      "JOHN P. DOE -> John P. Doe",
      "Mr Doe -> ?Doe",
      "Jane Q. Roe -> Jane Q. Roe",
      "Jane Q. Roe -> Jane Q. Roe",
      "John P. Doe -> John P. Doe",
    ]);
    expectQuotesInSections(document, mentions);
  });

  it("invents no person from capitalised words or firm names", () => {
    const printed = mentions.map((fact) => fact.person.printed);
    expect(printed.some((name) => /Exhibit|Widget|Company|Ann Lee/.test(name))).toBe(false);
  });
});

describe("extractPeopleMentions: footnotes that say who is Mr.", () => {
  const body = `## SUMMARY COMPENSATION TABLE {#summary}

:::table{#summary-compensation-table}

| NAME AND PRINCIPAL POSITION | YEAR | SALARY |
| --- | ---: | ---: |
| John P. Roe, (1) Former President | 2002 | $100,000 |

(1) Mr. Roe's employment terminated on May 1, 2002.
:::
`;
  const facts = extractPeopleMentions(doc(body));

  it("reads the office after the name in a name-and-position cell", () => {
    expect(roleLines(facts)).toEqual(["position John P. Roe: Former President @ Acme Corp. .."]);
  });

  it("ties the note's Mr. to the row's full name", () => {
    const tied = facts.filter((fact) => fact.kind === "mention" && fact.person.printed === "Mr. Roe" && fact.person.name);
    expect(tied.map((fact) => [fact.person.name, fact.person.honorific, fact.source.quote])).toEqual([["John P. Roe", "Mr.", "Mr. Roe's employment terminated on May 1, 2002."]]);
  });
});
