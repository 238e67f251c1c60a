import { describe, expect, it } from "vitest";
import { buildPeopleRegistry, resolvePersonFacts } from "../../../src/compute/people/index.ts";
import type { Honorific, PersonFact } from "../../../src/model/people.ts";

interface Ref {
  printed: string;
  name?: string;
  honorific?: Honorific;
}

let line = 0;

/** A mention in a filing; a reference without `name` is a surname-only one like "Mr. Roe". */
function mention(filing: string, ref: Ref, quote = `${ref.printed} signed.`): PersonFact {
  line += 1;
  const surname = (ref.name ?? ref.printed).split(" ").pop()!;
  return {
    kind: "mention",
    person: { printed: ref.printed, name: ref.name ?? null, surname, honorific: ref.honorific ?? null },
    source: { filing, section: "s1", quote, line },
  };
}

function role(filing: string, ref: Ref, title: string, from: string | null = null): PersonFact {
  const base = mention(filing, ref, `${ref.printed} is ${title}.`);
  return { ...base, kind: "position", title, organization: "Acme Corp.", from, to: null };
}

function names(facts: readonly PersonFact[]): string[] {
  return buildPeopleRegistry(facts, []).map((person) => person.name);
}

describe("buildPeopleRegistry", () => {
  it("makes one person per full name, with a slug id, sorted filings and every printed variant as an alias", () => {
    const people = buildPeopleRegistry(
      [mention("b-filing", { printed: "JANE Q. ROE", name: "Jane Q. Roe" }), mention("a-filing", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }), mention("a-filing", { printed: "Jane Q.Roe", name: "Jane Q. Roe" })],
      [],
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: "jane-q-roe", name: "Jane Q. Roe", aliases: ["JANE Q. ROE", "Jane Q.Roe"], filings: ["a-filing", "b-filing"] });
  });

  it("merges a name without its middle initial into the one fuller name with the same first name and surname", () => {
    const facts = [mention("a", { printed: "Jane Roe", name: "Jane Roe" }), mention("b", { printed: "Jane Q. Roe", name: "Jane Q. Roe" })];
    const [person] = buildPeopleRegistry(facts, []);
    expect(person).toMatchObject({ name: "Jane Q. Roe", aliases: ["Jane Roe"], filings: ["a", "b"] });
  });

  it("leaves a short name alone when two fuller names could be meant", () => {
    const facts = [mention("a", { printed: "Jane Roe", name: "Jane Roe" }), mention("b", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }), mention("b", { printed: "Jane R. Roe", name: "Jane R. Roe" })];
    expect(names(facts)).toEqual(["Jane Q. Roe", "Jane R. Roe", "Jane Roe"]);
  });

  it("gives a surname mention to the one person of that surname in the same filing", () => {
    const facts = [mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }), mention("a", { printed: "Ms. Roe", honorific: "Ms." }, "Ms. Roe agreed.")];
    const [person] = buildPeopleRegistry(facts, []);
    expect(person!.aliases).toEqual(["Ms. Roe"]);
    expect(person!.mentions.map((m) => m.quote)).toEqual(["Jane Q. Roe signed.", "Ms. Roe agreed."]);
  });

  it("does not give a surname mention to a person named only in another filing", () => {
    const facts = [mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }), mention("b", { printed: "Ms. Roe", honorific: "Ms." })];
    expect(buildPeopleRegistry(facts, [])[0]!.filings).toEqual(["a"]);
    expect(resolvePersonFacts(facts, []).unassigned.map((fact) => fact.person.printed)).toEqual(["Ms. Roe"]);
  });

  it("among several people of a surname, gives Mr. and Mrs. only to the ones the filing says, and leaves the rest unassigned", () => {
    const facts = [
      mention("a", { printed: "John P. Roe", name: "John P. Roe" }),
      mention("a", { printed: "Jill Roe", name: "Jill Roe" }),
      mention("a", { printed: "Mr. Roe", name: "John P. Roe", honorific: "Mr." }, "(1) Mr. Roe resigned."),
      mention("a", { printed: "Mary Roe", name: "Mary Roe", honorific: "Mrs." }, "Mary Roe, wife of Mr. Roe."),
      mention("a", { printed: "Mr. Roe", honorific: "Mr." }, "Mr. Roe was paid."),
      mention("a", { printed: "Mrs. Roe", honorific: "Mrs." }, "Mrs. Roe was paid."),
      mention("a", { printed: "Roe" }, "Roe was paid."),
    ];
    const people = buildPeopleRegistry(facts, []);
    const quotes = (name: string) => people.find((person) => person.name === name)!.mentions.map((m) => m.quote);
    expect(quotes("John P. Roe")).toContain("Mr. Roe was paid.");
    expect(quotes("Mary Roe")).toContain("Mrs. Roe was paid.");
    expect(quotes("Jill Roe")).toEqual(["Jill Roe signed."]);
    expect(resolvePersonFacts(facts, []).unassigned.map((fact) => fact.source.quote)).toEqual(["Roe was paid."]);
  });

  it("leaves Mr. unassigned when the filing does not say which of two people is Mr.", () => {
    const facts = [mention("a", { printed: "John P. Roe", name: "John P. Roe" }), mention("a", { printed: "Jim Roe", name: "Jim Roe" }), mention("a", { printed: "Mr. Roe", honorific: "Mr." })];
    expect(resolvePersonFacts(facts, []).unassigned).toHaveLength(1);
  });

  it("merges a misspelling through the curated list, whose canonical name wins", () => {
    const facts = [mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }), mention("a", { printed: "Mrs Rowe", honorific: "Mrs." }), mention("b", { printed: "Jane Roe", name: "Jane Roe" })];
    const people = buildPeopleRegistry(facts, [{ name: "Jane Quincy Roe", aliases: ["Jane Q. Roe", "Mrs Rowe"] }]);
    expect(people.map((person) => [person.name, person.aliases])).toEqual([["Jane Quincy Roe", ["Jane Q. Roe", "Jane Roe", "Mrs Rowe"]]]);
  });

  it("lists roles by start date with their source, and one mention per sentence", () => {
    const facts = [
      role("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }, "President", "2001"),
      role("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }, "Vice President", "1999-06"),
      mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }, "Jane Q. Roe and Jane Q. Roe."),
      mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }, "Jane Q. Roe and Jane Q. Roe."),
    ];
    facts[3] = { ...facts[3]!, source: facts[2]!.source };
    const [person] = buildPeopleRegistry(facts, []);
    expect(person!.roles.map((r) => [r.title, r.from, r.organization, r.filing, r.section, r.quote])).toEqual([
      ["Vice President", "1999-06", "Acme Corp.", "a", "s1", "Jane Q. Roe is Vice President."],
      ["President", "2001", "Acme Corp.", "a", "s1", "Jane Q. Roe is President."],
    ]);
    expect(person!.mentions).toHaveLength(1);
  });

  it("gives the same registry whatever the order of the facts", () => {
    const facts = [
      mention("b", { printed: "Jane Roe", name: "Jane Roe" }),
      mention("a", { printed: "Jane Q. Roe", name: "Jane Q. Roe" }),
      mention("a", { printed: "Ms. Roe", honorific: "Ms." }),
      role("a", { printed: "John P. Doe", name: "John P. Doe" }, "Director", "1998"),
      role("a", { printed: "John P. Doe", name: "John P. Doe" }, "Chairman", "1998"),
    ];
    expect(JSON.stringify(buildPeopleRegistry([...facts].reverse(), []))).toBe(JSON.stringify(buildPeopleRegistry(facts, [])));
  });
});
