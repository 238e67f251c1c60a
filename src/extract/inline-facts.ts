import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";

/** An inline XBRL fact kept in filing Markdown as `:fact[text]{concept="…" period="…"}`. */
export interface InlineFact {
  /** The concept the fact tags, e.g. "ecd:PeoName" or "us-gaap:NetIncomeLoss". */
  readonly concept: string;
  /** The fact's period as the directive states it ("2023-09-30"), or null. */
  readonly period: string | null;
  /** The fact's text as a reader sees it, whitespace collapsed. */
  readonly text: string;
}

/** Returns the inline XBRL facts inside a Markdown node, in reading order; a directive without a concept is not one. */
export function findInlineFacts(node: Nodes): InlineFact[] {
  const facts: InlineFact[] = [];
  visit(node, "textDirective", (directive) => {
    const concept = directive.name === "fact" ? directive.attributes?.concept : undefined;
    if (!concept) return;
    facts.push({ concept, period: directive.attributes?.period || null, text: textOf(directive).replace(/\s+/g, " ").trim() });
  });
  return facts;
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(textOf).join("") : "";
}
