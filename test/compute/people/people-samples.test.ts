import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { buildPeopleRegistry, resolvePersonFacts } from "../../../src/compute/people/index.ts";
import { collapseSpaces, type FilingDoc } from "../../../src/extract/filing-doc.ts";
import { extractPeopleMentions, parsePeopleFile } from "../../../src/extract/people/index.ts";
import type { AliasEntry, Person } from "../../../src/model/people.ts";
import { docFromSource, sampleDocs } from "../../support/docs.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, ROOT, corpusTextFiles } from "../../support/paths.ts";

const CONSULTING = "point360-2002-10-02-consulting-agreement";
const PURCHASE = "point360-2002-10-02-stock-purchase-agreement";
const PROXY = "point360-2002-11-04-proxy-statement";

/** Reads content/people.yaml the way the site layer does. */
function curatedAliases(): AliasEntry[] {
  const text = readFileSync(join(ROOT, "content/people.yaml"), "utf8");
  const parsed = parsePeopleFile(matter(`---\n${text}\n---\n`, {}).data, "content/people.yaml", text);
  expect(parsed.diagnostics).toEqual([]);
  return [...parsed.entries];
}

function expectQuotesInSections(docs: readonly FilingDoc[], facts: ReturnType<typeof extractPeopleMentions>): void {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  for (const fact of facts) {
    const text = byId.get(fact.source.filing)!.sectionText.get(fact.source.section);
    expect(text, `section ${fact.source.section} of ${fact.source.filing}`).toBeDefined();
    expect(collapseSpaces(text!), fact.source.quote).toContain(collapseSpaces(fact.source.quote));
  }
}

describe("the people of the sample filings", () => {
  const docs = sampleDocs();
  const facts = docs.flatMap(extractPeopleMentions);
  const aliases = curatedAliases();
  const people = buildPeopleRegistry(facts, aliases);
  const person = (id: string): Person => {
    const found = people.find((candidate) => candidate.id === id);
    expect(found, id).toBeDefined();
    return found!;
  };
  const titles = (id: string) => person(id).roles.map((role) => role.title);

  it("lists exactly the people the filings name, and no organisation", () => {
    expect(people.map((p) => p.name)).toEqual([
      "Alan R. Steel",
      "Greggory J. Hutchins",
      "Haig S. Bagerdjian",
      "Julia Stefanko",
      "Kim Stefanko",
      "Larry Hester",
      "Neil Nguyen",
      "R. Luke Stefanko",
      "Robert A. Baker",
      "Robert M. Loeffler",
      "Sam P. Bell",
    ]);
  });

  it("quotes every fact from the section it cites", () => {
    expectQuotesInSections(docs, facts);
  });

  it("gives Haig S. Bagerdjian his offices, party roles, age, seat and every printed form of his name", () => {
    const haig = person("haig-s-bagerdjian");
    expect(titles("haig-s-bagerdjian")).toEqual(expect.arrayContaining(["Chairman of the Board", "President and Chief Executive Officer", "BUYER", "PROXY HOLDER"]));
    expect(haig.roles).toContainEqual(expect.objectContaining({ kind: "board", title: "Director", from: "2000", organization: "Point.360" }));
    expect(haig.roles).toContainEqual(expect.objectContaining({ title: "Chairman of the Board", from: "2001-09", filing: PROXY }));
    expect(haig.ages.map((age) => [age.age, age.asOf])).toContainEqual([46, "2002-11-04"]);
    expect(haig.filings).toEqual([CONSULTING, PURCHASE, PROXY]);
    expect(haig.aliases).toEqual(expect.arrayContaining(["Mr. Bagerdjian", "Mr Bagerjian", "Haig S.Bagerdjian", "HAIG S. BAGERDJIAN"]));
  });

  it("gives R. Luke Stefanko his party roles and former offices, and the proxy's Mr. Stefanko", () => {
    const luke = person("r-luke-stefanko");
    expect(titles("r-luke-stefanko")).toEqual(expect.arrayContaining(["CONSULTANT", "SELLER", "SHAREHOLDER", "Former President and Chief Executive Officer"]));
    expect(luke.aliases).toContain("Mr. Stefanko");
    expect(luke.mentions.some((mention) => mention.quote.startsWith("During 2000, the Company loaned Mr. Stefanko"))).toBe(true);
  });

  it("merges the consulting agreement's Alan Steel into Alan R. Steel", () => {
    const alan = person("alan-r-steel");
    expect(alan.aliases).toEqual(expect.arrayContaining(["Alan Steel", "Mr. Steel"]));
    expect(alan.filings).toEqual([CONSULTING, PROXY]);
    expect(alan.roles).toContainEqual(expect.objectContaining({ title: "Executive Vice President, Finance and Administration", from: "2000-11" }));
    expect(titles("alan-r-steel")).toContain("Executive Vice President, Finance and Administration, Chief Financial Officer and Secretary");
    expect(alan.ages.map((age) => age.age)).toContain(57);
  });

  it("gives the directors their board and committee seats", () => {
    expect(titles("robert-a-baker")).toEqual(expect.arrayContaining(["Member of the Audit Committee", "Member of the Compensation Committee", "Director"]));
    expect(titles("greggory-j-hutchins")).toEqual(expect.arrayContaining(["Member of the Audit Committee", "Member of the Compensation Committee"]));
    expect(titles("sam-p-bell")).toContain("Director nominee");
    expect(titles("robert-m-loeffler")).toContain("Member of the Audit Committee");
    expect(titles("neil-nguyen")).toContain("President, Multimedia Group");
    expect(titles("larry-hester")).toContain("Former President, Post Production Group");
  });

  it("keeps the Stefankos apart: Kim is the wife the filing calls Mrs. Stefanko, Julia is named only in a row", () => {
    expect(person("kim-stefanko").roles.map((role) => [role.kind, role.title])).toEqual([["relationship", "wife of Mr. Stefanko"]]);
    expect(person("kim-stefanko").aliases).toEqual(["Mrs. Stefanko"]);
    expect(person("julia-stefanko").mentions.map((mention) => mention.quote)).toEqual(["Julia Stefanko | 2,267,168 | - | 2,267,168 | 25%"]);
  });

  it("leaves no surname mention of the samples unassigned", () => {
    expect(resolvePersonFacts(facts, aliases).unassigned).toEqual([]);
  });
});

describe.skipIf(!HAS_CORPUS)(`the people of corpus filings${CORPUS_SKIP_NOTE}`, () => {
  it.each(corpusTextFiles().map((path) => [basename(path), path]))("%s: quotes come from their sections and the registry is stable", (_name, path) => {
    const doc = docFromSource(readFileSync(path, "utf8"), `content/sources/${basename(path)}`);
    if (!doc) return;
    const facts = extractPeopleMentions(doc);
    expectQuotesInSections([doc], facts);
    const people = buildPeopleRegistry(facts, []);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    for (const p of people) {
      expect(p.name).toMatch(/^[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){1,4}$/);
      expect(p.name).not.toMatch(/\b(?:Inc|Corp|Corporation|Company|LLP|LLC|Associates|Group|Trust|Fund)\b/);
    }
    expect(JSON.stringify(buildPeopleRegistry([...facts].reverse(), []))).toBe(JSON.stringify(people));
  });
});
