import type { DocTable, FilingDoc } from "../filing-doc.ts";

/** Returns the words a table is known by: its own title and the heading of the section it sits in. */
export function tableHeadingText(doc: FilingDoc, table: DocTable): string {
  const heading = table.context === table.section ? "" : (doc.sections.find((section) => section.id === table.context)?.title ?? "");
  return `${table.title} ${heading}`.trim();
}
