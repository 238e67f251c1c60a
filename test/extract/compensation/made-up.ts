import type { FilingDoc } from "../../../src/extract/filing-doc.ts";
import { collapseSpaces } from "../../../src/extract/filing-doc.ts";
import type { Source } from "../../../src/model/facts.ts";
import { docFromMarkdown } from "../../support/docs.ts";

/** Returns a made-up filing of a made-up company with the given Markdown body, read for extraction. */
export function madeUpDoc(body: string, options: { date?: string; parties?: readonly { name: string; role: string }[] } = {}): FilingDoc {
  const parties = options.parties ?? [{ name: "Acme Widgets", role: "COMPANY" }];
  const frontmatter = [
    "---",
    'title: "Proxy Statement"',
    'kind: "proxy statement"',
    "label: null",
    'company: "Acme Widgets"',
    `date: "${options.date ?? "2003-04-01"}"`,
    "parties:",
    ...parties.flatMap((party) => [`  - name: "${party.name}"`, `    role: "${party.role}"`]),
    "source:",
    '  path: "content/sources/acme-2003-04-01-proxy-statement.txt"',
    `  sha256: "${"0".repeat(64)}"`,
    "---",
    "",
  ].join("\n");
  return docFromMarkdown(`${frontmatter}${body}`, "content/filings/acme-2003-04-01-proxy-statement.md");
}

/** True when a fact's quote reads, whitespace collapsed, inside the text of the section it names. */
export function isQuotedInSection(doc: FilingDoc, source: Source): boolean {
  const text = doc.sectionText.get(source.section);
  return text !== undefined && collapseSpaces(text).includes(collapseSpaces(source.quote));
}
