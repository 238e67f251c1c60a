import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Rehype plugin: a table's figure (and a block of text kept as printed) scrolls sideways when the table is wider than the screen, so it can take
 * keyboard focus (tabindex 0) and says which table it is, by its heading, caption or first header cells.
 * Keyboard users can then scroll it with the arrow keys (WCAG 2.1.1), and screen readers name the stop.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      // Text kept as printed (a submission's header) scrolls sideways too.
      if (node.tagName === "pre") {
        node.properties = { ...node.properties, tabIndex: 0, ariaLabel: "Text as printed in the filing" };
        return;
      }
      if (node.tagName !== "figure" || !hasClass(node, "table-block")) return;
      const id = typeof node.properties.id === "string" ? node.properties.id : "";
      const heading = node.children.find((child): child is Element => child.type === "element" && child.properties?.id === `${id}-title`);
      const name = heading ? { ariaLabelledBy: [`${id}-title`] } : { ariaLabel: tableName(node) };
      node.properties = { ...node.properties, tabIndex: 0, ...name };
    });
  };
}

function tableName(figure: Element): string {
  const table = figure.children.find((child): child is Element => child.type === "element" && child.tagName === "table");
  const caption = table?.children.find((child): child is Element => child.type === "element" && child.tagName === "caption");
  if (caption) return textOf(caption).replace(/§/g, "").trim();
  const cells: string[] = [];
  visit(table ?? figure, "element", (node: Element) => {
    if (node.tagName === "th" && cells.length < 3) cells.push(textOf(node).trim());
  });
  const named = cells.filter(Boolean).join(", ");
  return named ? `Table: ${named}` : "Table";
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
}

function textOf(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
