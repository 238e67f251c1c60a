import type { FilingFrontmatter } from "../model/frontmatter.ts";

/** Returns the frontmatter as a YAML block between `---` lines, every string double-quoted. */
export function writeFrontmatter(data: FilingFrontmatter): string {
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    "---",
    `title: ${q(data.title)}`,
    `kind: ${q(data.kind)}`,
    `label: ${data.label === null ? "null" : q(data.label)}`,
    `company: ${q(data.company)}`,
    `date: ${q(data.date)}`,
    data.parties.length ? "parties:" : "parties: []",
    ...data.parties.flatMap((p) => [`  - name: ${q(p.name)}`, `    role: ${q(p.role)}`]),
    "source:",
    `  path: ${q(data.source.path)}`,
    `  sha256: ${q(data.source.sha256)}`,
    "---",
  ];
  return `${lines.join("\n")}\n`;
}
