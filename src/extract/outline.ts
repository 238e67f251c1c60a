import type { Heading, Nodes, Paragraph, Root } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString } from "mdast-util-to-string";
import type { Diagnostic } from "../lib/diagnostic.ts";
import { slugify } from "../lib/slug.ts";
import { parseHeadingAttributes } from "./heading-attributes.ts";

/** What kind of addressable part of a filing a section is. */
export type SectionKind = "heading" | "clause" | "table";

/** One addressable part of a filing page: a heading, a clause or a table, with its permanent id. */
export interface OutlineSection {
  readonly id: string;
  readonly kind: SectionKind;
  /** The filing's own number for it ("4(b)", "Exhibit A"), or null when it has none. */
  readonly label: string | null;
  /** The heading, clause heading or table caption; a short opening excerpt when it has none. */
  readonly title: string;
  /** Nesting depth: 2 and 3 for headings, deeper for clauses. */
  readonly level: number;
  /** 1-based line in the Markdown body where it starts. */
  readonly line: number;
}

/** Returns the addressable sections of a filing's Markdown, in document order, and problems with their ids. */
export function extractOutline(tree: Root, source: string, file: string, bodyLine = 1): { sections: OutlineSection[]; diagnostics: Diagnostic[] } {
  const sections: OutlineSection[] = [];
  const walk = (nodes: readonly Nodes[], level: number) => {
    for (const node of nodes) {
      if (node.type === "heading") sections.push(headingSection(node, source, bodyLine));
      else if (node.type === "containerDirective" && node.name === "clause") {
        sections.push(directiveSection(node, "clause", level, bodyLine));
        walk(node.children, level + 1);
      } else if (node.type === "containerDirective" && node.name === "table") sections.push(directiveSection(node, "table", level, bodyLine));
    }
  };
  walk(tree.children, 4);
  return { sections, diagnostics: duplicateIds(sections, file) };
}

/** Returns a heading's id, label and text: from its `{#id}` block, else an id made from its text. */
export function readHeading(node: Heading, source: string): { id: string; label: string | null; text: string } {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const parsed = parseHeadingAttributes(source.slice(start, end));
  const text = toString(node).trim();
  if (!parsed) return { id: slugify(text) || "section", label: null, text };
  const cut = text.lastIndexOf("{#");
  return { ...parsed.attributes, text: (cut >= 0 ? text.slice(0, cut) : text).trim() };
}

function headingSection(node: Heading, source: string, bodyLine: number): OutlineSection {
  const { id, label, text } = readHeading(node, source);
  return { id, kind: "heading", label, title: text, level: node.depth, line: lineOf(node, bodyLine) };
}

function directiveSection(node: ContainerDirective, kind: SectionKind, level: number, bodyLine: number): OutlineSection {
  const id = node.attributes?.id ?? "";
  const label = node.attributes?.label ?? null;
  return { id, kind, label, title: kind === "table" ? tableTitle(node) : clauseTitle(node), level, line: lineOf(node, bodyLine) };
}

/** A clause's title is its bold heading phrase, else the opening words of its text. */
function clauseTitle(node: ContainerDirective): string {
  const first = node.children.find((child): child is Paragraph => child.type === "paragraph");
  if (!first) return "";
  const strong = first.children.find((child) => child.type === "strong");
  if (strong) return toString(strong).replace(/\.$/, "").trim();
  const words = toString(first).replace(/^\S+\s+/, "").split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(" ")}…` : words.join(" ");
}

/** A table's title is the heading inside it, else its caption, else its first header cells. */
function tableTitle(node: ContainerDirective): string {
  const heading = node.children.find((child) => child.type === "heading");
  if (heading) return toString(heading).trim();
  const caption = node.children.find((child) => child.type === "leafDirective" && child.name === "caption");
  if (caption) return toString(caption).trim();
  const table = node.children.find((child) => child.type === "table");
  const header = table?.children[0]?.children.map((cell) => toString(cell).trim()).filter(Boolean) ?? [];
  const columns = header.slice(0, 3).join(", ");
  return columns ? `Table: ${columns.length > 60 ? `${columns.slice(0, 60)}…` : columns}` : "Table";
}

function lineOf(node: Nodes, bodyLine: number): number {
  return (node.position?.start.line ?? 1) + bodyLine - 1;
}

function duplicateIds(sections: readonly OutlineSection[], file: string): Diagnostic[] {
  const seen = new Map<string, OutlineSection>();
  const diagnostics: Diagnostic[] = [];
  for (const section of sections) {
    if (!section.id) {
      diagnostics.push({ severity: "error", file, line: section.line, expected: `an id on the ${section.kind}, like {#s4b}`, found: section.title, rule: "anchor-missing" });
      continue;
    }
    const first = seen.get(section.id);
    if (first) {
      diagnostics.push({
        severity: "error",
        file,
        line: section.line,
        expected: "an id used once per filing",
        found: section.id,
        rule: "anchor-duplicate",
        hint: `It is first used on line ${first.line}; give one of them another id and declare a redirect if it was published.`,
      });
    } else seen.set(section.id, section);
  }
  return diagnostics;
}
