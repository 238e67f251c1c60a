import { slugify } from "../lib/slug.ts";
import type { DocNode, HeadingNode, TableNode } from "./document.ts";
import type { SourceLine } from "./table/types.ts";
import { parseFixedWidthTable } from "./table/index.ts";
import { joinText } from "./classify.ts";

/** Returns a table chunk parsed into a table node (id assigned later), and markup footnotes as notes. */
export function buildTableNode(lines: readonly SourceLine[]): TableNode {
  const footnoteAt = lines.findIndex((l) => /^\s*<FN>/i.test(l.text));
  const tableLines = footnoteAt < 0 ? lines : lines.slice(0, footnoteAt);
  const parsed = parseFixedWidthTable(tableLines);
  const notes = footnoteAt < 0 ? [] : footnoteNotes(lines.slice(footnoteAt + 1));
  return {
    type: "table",
    id: "",
    heading: undefined,
    intro: [],
    caption: parsed.caption,
    header: parsed.header,
    rows: parsed.rows,
    notes,
    lines: [lines[0]!.line, lines.at(-1)!.line],
    line: lines[0]!.line,
  };
}

/** Footnotes inside EDGAR `<FN>` markup: one paragraph per blank-separated run, markup lines left out. */
function footnoteNotes(lines: readonly SourceLine[]): DocNode[] {
  const notes: DocNode[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length) notes.push({ type: "paragraph", text: joinText(run), line: run[0]!.line });
    run = [];
  };
  for (const line of lines) {
    if (/^\s*<\/?[A-Z]+>\s*$/i.test(line.text) || line.text.trim() === "") flush();
    else run.push(line);
  }
  flush();
  return notes;
}

/**
 * Gives every table its id. A heading whose section holds only an introduction, one table and its
 * notes names that table: the heading moves into the table, which takes the heading's id. Other
 * tables are named by their own caption, else by their section ("<section>-table").
 */
export function nameTables(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    const sectionEnd = findSectionEnd(nodes, index);
    if (node.type === "heading" && node.label === null && isSingleTableSection(nodes.slice(index + 1, sectionEnd))) {
      out.push(absorbHeading(node, nodes.slice(index + 1, sectionEnd)));
      index = sectionEnd;
      continue;
    }
    if (node.type === "table") node.id = tableId(node);
    out.push(node);
    index += 1;
  }
  return out;
}

function findSectionEnd(nodes: readonly DocNode[], start: number): number {
  const next = nodes.findIndex((n, i) => i > start && n.type === "heading");
  return next < 0 ? nodes.length : next;
}

function isSingleTableSection(section: readonly DocNode[]): boolean {
  const tables = section.filter((n) => n.type === "table");
  if (tables.length !== 1 || section.at(-1)?.type !== "table") return false;
  return section.every((n) => n.type === "table" || n.type === "paragraph");
}

function absorbHeading(heading: HeadingNode, section: readonly DocNode[]): TableNode {
  const table = section.at(-1) as TableNode;
  table.id = heading.id;
  table.heading = { depth: heading.depth, text: heading.text };
  table.intro = section.slice(0, -1);
  return table;
}

function tableId(table: TableNode): string {
  const caption = table.caption.find((text) => /[A-Za-z]{3}/.test(text) && !/^\[.*\]$/.test(text));
  if (caption) return slugify(caption);
  const context = (table as { contextId?: string }).contextId;
  return context ? `${context}-table` : "table";
}
