import type { EdgarDocument, FilingFrontmatter } from "../model/frontmatter.ts";

const q = (text: string) => JSON.stringify(text);
const nullable = (text: string | null) => (text === null ? "null" : q(text));

/** Returns the frontmatter as a YAML block between `---` lines, every string double-quoted. */
export function writeFrontmatter(data: FilingFrontmatter): string {
  const lines = [
    "---",
    `title: ${q(data.title)}`,
    `kind: ${q(data.kind)}`,
    `label: ${nullable(data.label)}`,
    `company: ${q(data.company)}`,
    `date: ${q(data.date)}`,
    data.parties.length ? "parties:" : "parties: []",
    ...data.parties.flatMap((p) => [`  - name: ${q(p.name)}`, `    role: ${q(p.role)}`]),
    "source:",
    `  path: ${q(data.source.path)}`,
    `  sha256: ${q(data.source.sha256)}`,
    ...(data.source.lines ? [`  lines: [${data.source.lines[0]}, ${data.source.lines[1]}]`] : []),
    ...edgarLines(data),
    ...(data.document ? ["document:", ...documentLines(data.document, "  ")] : []),
    ...(data.parent ? [`parent: ${q(data.parent)}`] : []),
    ...attachmentLines(data),
    "---",
  ];
  return `${lines.join("\n")}\n`;
}

function edgarLines(data: FilingFrontmatter): string[] {
  const edgar = data.edgar;
  if (!edgar) return [];
  return [
    "edgar:",
    `  form: ${nullable(edgar.form)}`,
    `  accession: ${nullable(edgar.accession)}`,
    `  cik: ${nullable(edgar.cik)}`,
    `  filed: ${nullable(edgar.filed)}`,
    `  period: ${nullable(edgar.period)}`,
  ];
}

function documentLines(document: EdgarDocument, indent: string): string[] {
  return [
    `${indent}type: ${q(document.type)}`,
    `${indent}sequence: ${document.sequence === null ? "null" : document.sequence}`,
    `${indent}filename: ${nullable(document.filename)}`,
    `${indent}description: ${nullable(document.description)}`,
  ];
}

function attachmentLines(data: FilingFrontmatter): string[] {
  if (!data.attachments?.length) return [];
  return [
    "attachments:",
    ...data.attachments.flatMap((attachment) => {
      const [first, ...rest] = documentLines(attachment, "    ");
      return [`  - ${first!.trimStart()}`, ...rest, `    format: ${q(attachment.format)}`, `    lines: [${attachment.lines[0]}, ${attachment.lines[1]}]`];
    }),
  ];
}
