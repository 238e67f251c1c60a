import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Rehype plugin for filing pages: a table's caption paragraph moves into its `<caption>`, header cells
 * get `scope="col"`, and a header row with no text is dropped so screen readers do not announce it.
 */
export function rehypeFiling() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "figure" && hasClass(node, "table-block")) moveCaption(node);
      if (node.tagName === "th") node.properties = { ...node.properties, scope: "col" };
      if (node.tagName === "thead" && parent && index !== undefined && !textOf(node).trim()) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  };
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
