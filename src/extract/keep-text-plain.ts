import type { Nodes, Parent, Root, RootContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/**
 * The directives filing Markdown uses; any other is text that only looks like one ("10:00", "Attn:Sales").
 * `:fact[text]{concept="…"}` keeps an inline XBRL fact of an HTML filing: its text is the filing's words.
 */
const KNOWN = new Set(["containerDirective:clause", "containerDirective:table", "leafDirective:caption", "textDirective:fact"]);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

/**
 * Keeps filing Markdown plain text: raw HTML, directives we do not define and links or images to
 * scripts (`javascript:`) are turned back into the text they were written as, wherever they are.
 */
export function keepFilingTextPlain(tree: Root, source: string): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    if (!isForeign(node)) return undefined;
    const written = node.type === "html" ? node.value : source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    const text = { type: "text" as const, value: written };
    parent.children[index] = (isInline(parent) ? text : { type: "paragraph", children: [text] }) as RootContent;
    return SKIP;
  });
}

function isForeign(node: Nodes): boolean {
  if (node.type === "html") return true;
  if (node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective") {
    // A fact is ours only with its figure and concept: ingest always writes both, so a bare ":fact" in
    // filing text ("re:fact") stays the words it is.
    if (node.type === "textDirective" && node.name === "fact") return node.children.length === 0 || !node.attributes?.concept;
    return !KNOWN.has(`${node.type}:${node.name}`);
  }
  if (node.type === "link" || node.type === "image" || node.type === "definition") return !SAFE_URL.test(node.url.trim());
  return false;
}

/** Inline content goes in paragraphs, headings, cells, emphasis and links; block content anywhere else. */
function isInline(parent: Parent): boolean {
  return ["paragraph", "heading", "tableCell", "emphasis", "strong", "link", "delete", "leafDirective", "textDirective"].includes(parent.type);
}

/** Remark plugin form of {@link keepFilingTextPlain}. */
export function remarkPlainFilingText() {
  return (tree: Root, file: { value: unknown }) => keepFilingTextPlain(tree, String(file.value ?? ""));
}
