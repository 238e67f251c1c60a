import { describe, expect, it } from "vitest";
import { buildCitedBy, linkMentions } from "../../../src/compute/references/index.ts";
import type { Reference, ReferenceAsk, TextMention } from "../../../src/model/references.ts";
import { AGREEMENT, CATALOG, PROXY } from "./catalog.ts";

const mention = (text: string, ask: ReferenceAsk): TextMention => ({ start: 0, end: text.length, text, ask });
const company = mention("Company", { kind: "term", key: "company" });
const jane = mention("Jane Q. Roe", { kind: "person", person: "jane-q-roe" });
const fees = mention("Section 2 above", { kind: "section", label: "2", document: null });
const nda = mention("Confidentiality Agreement", { kind: "document", name: "Confidentiality Agreement", form: null, date: null, self: false });

describe("choosing the mentions a filing links", () => {
  it("links a term, a person and a target once per section, at their first mention", () => {
    const linked = linkMentions(AGREEMENT.id, [
      { section: "s3-term", mentions: [company, jane, fees, company] },
      { section: "s3-term", mentions: [company, jane, fees] },
      { section: "s3b-misconduct", mentions: [company] },
    ], CATALOG);
    expect(linked.map((unit) => unit.map((m) => `${m.kind}:${m.text}`))).toEqual([["term:Company", "person:Jane Q. Roe", "section:Section 2 above"], [], ["term:Company"]]);
  });

  it("lists a missing target once per section, by its words", () => {
    const linked = linkMentions(AGREEMENT.id, [{ section: "s2-fees", mentions: [nda, nda] }, { section: "s3-term", mentions: [nda] }], CATALOG);
    expect(linked.map((unit) => unit.map((m) => [m.kind, m.target]))).toEqual([[["document", null]], [["document", null]]]);
  });

  it("never cites the section holding the words or one containing it", () => {
    const own = mention("this Section 3", { kind: "section", label: "3", document: null });
    const linked = linkMentions(AGREEMENT.id, [{ section: "s3b-misconduct", mentions: [own, fees] }], CATALOG);
    expect(linked[0]!.map((m) => m.text)).toEqual(["Section 2 above"]);
  });

  it("drops what resolves to nothing and units outside any known section", () => {
    const beyond = mention("Section 16(a)", { kind: "section", label: "16(a)", document: null });
    expect(linkMentions(PROXY.id, [{ section: "certain-relationships", mentions: [beyond] }, { section: "no-such-section", mentions: [jane] }], CATALOG)).toEqual([[], []]);
  });
});

describe("the places citing each filing and section", () => {
  const reference = (filing: string, section: string, text: string, kind: Reference["kind"], target: Reference["target"]): Reference => ({
    from: { filing, section, quote: `${text}.`, line: 1 },
    text,
    kind,
    target,
    resolved: target !== null,
  });
  const to = (filing: string, section: string | null) => ({ filing, section, person: null, definition: null });

  it("lists each citing place once, oldest filing first and in document order, with the words it uses", () => {
    const citedBy = buildCitedBy(
      [
        reference(PROXY.id, "certain-relationships", "Consulting Agreement", "document", to(AGREEMENT.id, null)),
        reference(PROXY.id, "certain-relationships", "Section 3(b) of the Consulting Agreement", "section", to(AGREEMENT.id, "s3b-misconduct")),
        reference(AGREEMENT.id, "s3-term", "Section 3(b) below", "section", to(AGREEMENT.id, "s3b-misconduct")),
        reference(AGREEMENT.id, "s2-fees", "Section 3(b) below", "section", to(AGREEMENT.id, "s3b-misconduct")),
        reference(AGREEMENT.id, "s2-fees", "Section 3(b)", "section", to(AGREEMENT.id, "s3b-misconduct")),
        reference(AGREEMENT.id, "s2-fees", "Company", "term", to(AGREEMENT.id, "consulting-agreement")),
        reference(AGREEMENT.id, "s2-fees", "Confidentiality Agreement", "document", null),
      ],
      CATALOG,
    );
    expect(citedBy).toEqual({
      [AGREEMENT.id]: {
        "": [{ filing: PROXY.id, section: "certain-relationships", texts: ["Consulting Agreement"] }],
        "s3b-misconduct": [
          { filing: AGREEMENT.id, section: "s2-fees", texts: ["Section 3(b) below", "Section 3(b)"] },
          { filing: AGREEMENT.id, section: "s3-term", texts: ["Section 3(b) below"] },
          { filing: PROXY.id, section: "certain-relationships", texts: ["Section 3(b) of the Consulting Agreement"] },
        ],
      },
    });
  });
});
