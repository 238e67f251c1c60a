import type { ClauseNode, DocNode, TableNode } from "./document.ts";
import { escapeHeadingText, escapeMarkdownText, quoteAttribute } from "./markdown-escape.ts";
import { stripFactMarks, writeFactMarks } from "./fact-marks.ts";

/** Returns the document tree as a Markdown body: headings with `{#id}`, clause and table directives, `:fact` figures. */
export function writeMarkdownBody(nodes: readonly DocNode[]): string {
  return writeFactMarks(`${nodes.map(writeNode).join("\n\n")}\n`, quoteAttribute);
}

function writeNode(node: DocNode): string {
  switch (node.type) {
    case "heading":
      return `${"#".repeat(node.depth)} ${escapeHeadingText(node.text)} ${attributes(node.id, node.label)}`;
    case "paragraph":
      return escapeMarkdownText(node.text);
    case "lines":
      return node.lines.map(escapeMarkdownText).join("\\\n");
    case "bullets":
      return node.items.map((item, index) => `${node.start === undefined ? "-" : `${node.start + index}.`} ${escapeMarkdownText(item)}`).join("\n");
    case "clause":
      return writeClause(node);
    case "table":
      return writeTable(node);
    case "code":
      return writeCode(node.text);
  }
}

function attributes(id: string, label: string | null): string {
  return label ? `{#${id} label=${quoteAttribute(label)}}` : `{#${id}}`;
}

/** Containers nest by fence length: an outer fence has more colons than any fence inside it. */
function fence(node: DocNode): string {
  return ":".repeat(3 + nestingHeight(node));
}

function nestingHeight(node: DocNode): number {
  if (node.type === "clause") return node.children.reduce((max, child) => Math.max(max, 1 + nestingHeight(child)), 0);
  if (node.type === "table") return [...node.intro, ...node.notes].reduce((max, child) => Math.max(max, 1 + nestingHeight(child)), 0);
  return 0;
}

function writeClause(node: ClauseNode): string {
  const colons = fence(node);
  const lead = escapeMarkdownText(node.printed);
  const title = node.title ? ` **${escapeMarkdownText(node.title)}**` : "";
  const text = node.text ? ` ${escapeMarkdownText(node.text)}` : "";
  const parts = [`${colons}clause${attributes(node.id, node.label)}`, `${lead}${title}${text}`, ...node.children.map(writeNode)];
  return `${parts.join("\n\n")}\n${colons}`;
}

function writeTable(node: TableNode): string {
  const colons = fence(node);
  const parts: string[] = [`${colons}table{#${node.id}}`];
  if (node.heading) parts.push(`${"#".repeat(node.heading.depth)} ${escapeHeadingText(node.heading.text)}`);
  parts.push(...node.intro.map(writeNode));
  if (node.caption.length) parts.push(`::caption[${node.caption.map(escapeMarkdownText).join(" ")}]`);
  parts.push(writeGrid(node.header, node.rows));
  parts.push(...node.notes.map(writeNode));
  return `${parts.join("\n\n")}\n${colons}`;
}

function writeGrid(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => escapeMarkdownText(text).replace(/^\\([-+=])/, "$1") || " ";
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const align = header.map((_, column) => (isNumericColumn(rows, column) ? "---:" : "---"));
  return [line(header), `| ${align.join(" | ")} |`, ...rows.map(line)].join("\n");
}

function isNumericColumn(rows: readonly (readonly string[])[], column: number): boolean {
  const cells = rows.map((row) => stripFactMarks(row[column] ?? "")).filter((text) => text !== "");
  return cells.length > 0 && cells.every((text) => /^[$(*-]?[\s$]*-?[\d,.]+%?\)?(\s*\(\w{1,2}\))*$|^[-\u2013\u2014]+$|^-0-$|^\*$/.test(text) || /\d.*\/.*\d/.test(text));
}

function writeCode(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}
