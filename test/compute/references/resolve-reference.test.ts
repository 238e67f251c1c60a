import { describe, expect, it } from "vitest";
import { buildCatalogSections, resolveReference } from "../../../src/compute/references/index.ts";
import type { ReferenceAsk } from "../../../src/model/references.ts";
import { AGREEMENT, CATALOG, CURRENT_REPORT, PROXY, sectionOf } from "./catalog.ts";

const at = (filing = AGREEMENT, section = "s3-term") => ({ filing, section: sectionOf(filing, section) });
const section = (label: string, document: string | null = null): ReferenceAsk => ({ kind: "section", label, document });
const document = (name: string, self = false): ReferenceAsk => ({ kind: "document", name, form: null, date: null, self });
const to = (filing: string, section: string | null) => ({ filing, section, person: null, definition: null });

describe("the catalog of a filing's sections", () => {
  it("puts each section under the headings and clauses holding it, and under its exhibit", () => {
    expect(AGREEMENT.sections.map((s) => [s.id, s.part, s.ancestors.join(" > ")])).toEqual([
      ["consulting-agreement", null, ""],
      ["s1-engagement", null, "consulting-agreement"],
      ["s2-fees", null, "consulting-agreement"],
      ["s2a", null, "consulting-agreement > s2-fees"],
      ["s3-term", null, "consulting-agreement"],
      ["s3b-misconduct", null, "consulting-agreement > s3-term"],
      ["exhibit-a-proxy", "Exhibit A", ""],
      ["exhibit-a-s1", "Exhibit A", "exhibit-a-proxy"],
      ["exhibit-a-s2", "Exhibit A", "exhibit-a-proxy"],
    ]);
  });

  it("ends a clause at the next heading even when the heading is deeper", () => {
    const sections = buildCatalogSections([
      { id: "a", kind: "clause", level: 4, label: "1", title: "" },
      { id: "b", kind: "heading", level: 5, label: null, title: "" },
    ]);
    expect(sections[1]!.ancestors).toEqual([]);
  });
});

describe("resolving a section reference", () => {
  it("finds a label of the same document", () => {
    expect(resolveReference(section("2(a)"), at(), CATALOG)).toEqual(to(AGREEMENT.id, "s2a"));
  });

  it("reads a plain number in an exhibit as the exhibit's own paragraph", () => {
    expect(resolveReference(section("2"), at(AGREEMENT, "exhibit-a-s1"), CATALOG)).toEqual(to(AGREEMENT.id, "exhibit-a-s2"));
  });

  it("reads a number of the named agreement in the agreement's numbering, even from its exhibit", () => {
    expect(resolveReference(section("2", "Consulting Agreement"), at(AGREEMENT, "exhibit-a-s1"), CATALOG)).toEqual(to(AGREEMENT.id, "s2-fees"));
  });

  it("finds a section of another filing of the same company named by its title", () => {
    expect(resolveReference(section("3(b)", "Consulting Agreement"), at(PROXY, "certain-relationships"), CATALOG)).toEqual(to(AGREEMENT.id, "s3b-misconduct"));
  });

  it("reports a section missing when its document or its label is not in the collection", () => {
    expect(resolveReference(section("1", "Noncompetition Agreement"), at(), CATALOG)).toBeNull();
    expect(resolveReference(section("2(f)"), at(), CATALOG)).toBeNull();
  });

  it("leaves a number past the document's own numbering alone, as a section of some other text", () => {
    expect(resolveReference(section("16(a)"), at(PROXY, "certain-relationships"), CATALOG)).toBeUndefined();
  });

  it("finds a section of the same filing by its title", () => {
    expect(resolveReference({ kind: "section-title", title: "Certain Relationships" }, at(PROXY, "notice"), CATALOG)).toEqual(to(PROXY.id, "certain-relationships"));
  });
});

describe("resolving a document, exhibit or form reference", () => {
  it("finds the company's own filing by title, not another company's of the same title", () => {
    expect(resolveReference(document("Consulting Agreement"), at(PROXY, "certain-relationships"), CATALOG)).toEqual(to(AGREEMENT.id, null));
  });

  it("finds a filing by its kind", () => {
    expect(resolveReference(document("current report"), at(PROXY, "certain-relationships"), CATALOG)).toEqual(to(CURRENT_REPORT.id, null));
  });

  it("reports a document missing when no filing of the company has that title or kind", () => {
    expect(resolveReference(document("Confidentiality Agreement"), at(), CATALOG)).toBeNull();
  });

  it("ignores a document naming itself, but links an exhibit's mention of its agreement to the agreement's opening", () => {
    expect(resolveReference(document("Consulting Agreement"), at(), CATALOG)).toBeUndefined();
    expect(resolveReference(document("this Consulting Agreement", true), at(), CATALOG)).toBeUndefined();
    expect(resolveReference(document("Consulting Agreement"), at(AGREEMENT, "exhibit-a-s2"), CATALOG)).toEqual(to(AGREEMENT.id, "consulting-agreement"));
  });

  it("finds a lettered exhibit among the filing's own exhibit headings", () => {
    expect(resolveReference({ kind: "exhibit", exhibit: "A", container: null }, at(), CATALOG)).toEqual(to(AGREEMENT.id, "exhibit-a-proxy"));
    expect(resolveReference({ kind: "exhibit", exhibit: "B", container: null }, at(), CATALOG)).toBeNull();
  });

  it("finds a numbered exhibit filed as a filing of its own by its label, and reports it missing otherwise", () => {
    expect(resolveReference({ kind: "exhibit", exhibit: "10.1", container: "this Form 8-K" }, at(PROXY, "notice"), CATALOG)).toEqual(to(AGREEMENT.id, null));
    expect(resolveReference({ kind: "exhibit", exhibit: "10.3", container: "this Form 8-K" }, at(), CATALOG)).toBeNull();
  });

  it("finds a form by its kind and date, and ignores the form a filing is", () => {
    const form = (code: string, date: string | null, self = false): ReferenceAsk => ({ kind: "document", name: `Form ${code}`, form: code, date, self });
    expect(resolveReference(form("8-K", "2003-03-05"), at(PROXY, "notice"), CATALOG)).toEqual(to(CURRENT_REPORT.id, null));
    expect(resolveReference(form("8-K", "2002-06-12"), at(PROXY, "notice"), CATALOG)).toBeNull();
    expect(resolveReference(form("10-K", null), at(PROXY, "notice"), CATALOG)).toBeNull();
    expect(resolveReference(form("8-K", null, true), at(CURRENT_REPORT, "cover"), CATALOG)).toBeUndefined();
  });
});

describe("resolving a defined term or a person", () => {
  const term = (key: string, where: string) => resolveReference({ kind: "term", key }, at(AGREEMENT, where), CATALOG);

  it("links a term to the nearest definition before it in the same part of the filing", () => {
    expect(term("shares", "s3b-misconduct")).toMatchObject({ section: "s2a", definition: "The shares is defined here." });
    expect(term("shares", "exhibit-a-s2")).toMatchObject({ section: "exhibit-a-s1" });
  });

  it("lets the main document's terms hold in an exhibit, but not an exhibit's terms in the main document", () => {
    expect(term("company", "exhibit-a-s2")).toMatchObject({ section: "consulting-agreement" });
    expect(term("holder", "s2-fees")).toBeUndefined();
  });

  it("links a person to their page", () => {
    expect(resolveReference({ kind: "person", person: "jane-q-roe" }, at(), CATALOG)).toEqual({ filing: null, section: null, person: "jane-q-roe", definition: null });
  });
});
