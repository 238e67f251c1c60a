import type { Diagnostic } from "../lib/diagnostic.ts";
import type { DocNode } from "./document.ts";

/**
 * Makes every id in the tree unique, in document order. A repeated id is qualified by its section's
 * heading id; only if that repeats too does it get a number, with a warning so a curator can rename it.
 */
export function makeIdsUnique(nodes: readonly DocNode[], file: string): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  let sectionId = "";
  const claim = (node: { id: string; line: number }) => {
    let id = node.id;
    if (seen.has(id) && sectionId && !id.startsWith(`${sectionId}-`)) id = `${sectionId}-${id}`;
    if (seen.has(id)) {
      let n = 2;
      while (seen.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
      diagnostics.push(duplicateWarning(file, node, id));
    }
    node.id = id;
    seen.add(id);
  };
  const walk = (list: readonly DocNode[]) => {
    for (const node of list) {
      if (node.type === "heading") {
        claim(node as { id: string; line: number });
        sectionId = node.id;
      } else if (node.type === "clause") {
        claim(node as { id: string; line: number });
        walk(node.children);
      } else if (node.type === "table") claim(node);
    }
  };
  walk(nodes);
  return diagnostics;
}

function duplicateWarning(file: string, node: { id: string; line: number }, id: string): Diagnostic {
  return {
    severity: "warning",
    file,
    line: node.line,
    expected: "a section id not used elsewhere in the filing",
    found: node.id,
    rule: "anchor-duplicate",
    hint: `It was numbered as "${id}"; rename it in the Markdown if a better name fits.`,
  };
}
