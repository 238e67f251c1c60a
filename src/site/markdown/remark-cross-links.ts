import type { Heading, Link, Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from "mdast";
import { slugify } from "../../lib/slug.ts";
import type { CatalogFiling, LinkedMention, ReferenceCatalog, ReferenceIndex } from "../../model/references.ts";
import { readHeading } from "../../extract/outline.ts";
import { collectReferenceUnits, type ReferenceUnit, type UnitSegment } from "../../extract/references/index.ts";
import { linkFilingUnits, sectionName, targetUrl } from "../references.ts";

/** What the plugin links against: the site's base path, the catalog of filings and people, and who cites what. */
export interface RemarkCrossLinksOptions {
  readonly base: string;
  readonly catalog: ReferenceCatalog;
  readonly citedBy: ReferenceIndex["citedBy"];
}

interface VFileLike {
  readonly value: unknown;
  readonly path?: string;
}

/** Marks text the filing does not print (a definition shown on hover, a cited-by line), so word checks and search skip it. */
export const ADDED_TEXT_CLASS = "added-text";

/**
 * Remark plugin for filing pages: wraps references in links (a person's name to their page, a defined term
 * to its definition with the definition as a tooltip, a section, exhibit or document to its place) and adds a
 * "Cited by" line under each cited heading, clause and table. It only wraps and adds nodes: the filing's
 * words stay as they are, and its text stays text. Run it after remarkFiling.
 */
export function remarkCrossLinks(options: RemarkCrossLinksOptions) {
  return (tree: Root, file: VFileLike) => {
    const id = /([^/\\]+)\.md$/.exec(file.path ?? "")?.[1];
    const filing = options.catalog.filings.find((f) => f.id === id);
    if (!filing) return;
    const source = String(file.value ?? "");
    const units = collectReferenceUnits(tree, source);
    const linked = linkFilingUnits(units, filing.id, options.catalog);
    units.forEach((unit, index) => wrapUnit(unit, linked[index] ?? [], filing, options));
    addCitedByLines(tree, source, filing, options);
  };
}

function wrapUnit(unit: ReferenceUnit, mentions: readonly LinkedMention[], filing: CatalogFiling, options: RemarkCrossLinksOptions): void {
  const bySegment = new Map<UnitSegment, LinkedMention[]>();
  for (const mention of mentions) {
    if (!mention.target) continue;
    const segment = unit.segments.find((s) => s.start <= mention.start && mention.end <= s.end);
    if (segment) bySegment.set(segment, [...(bySegment.get(segment) ?? []), mention]);
  }
  for (const [segment, list] of bySegment) {
    const value = segment.node.value;
    const pieces: PhrasingContent[] = [];
    let at = 0;
    for (const mention of list.sort((a, b) => a.start - b.start)) {
      const start = mention.start - segment.start;
      if (start > at) pieces.push(text(value.slice(at, start)));
      pieces.push(...linkNodes(mention, unit.section, filing, options));
      at = mention.end - segment.start;
    }
    if (at < value.length) pieces.push(text(value.slice(at)));
    segment.parent.children.splice(segment.parent.children.indexOf(segment.node), 1, ...pieces);
  }
}

function linkNodes(mention: LinkedMention, section: string, filing: CatalogFiling, options: RemarkCrossLinksOptions): PhrasingContent[] {
  const target = mention.target!;
  const url = targetUrl(target, options.base, filing.id);
  if (mention.kind === "person") return [link(url, mention.text, { className: ["person"] })];
  if (mention.kind !== "term" || mention.ask.kind !== "term") return [link(url, mention.text, { className: ["xref", `xref-${mention.kind}`] })];
  // One link per term and section, so the section and the term make the tooltip's id unique on the page.
  const tip = `tip-${section}-${slugify(mention.ask.key) || "term"}`;
  const tooltip = {
    type: "emphasis",
    data: { hName: "span", hProperties: { id: tip, role: "tooltip", className: ["term-tip", ADDED_TEXT_CLASS], "data-pagefind-ignore": "" } },
    children: [text(target.definition ?? "")],
  } as PhrasingContent;
  return [link(url, mention.text, { className: ["term"], "aria-describedby": tip }), tooltip];
}

function addCitedByLines(tree: Root, source: string, filing: CatalogFiling, options: RemarkCrossLinksOptions): void {
  const cited = options.citedBy[filing.id] ?? {};
  const line = (id: string | undefined) => (id && cited[id]?.length ? citedByLine(id, filing, options) : undefined);
  const walk = (parent: Parent, inTable: boolean) => {
    for (const node of [...(parent.children as Nodes[])]) {
      if (node.type === "heading" && !inTable) {
        const paragraph = line(readHeading(node as Heading, source).id);
        if (paragraph) parent.children.splice(parent.children.indexOf(node as Heading) + 1, 0, paragraph);
      } else if (node.type === "containerDirective" && (node.name === "clause" || node.name === "table")) {
        walk(node, inTable || node.name === "table");
        const paragraph = line(node.attributes?.id ?? undefined);
        if (paragraph) node.children.push(paragraph);
      }
    }
  };
  walk(tree, false);
}

function citedByLine(section: string, filing: CatalogFiling, options: RemarkCrossLinksOptions): Paragraph {
  const places = options.citedBy[filing.id]?.[section] ?? [];
  const children: PhrasingContent[] = [text("Cited by ")];
  places.forEach((place, index) => {
    const from = options.catalog.filings.find((f) => f.id === place.filing);
    if (!from) return;
    const name = sectionName(from, place.section);
    const label = from.id === filing.id ? name : `${from.title}: ${name}`;
    if (index > 0) children.push(text("; "));
    children.push(link(targetUrl({ filing: from.id, section: place.section, person: null, definition: null }, options.base, filing.id), label, {}));
  });
  return { type: "paragraph", data: { hProperties: { className: ["cited-by", ADDED_TEXT_CLASS], "data-pagefind-ignore": "" } }, children };
}

function link(url: string, value: string, properties: Record<string, string | string[]>): Link {
  return { type: "link", url, children: [text(value)], data: { hProperties: properties } };
}

function text(value: string): Text {
  return { type: "text", value };
}
