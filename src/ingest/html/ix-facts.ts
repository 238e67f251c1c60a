import type { Element, Nodes, Root } from "hast";
import { toText } from "hast-util-to-text";
import { withoutMarkCharacters, type FactAttributes } from "../fact-marks.ts";
import { attribute } from "./css.ts";

/** What an XBRL context says: the period's last day (or instant) and the dimension members. */
interface Context {
  readonly period: string | undefined;
  readonly members: readonly string[];
}

/** The inline XBRL of a document: its contexts and every fact's concept and text, in document order. */
export interface InlineXbrl {
  readonly contexts: ReadonlyMap<string, Context>;
  /** Facts as tagged, hidden ones (`ix:hidden`) included: the `dei:` cover facts are read from here. */
  readonly facts: readonly { readonly concept: string; readonly text: string }[];
}

const FACT_TAGS = new Set(["ix:nonfraction", "ix:nonnumeric"]);

/** True for an inline XBRL fact element (`ix:nonFraction`, `ix:nonNumeric`). */
export function isFactElement(element: Element): boolean {
  return FACT_TAGS.has(element.tagName);
}

/** Returns the contexts and facts of a parsed inline XBRL document (empty for plain HTML). */
export function readInlineXbrl(tree: Root): InlineXbrl {
  const contexts = new Map<string, Context>();
  const facts: { concept: string; text: string }[] = [];
  const visit = (node: Nodes) => {
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      if (node.tagName === "xbrli:context") {
        const id = attribute(node, "id");
        if (id) contexts.set(id, readContext(node));
        return;
      }
      if (isFactElement(node)) {
        const concept = attribute(node, "name");
        if (concept) facts.push({ concept, text: withoutMarkCharacters(toText(node)).replace(/\s+/g, " ").trim() });
      }
    }
    for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { contexts, facts };
}

function readContext(element: Element): Context {
  let end: string | undefined;
  let instant: string | undefined;
  const members: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type !== "element") return;
    const text = () => toText(node).trim();
    if (node.tagName === "xbrli:enddate") end = text();
    else if (node.tagName === "xbrli:instant") instant = text();
    else if (node.tagName === "xbrldi:explicitmember") members.push(text());
    else for (const child of node.children) visit(child as Nodes);
  };
  for (const child of element.children) visit(child as Nodes);
  const period = end ?? instant;
  return { period: period && /^\d{4}-\d{2}-\d{2}/.test(period) ? period.slice(0, 10) : undefined, members };
}

/** Returns what a fact mark records for an inline XBRL fact element: concept, period, members, scale. */
export function factAttributes(element: Element, xbrl: InlineXbrl): FactAttributes | undefined {
  const concept = attribute(element, "name");
  if (!concept) return undefined;
  const context = xbrl.contexts.get(attribute(element, "contextref") ?? "");
  const scale = Number(attribute(element, "scale") ?? "0");
  return {
    concept,
    ...(context?.period ? { period: context.period } : {}),
    ...(context?.members.length ? { members: context.members } : {}),
    ...(Number.isFinite(scale) && scale !== 0 ? { scale } : {}),
    ...(attribute(element, "sign") === "-" ? { sign: "-" as const } : {}),
  };
}
