import type { Heading, Nodes, Root, Table } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { FilingFrontmatter } from "../model/frontmatter.ts";
import { findInlineFacts, type InlineFact } from "./inline-facts.ts";
import { extractOutline, readHeading, type OutlineSection } from "./outline.ts";
import { parseMarkdown } from "./parse-markdown.ts";

/** What kind of text a block is. */
export type DocBlockKind = "heading" | "paragraph" | "lines" | "list-item" | "note" | "caption";

/** A piece of a filing's text in reading order, with the anchor of the innermost part that holds it. */
export interface DocBlock {
  /** Anchor id of the innermost heading section, clause or table holding the block. */
  readonly section: string;
  readonly kind: DocBlockKind;
  /** The text as a reader sees it: escapes resolved, lines joined with single spaces. */
  readonly text: string;
  /** 1-based line in the Markdown file. */
  readonly line: number;
}

/** A table of a filing: header and rows as printed, its notes and anchor. */
export interface DocTable {
  /** The table's anchor id. */
  readonly section: string;
  /** Its heading, caption or first header cells. */
  readonly title: string;
  /** Anchor id of the heading section the table sits in (for unnamed tables), else its own id. */
  readonly context: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The inline XBRL concept of each cell of `rows` (the first fact in the cell), or null for an untagged cell. */
  readonly concepts: readonly (readonly (string | null)[])[];
  readonly notes: readonly string[];
  readonly line: number;
}

/** An inline XBRL fact of a filing's text or tables, with the part that holds it. */
export interface DocFact extends InlineFact {
  /** Anchor id of the innermost heading section, clause or table holding the fact. */
  readonly section: string;
  /** 1-based line in the Markdown file. */
  readonly line: number;
}

/** A filing read for extraction: frontmatter, outline, text blocks, tables and each section's text. */
export interface FilingDoc {
  readonly id: string;
  /** Project-relative path of the Markdown file. */
  readonly file: string;
  readonly frontmatter: FilingFrontmatter;
  readonly sections: readonly OutlineSection[];
  readonly blocks: readonly DocBlock[];
  readonly tables: readonly DocTable[];
  /** Every inline XBRL fact (`:fact[…]{concept="…"}`) of the text and tables, in reading order. */
  readonly facts: readonly DocFact[];
  /** Each section's own text and its descendants', whitespace collapsed: what a quote is checked against. */
  readonly sectionText: ReadonlyMap<string, string>;
}

/** Returns how a table row reads in a quote: its cells joined by " | ". */
export function rowQuote(row: readonly string[]): string {
  return row.map((cell) => cell.trim()).join(" | ");
}

/** Returns the text with runs of white space made single spaces. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Reads a filing's Markdown body into the blocks and tables extraction works on. */
export function readFilingDoc(input: { id: string; file: string; frontmatter: FilingFrontmatter; body: string; bodyLine: number }): FilingDoc {
  const tree = parseMarkdown(input.body);
  const { sections } = extractOutline(tree, input.body, input.file, input.bodyLine);
  const reader = new BlockReader(input.body, input.bodyLine);
  reader.walk(tree.children, undefined);
  return {
    id: input.id,
    file: input.file,
    frontmatter: input.frontmatter,
    sections,
    blocks: reader.blocks,
    tables: reader.tables,
    facts: reader.facts,
    sectionText: buildSectionText(sections, reader.blocks, reader.tables),
  };
}

class BlockReader {
  readonly blocks: DocBlock[] = [];
  readonly tables: DocTable[] = [];
  readonly facts: DocFact[] = [];
  private headingId: string | undefined;

  constructor(
    private readonly source: string,
    private readonly bodyLine: number,
  ) {}

  walk(nodes: readonly Nodes[], container: string | undefined): void {
    for (const node of nodes) {
      if (node.type === "heading") {
        const { id, text } = readHeading(node, this.source);
        this.headingId = id;
        this.push(id, "heading", text, node);
      } else if (node.type === "containerDirective" && node.name === "clause") {
        this.walk(node.children, node.attributes?.id ?? container);
      } else if (node.type === "containerDirective" && node.name === "table") {
        this.readTable(node);
      } else if (node.type === "paragraph") this.push(container ?? this.headingId, hasBreaks(node) ? "lines" : "paragraph", plainText(node), node);
      else if (node.type === "list") {
        for (const item of node.children) this.push(container ?? this.headingId, "list-item", plainText(item), item);
      } else if ("children" in node) this.walk(node.children as Nodes[], container);
    }
  }

  private readTable(node: ContainerDirective): void {
    const id = node.attributes?.id ?? "";
    const grid = node.children.find((child): child is Table => child.type === "table");
    const gridIndex = grid ? node.children.indexOf(grid) : node.children.length;
    const heading = node.children.find((child): child is Heading => child.type === "heading");
    const caption = node.children.find((child) => child.type === "leafDirective" && child.name === "caption");
    const notes: string[] = [];
    const cellFacts = (grid?.children ?? []).map((row) => row.children.map((cell) => findInlineFacts(cell)));
    if (heading) this.push(id, "heading", plainText(heading), heading);
    node.children.forEach((child, index) => {
      if (child === grid) grid.children.forEach((row, r) => this.facts.push(...cellFacts[r]!.flat().map((fact) => ({ ...fact, section: id, line: this.lineOf(row) }))));
      if (child === grid || child === heading) return;
      const kind: DocBlockKind = child === caption ? "caption" : index > gridIndex ? "note" : "paragraph";
      const text = plainText(child);
      this.push(id, kind, text, child);
      if (kind === "note") notes.push(text);
    });
    const rows = grid ? grid.children.map((row) => row.children.map((cell) => plainText(cell))) : [];
    const concepts = cellFacts.slice(1).map((row) => row.map((facts) => facts[0]?.concept ?? null));
    const title = heading ? plainText(heading) : caption ? plainText(caption) : (rows[0] ?? []).filter(Boolean).slice(0, 3).join(", ");
    const context = heading ? id : (this.headingId ?? id);
    this.tables.push({ section: id, title, context, header: rows[0] ?? [], rows: rows.slice(1), concepts, notes, line: this.lineOf(node) });
  }

  private push(section: string | undefined, kind: DocBlockKind, text: string, node: Nodes): void {
    if (!section || !text) return;
    this.blocks.push({ section, kind, text, line: this.lineOf(node) });
    for (const fact of findInlineFacts(node)) this.facts.push({ ...fact, section, line: this.lineOf(node) });
  }

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) + this.bodyLine - 1;
  }
}

function hasBreaks(node: Nodes): boolean {
  return "children" in node && (node.children as Nodes[]).some((child) => child.type === "break");
}

/** Inline text as a reader sees it: text runs joined, line breaks and cells as single spaces. */
export function plainText(node: Nodes): string {
  const walk = (n: Nodes): string => {
    if ("value" in n && typeof n.value === "string") return n.value;
    if (n.type === "break") return " ";
    if (!("children" in n)) return "";
    const separator = n.type === "tableRow" || n.type === "list" || n.type === "listItem" ? " " : "";
    return (n.children as Nodes[]).map(walk).join(separator);
  };
  return collapseSpaces(walk(node));
}

/**
 * Each section's text with its descendants': a heading runs to the next heading of the same or a higher
 * level; a clause and a table hold their own blocks (a table's rows read as "cell | cell").
 */
function buildSectionText(sections: readonly OutlineSection[], blocks: readonly DocBlock[], tables: readonly DocTable[]): Map<string, string> {
  const own = new Map<string, string[]>();
  const add = (id: string, text: string) => own.set(id, [...(own.get(id) ?? []), text]);
  for (const block of blocks) add(block.section, block.text);
  for (const table of tables) for (const row of [table.header, ...table.rows]) add(table.section, rowQuote(row));
  const result = new Map<string, string>();
  sections.forEach((section, index) => {
    const end = scopeEnd(sections, index);
    const ids = sections.slice(index, end).map((s) => s.id);
    result.set(section.id, ids.flatMap((id) => own.get(id) ?? []).join(" "));
  });
  return result;
}

function scopeEnd(sections: readonly OutlineSection[], index: number): number {
  const section = sections[index]!;
  for (let i = index + 1; i < sections.length; i += 1) {
    const next = sections[i]!;
    if (section.kind === "heading" ? next.kind === "heading" && next.level <= section.level : next.level <= section.level || next.kind === "heading") return i;
  }
  return sections.length;
}

/** Re-exported for extractors that walk a tree themselves. */
export type { Root };
