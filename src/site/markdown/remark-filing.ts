import type { Heading, Link, Nodes, Parent, Root, Text } from "mdast";
import type { ContainerDirective, TextDirective } from "mdast-util-directive";
import { visit, SKIP } from "unist-util-visit";
import { readHeading } from "../../extract/outline.ts";
import { keepFilingTextPlain } from "../../extract/keep-text-plain.ts";

interface VFileLike {
  readonly value: unknown;
}

/**
 * Remark plugin for filing pages: headings get their `{#id}`, clause and table directives become
 * addressable elements with a visible link mark, inline XBRL facts become spans of their text carrying
 * their concept, and anything else that would not be plain text (raw HTML, directives we do not define)
 * is turned back into the text it was written as.
 */
export function remarkFiling() {
  return (tree: Root, file: VFileLike) => {
    const source = String(file.value ?? "");
    // First make everything that is not ours plain text, everywhere (headings and tables included).
    keepFilingTextPlain(tree, source);
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      // A heading inside a table names the table; the table directive gives it its id and link.
      if (node.type === "heading") return parentIsTable(parent) ? SKIP : (decorateHeading(node, source), SKIP);
      if (node.type === "containerDirective" && node.name === "clause") return decorateClause(node), undefined;
      if (node.type === "containerDirective" && node.name === "table") return decorateTable(node, source), undefined;
      if (node.type === "textDirective" && node.name === "fact") return decorateFact(node), undefined;
      if (node.type === "leafDirective" && node.name === "caption" && parentIsTable(parent)) {
        node.data = { hName: "p", hProperties: { className: ["table-caption"] } };
        return SKIP;
      }
      return undefined;
    });
  };
}

function text(value: string): Text {
  return { type: "text", value };
}

function parentIsTable(parent: Parent): boolean {
  return parent.type === "containerDirective" && (parent as ContainerDirective).name === "table";
}

function anchorLink(id: string, what: string): Link {
  return {
    type: "link",
    url: `#${id}`,
    children: [text("§")],
    data: { hProperties: { className: ["anchor-link"], "aria-label": `Link to ${what}`, title: "Link to this part" } },
  };
}

function decorateHeading(node: Heading, source: string): void {
  const { id, label, text: title } = readHeading(node, source);
  stripAttributeText(node);
  node.data = { ...node.data, hProperties: { id, ...(label ? { "data-label": label } : {}) } };
  node.children.push(text(" "), anchorLink(id, title));
}

/** Removes the trailing `{#id …}` from a heading's last text node. */
function stripAttributeText(node: Heading): void {
  const last = node.children.at(-1);
  if (last?.type !== "text") return;
  const cut = last.value.lastIndexOf("{#");
  if (cut >= 0) last.value = last.value.slice(0, cut).trimEnd();
}

const QNAME = /^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/;

/**
 * An inline XBRL figure keeps its concept, period, members and scale as data attributes (and a tooltip),
 * each only when it has its expected form; nothing else a curator might add to the directive passes.
 */
function decorateFact(node: TextDirective): void {
  const attributes = node.attributes ?? {};
  const concept = QNAME.test(attributes.concept ?? "") ? attributes.concept! : "";
  const period = /^\d{4}-\d{2}-\d{2}$/.test(attributes.period ?? "") ? attributes.period! : "";
  const members = (attributes.members ?? "").split(" ").filter((member) => QNAME.test(member));
  const scale = /^-?\d{1,2}$/.test(attributes.scale ?? "") ? attributes.scale! : "";
  const properties: Record<string, string | string[]> = { className: ["fact"] };
  if (concept) properties["data-concept"] = concept;
  if (period) properties["data-period"] = period;
  if (members.length) properties["data-members"] = members.join(" ");
  if (scale) properties["data-scale"] = scale;
  if (attributes.sign === "-") properties["data-sign"] = "-";
  if (concept) properties.title = period ? `${concept}, period ending ${period}` : concept;
  node.data = { hName: "span", hProperties: properties };
}

function decorateClause(node: ContainerDirective): void {
  const id = node.attributes?.id ?? "";
  const label = node.attributes?.label ?? "";
  node.data = { hName: "div", hProperties: { id, className: ["clause"], ...(label ? { "data-label": label } : {}) } };
  const first = node.children[0];
  if (first?.type === "paragraph") first.children.unshift(anchorLink(id, label ? `clause ${label}` : "this clause"), text(" "));
}

function decorateTable(node: ContainerDirective, source: string): void {
  const id = node.attributes?.id ?? "";
  node.data = { hName: "figure", hProperties: { id, className: ["table-block"] } };
  const heading = node.children.find((child): child is Heading => child.type === "heading");
  if (heading) {
    const { text: title } = readHeading(heading, source);
    heading.data = { ...heading.data, hProperties: { id: `${id}-title` } };
    heading.children.push(text(" "), anchorLink(id, title));
    return;
  }
  const caption = node.children.find((child) => child.type === "leafDirective" && child.name === "caption");
  if (caption && caption.type === "leafDirective") {
    caption.children.push(text(" "), anchorLink(id, "this table"));
    return;
  }
  node.children.unshift({ type: "paragraph", children: [anchorLink(id, "this table")], data: { hProperties: { className: ["table-anchor"] } } });
}
