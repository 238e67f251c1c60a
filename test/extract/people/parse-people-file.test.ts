import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parsePeopleFile } from "../../../src/extract/people/index.ts";
import { formatDiagnostic } from "../../../src/lib/diagnostic.ts";

const FILE = "content/people.yaml";

/** Parses YAML the way the site layer does (js-yaml through gray-matter), then checks it. */
function parse(text: string) {
  const data: unknown = matter(`---\n${text}\n---\n`, {}).data;
  return parsePeopleFile(Object.keys(data as object).length ? data : null, FILE, text);
}

describe("parsePeopleFile", () => {
  it("returns each valid entry with the line it starts on", () => {
    const text = ["# Curated names.", "people:", "  - name: Jane Q. Roe", "    aliases:", "      - Mrs Rowe", "      - Jane Q.Roe", "  - name: John P. Doe", "    aliases: [J. P. Doe]"].join("\n");
    expect(parse(text)).toEqual({
      entries: [
        { name: "Jane Q. Roe", aliases: ["Mrs Rowe", "Jane Q.Roe"], line: 3 },
        { name: "John P. Doe", aliases: ["J. P. Doe"], line: 7 },
      ],
      diagnostics: [],
    });
  });

  it("reads an empty file as no entries", () => {
    expect(parse("# nothing curated yet")).toEqual({ entries: [], diagnostics: [] });
  });

  it("reports an invalid entry at its line and keeps the valid ones", () => {
    const text = ["people:", "  - name: Jane Q. Roe", "    aliases:", "      - Mrs Rowe", "  - name: John P. Doe", "    alias:", "      - J. P. Doe"].join("\n");
    const result = parse(text);
    expect(result.entries.map((entry) => entry.name)).toEqual(["Jane Q. Roe"]);
    expect(result.diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [5, "people-file-invalid"],
      [6, "people-file-invalid"],
    ]);
    expect(result.diagnostics.map(formatDiagnostic).join("\n")).toMatchInlineSnapshot(`
      "content/people.yaml:5: expected a list in people.1.aliases, found "nothing" [people-file-invalid]
        hint: Write each entry as \`- name: Canonical Name\` with \`aliases:\` listing the other printed forms; see the comment at the top of the file.
      content/people.yaml:6: expected only the fields name and aliases in people.1, found "alias" [people-file-invalid]
        hint: Write each entry as \`- name: Canonical Name\` with \`aliases:\` listing the other printed forms; see the comment at the top of the file."
    `);
  });

  it("reports a printed form claimed by two people at the alias's line", () => {
    const text = ["people:", "  - name: Jane Q. Roe", "    aliases:", "      - Ms. Roe", "  - name: Mary Roe", "    aliases:", "      - Mrs. Roe", "      - MS. ROE"].join("\n");
    const result = parse(text);
    expect(result.diagnostics.map((d) => [d.line, d.rule])).toEqual([[8, "people-alias-conflict"]]);
    expect(formatDiagnostic(result.diagnostics[0]!)).toMatchInlineSnapshot(`
      "content/people.yaml:8: expected a printed name that belongs to one person, not also to "Jane Q. Roe", found "MS. ROE" [people-alias-conflict]
        hint: Keep the alias under the one person the filings mean by it."
    `);
  });

  it("reports a person listed twice", () => {
    const text = ["people:", "  - name: Jane Q. Roe", "    aliases: [Ms. Roe]", "  - name: Jane Q. Roe", "    aliases: [Jane Roe]"].join("\n");
    const result = parse(text);
    expect(result.diagnostics.map((d) => [d.line, d.rule])).toEqual([[4, "people-name-duplicate"]]);
    expect(formatDiagnostic(result.diagnostics[0]!)).toMatchInlineSnapshot(`
      "content/people.yaml:4: expected one entry per person, found "Jane Q. Roe" [people-name-duplicate]
        hint: Merge the two entries' aliases into one."
    `);
  });

  it("reports a file that is not a list of people", () => {
    const result = parse("persons:\n  - Jane Q. Roe");
    expect(result.entries).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic).join("\n")).toMatchInlineSnapshot(`
      "content/people.yaml:1: expected a list in people, found "nothing" [people-file-invalid]
        hint: Write each entry as \`- name: Canonical Name\` with \`aliases:\` listing the other printed forms; see the comment at the top of the file.
      content/people.yaml:1: expected only the field people in the file, found "persons" [people-file-invalid]
        hint: Write each entry as \`- name: Canonical Name\` with \`aliases:\` listing the other printed forms; see the comment at the top of the file."
    `);
  });
});
