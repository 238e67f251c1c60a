import type { Nodes, Parent, Root, RootContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/** The directives filing Markdown uses; any other is text that only looks like one ("10:00", "Attn:Sales"). */
const KNOWN = new Set(["containerDirective:clause", "containerDirective:table", "leafDirective:caption"]);

/**
 * Turns every directive the filing Markdown does not define back into the text it was written as,
 * so "at 10:00 a.m." stays text instead of becoming a directive named "00".
 */
export function restoreUnknownDirectives(tree: Root, source: string): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    if (node.type !== "textDirective" && node.type !== "leafDirective" && node.type !== "containerDirective") return undefined;
    if (KNOWN.has(`${node.type}:${node.name}`)) return undefined;
    const written = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    const text = { type: "text" as const, value: written };
    parent.children[index] = (node.type === "textDirective" ? text : { type: "paragraph", children: [text] }) as RootContent;
    return SKIP;
  });
}

/** Remark plugin form of {@link restoreUnknownDirectives}. */
export function remarkRestoreDirectives() {
  return (tree: Root, file: { value: unknown }) => restoreUnknownDirectives(tree, String(file.value ?? ""));
}
