import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/** Options: old anchor ids to keep alive at their new place, by filing page path then new id. */
export interface RehypeFilingOptions {
  readonly aliases?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/**
 * Rehype plugin for filing pages: a table's caption paragraph moves into its `<caption>`, header cells
 * get `scope="col"`, a header row with no text is dropped so screen readers do not announce it, and an
 * anchor that moved within its page keeps working through an alias id at its new place.
 */
export function rehypeFiling(options: RehypeFilingOptions = {}) {
  return (tree: Root, file: { path?: string }) => {
    const id = /([^/\\]+)\.md$/.exec(file.path ?? "")?.[1];
    const aliases = id ? options.aliases?.[`/filings/${id}/`] : undefined;
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "figure" && hasClass(node, "table-block")) moveCaption(node);
      if (node.tagName === "th") node.properties = { ...node.properties, scope: "col" };
      const own = typeof node.properties?.id === "string" ? aliases?.[node.properties.id] : undefined;
      if (own) node.children.unshift(...own.map(aliasAnchor));
      if (node.tagName === "thead" && parent && index !== undefined && !textOf(node).trim()) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  };
}

/** An empty element carrying an old id, so links to it land at the new place. */
function aliasAnchor(oldId: string): Element {
  return { type: "element", tagName: "span", properties: { id: oldId, className: ["anchor-alias"] }, children: [] };
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
}

function moveCaption(figure: Element): void {
  const index = figure.children.findIndex((child) => child.type === "element" && hasClass(child, "table-caption"));
  const table = figure.children.find((child): child is Element => child.type === "element" && child.tagName === "table");
  if (index < 0 || !table) return;
  const caption = figure.children[index] as Element;
  figure.children.splice(index, 1);
  table.children.unshift({ type: "element", tagName: "caption", properties: {}, children: caption.children as ElementContent[] });
}

function textOf(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
