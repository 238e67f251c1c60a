import type { DocBlock, DocTable, FilingDoc } from "../filing-doc.ts";
import { DATE_PHRASE, findIsoDate } from "./dates.ts";

const AS_OF = new RegExp(String.raw`\bas of\s+(${DATE_PHRASE})`, "i");

/** The paragraphs that say what a table shows: its own introduction and the paragraph right before it. */
export function introductionOf(doc: FilingDoc, table: DocTable): DocBlock[] {
  const own = doc.blocks.filter((block) => block.section === table.section && block.kind === "paragraph");
  const before = doc.blocks.filter((block) => block.line < table.line && block.kind === "paragraph").slice(-1);
  return [...own, ...before];
}

/**
 * Returns the date a table's figures stand at: the first date in the given texts (its headers, its title),
 * else the "as of" date of its introduction; null when neither states one.
 */
export function findTableDate(doc: FilingDoc, table: DocTable, texts: readonly string[]): string | null {
  const stated = texts.map((text) => findIsoDate(text, doc.frontmatter.date)).find(Boolean);
  if (stated) return stated;
  for (const block of introductionOf(doc, table)) {
    const match = AS_OF.exec(block.text);
    if (match) return findIsoDate(match[1]!, doc.frontmatter.date);
  }
  return null;
}
