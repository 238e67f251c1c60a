import type { Nodes, Parent, Root, Text } from "mdast";
import { readHeading } from "../outline.ts";

/** A text node of a unit, where its words sit in the unit's text, and whether it is emphasised. */
export interface UnitSegment {
  readonly node: Text;
  readonly parent: Parent;
  readonly start: number;
  readonly end: number;
  /** True inside bold or italic text, such as a clause's heading phrase. */
  readonly emphasis: boolean;
}

/** A paragraph, list paragraph, caption or table cell: the runs of text references are looked for in. */
export interface ReferenceUnit {
  /** Anchor id of the innermost heading section, clause or table holding it. */
  readonly section: string;
  /** "cell" for table cells and captions, "prose" otherwise. */
  readonly kind: "prose" | "cell";
  /** 1-based line in the Markdown the tree was parsed from. */
  readonly line: number;
  /** The text runs joined; a line break reads as a space. */
  readonly text: string;
  readonly segments: readonly UnitSegment[];
}

/**
 * Returns the units of a filing's Markdown tree in document order, each with its section, as the text
 * blocks of extraction see them. Headings, links (the § marks among them) and code are left out, so
 * nothing inside them is ever linked; text before the first heading belongs to no section and is left out too.
 */
export function collectReferenceUnits(tree: Root, source: string): ReferenceUnit[] {
  const units: ReferenceUnit[] = [];
  let heading: string | undefined;
  // A heading inside a table directive names the table; it does not open a section of its own.
  const walk = (nodes: readonly Nodes[], container: string | undefined, inTable: boolean) => {
    for (const node of nodes) {
      if (node.type === "heading") {
        if (!inTable) heading = readHeading(node, source).id;
      } else if (node.type === "containerDirective" && node.name === "clause") walk(node.children, node.attributes?.id ?? container, inTable);
      else if (node.type === "containerDirective" && node.name === "table") walk(node.children, node.attributes?.id ?? container, true);
      else if (node.type === "paragraph" || node.type === "tableCell" || (node.type === "leafDirective" && node.name === "caption")) {
        const section = container ?? heading;
        const unit = section ? readUnit(node, section, node.type === "paragraph" ? "prose" : "cell") : undefined;
        if (unit) units.push(unit);
      } else if ("children" in node) walk(node.children as Nodes[], container, inTable);
    }
  };
  walk(tree.children, undefined, false);
  return units;
}

function readUnit(node: Parent, section: string, kind: ReferenceUnit["kind"]): ReferenceUnit | undefined {
  const segments: UnitSegment[] = [];
  let text = "";
  const walk = (parent: Parent, emphasis: boolean) => {
    for (const child of parent.children as Nodes[]) {
      if (child.type === "text") {
        segments.push({ node: child, parent, start: text.length, end: text.length + child.value.length, emphasis });
        text += child.value;
      } else if (child.type === "break") text += " ";
      else if (child.type === "strong" || child.type === "emphasis" || child.type === "delete") walk(child, true);
      else if (child.type === "link" || child.type === "inlineCode" || child.type === "linkReference") text += " ";
    }
  };
  walk(node, false);
  if (!text.trim()) return undefined;
  return { section, kind, line: node.position?.start.line ?? 1, text, segments };
}
