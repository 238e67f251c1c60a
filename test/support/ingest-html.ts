import { readFileSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { ingestFiling, writeMarkdownBody, type DocNode, type IngestInput, type IngestResult } from "../../src/ingest/index.ts";
import type { TableNode } from "../../src/ingest/document.ts";
import { ROOT } from "./paths.ts";

const SHA = "0".repeat(64);

/** Returns a file (absolute, or relative to the repository) ingested as if it sat in content/sources/. */
export function ingestFile(path: string, overrides?: IngestInput["overrides"]): IngestResult {
  const text = readFileSync(isAbsolute(path) ? path : join(ROOT, path), "utf8");
  return ingestFiling({ text, sourcePath: `content/sources/${basename(path)}`, sha256: SHA, ...(overrides ? { overrides } : {}) });
}

/** What a made-up snippet is ingested with when it states no company, date or kind of its own. */
export const SNIPPET_OVERRIDES = { company: "Made Up Corp.", date: "2001-01-01", kind: "annual report" } as const;

/** Returns an HTML snippet ingested as content/sources/snippet.htm, with the curator overrides a user would pass. */
export function ingestHtml(html: string, overrides: IngestInput["overrides"] = SNIPPET_OVERRIDES): IngestResult {
  return ingestFiling({ text: html, sourcePath: "content/sources/snippet.htm", sha256: SHA, overrides });
}

/** Returns an HTML body wrapped in a document whose body text is 10pt, as most EDGAR filings set it. */
export function htmlPage(body: string): string {
  return `<html><head><title>snippet</title></head><body style="font-size: 10pt">\n${body}\n</body></html>\n`;
}

/** Returns every node of a tree in document order: clause children and table introductions and notes included. */
export function allNodes(nodes: readonly DocNode[]): DocNode[] {
  return nodes.flatMap((node): DocNode[] => {
    if (node.type === "clause") return [node, ...allNodes(node.children)];
    if (node.type === "table") return [node, ...allNodes(node.intro), ...allNodes(node.notes)];
    return [node];
  });
}

/** One addressable part of a page: its id, label and kind. */
export interface Anchor {
  readonly id: string;
  readonly label: string | null;
  readonly type: "heading" | "clause" | "table";
}

/** Returns the headings, clauses and tables of a tree with their ids and labels, in document order. */
export function anchorsOf(nodes: readonly DocNode[]): Anchor[] {
  return allNodes(nodes).flatMap((node): Anchor[] => {
    if (node.type === "heading" || node.type === "clause") return [{ id: node.id, label: node.label, type: node.type }];
    if (node.type === "table") return [{ id: node.id, label: null, type: "table" }];
    return [];
  });
}

/** Returns the text of every heading of a tree, table headings included, in document order. */
export function headingTexts(nodes: readonly DocNode[]): string[] {
  return allNodes(nodes).flatMap((node) => (node.type === "heading" ? [node.text] : node.type === "table" && node.heading ? [node.heading.text] : []));
}

/** Returns the tables of a tree in document order. */
export function tablesOf(nodes: readonly DocNode[]): TableNode[] {
  return allNodes(nodes).filter((node): node is TableNode => node.type === "table");
}

/** Returns the table with the id, or throws naming the ids there are. */
export function tableById(nodes: readonly DocNode[], id: string): TableNode {
  const tables = tablesOf(nodes);
  const table = tables.find((node) => node.id === id);
  if (!table) throw new Error(`expected a table "${id}", not only ${tables.map((node) => node.id).join(", ") || "none"}`);
  return table;
}

/** Returns a table's cell in the named column of a row, or throws naming the columns there are. */
export function cell(table: TableNode, row: number, column: string): string {
  const index = table.header.indexOf(column);
  if (index < 0) throw new Error(`expected a column "${column}", not only ${JSON.stringify(table.header)}`);
  const cells = table.rows[row];
  if (!cells) throw new Error(`expected a row ${row}, not only ${table.rows.length} rows`);
  return cells[index]!;
}

/** Returns the Markdown body of every page of a result (the main document's tree when no page was made). */
export function bodiesOf(result: IngestResult): string[] {
  return result.pages.length ? result.pages.map((page) => writeMarkdownBody(page.nodes)) : [writeMarkdownBody(result.nodes)];
}

/** Returns the lines of `result.dropped` that were left out for the reason, in order. */
export function droppedFor(result: IngestResult, reason: string): number[] {
  return [...result.dropped].filter(([, why]) => why === reason).map(([line]) => line).sort((a, b) => a - b);
}
