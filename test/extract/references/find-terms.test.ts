import { describe, expect, it } from "vitest";
import { findDefinitions } from "../../../src/extract/references/index.ts";

const terms = (text: string) => findDefinitions(text).map((d) => ({ key: d.key, term: d.term, forms: d.forms, at: text.slice(d.start, d.end) }));

describe("finding defined terms", () => {
  it("reads a term defined in capitals, used in title case or as printed", () => {
    expect(terms("the following consulting services (the SERVICES): (i) managing")).toEqual([
      { key: "services", term: "Services", forms: ["Services", "SERVICES"], at: "(the SERVICES)" },
    ]);
  });

  it("adds the plural to a term defined in capitals, keeping small words lowercase", () => {
    expect(terms("(in each case, a SUCCESSOR ACCOUNT) and (the PROXY HOLDER OF RECORD)").map((t) => [t.term, t.forms])).toEqual([
      ["Successor Account", ["Successor Account", "Successor Accounts", "SUCCESSOR ACCOUNT", "SUCCESSOR ACCOUNTS"]],
      ["Proxy Holder of Record", ["Proxy Holder of Record", "Proxy Holder of Records", "PROXY HOLDER OF RECORD", "PROXY HOLDER OF RECORDS"]],
    ]);
  });

  it("reads quoted terms exactly as quoted", () => {
    expect(terms('Point.360 (the "Company") and Singer Lewak LLP ("Singer Lewak") and the Seller and the Company (collectively, the "Bank Waivers").').map((t) => [t.term, t.forms])).toEqual([
      ["Company", ["Company"]],
      ["Singer Lewak", ["Singer Lewak"]],
      ["Bank Waivers", ["Bank Waivers"]],
    ]);
  });

  it("reads a term a sentence says means something, and one it says is referred to as", () => {
    expect(terms('"Cause" as used in this Agreement means that (i) the Consultant').map((t) => t.term)).toEqual(["Cause"]);
    expect(terms("The date on which the Closing takes place is referred to as the CLOSING DATE. For tax purposes").map((t) => [t.term, t.at])).toEqual([
      ["Closing Date", "referred to as the CLOSING DATE"],
    ]);
  });

  it("defines nothing for the document itself, list marks, numbers or a phrase that only points elsewhere", () => {
    expect(terms("This Consulting Agreement (this AGREEMENT), Robert A. Baker(A)(B), (iv) any other, (10) days")).toEqual([]);
    expect(terms('Common Stock (as defined below under "Record Date and Stock Entitled to Vote")')).toEqual([]);
  });
});
