import type { ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { TableNode } from "../document.ts";
import type { OutlineBlock } from "../outline.ts";
import type { SourceLine } from "../table/types.ts";
import { demoteSignatureHeadings } from "../classify.ts";
import { readFixedWidthText } from "../read-fixed-width.ts";
import { stripFactMarks } from "../fact-marks.ts";
import { collectBlocks, ROOT_CONTEXT, type HtmlBlock, type TextDraft, type WalkSetting } from "./html-blocks.ts";
import { classifyHtmlText, type HtmlLayout } from "./classify-html.ts";
import { findHtmlFurniture } from "./html-furniture.ts";
import { blockLines, bodySizeOf, emphasisOf } from "./html-text.ts";
import { readInlineXbrl, type InlineXbrl } from "./ix-facts.ts";
import { buildGrid } from "./table-grid.ts";
import { buildDataTable } from "./table-data.ts";
import { isLayoutTable, layoutBlocks } from "./table-layout.ts";

/** An HTML document read for the outline: its blocks, its text line by line, furniture left out, and its facts. */
export interface HtmlReading {
  readonly blocks: readonly OutlineBlock[];
  /** The visible text, one entry per block or printed line, with its source line: what metadata is read from. */
  readonly readable: readonly SourceLine[];
  /** Source lines of page furniture left out (page numbers, running headers), with why. */
  readonly dropped: ReadonlyMap<number, string>;
  /** Inline XBRL facts as tagged, hidden cover facts included. */
  readonly facts: InlineXbrl["facts"];
}

/** One block of the document once tables are read: running text, a data table, preformatted lines or a page break. */
type FlatBlock =
  | TextDraft
  | { readonly kind: "data-table"; readonly table: TableNode; readonly line: number }
  | { readonly kind: "pre"; readonly lines: readonly SourceLine[]; readonly line: number }
  | { readonly kind: "break"; readonly line: number };

/** Returns an HTML or inline XBRL document's text read into outline blocks, like the plain-text path's. */
export function readHtmlDocument(lines: readonly SourceLine[]): HtmlReading {
  const offset = (lines[0]?.line ?? 1) - 1;
  const tree = fromHtml(lines.map((line) => line.text).join("\n"));
  const xbrl = readInlineXbrl(tree);
  const setting: WalkSetting = { lineOffset: offset, xbrl };
  const flat = flatten(collectBlocks(tree.children as ElementContent[], ROOT_CONTEXT, setting), setting);
  const furniture = findHtmlFurniture(
    flat.map((block) => (block.kind === "break" ? { kind: "break" } : block.kind === "text" ? { kind: "text", text: stripFactMarks(blockLines(block.lines).join(" ")), size: emphasisOf(block.lines.flat()).size } : { kind: "other" })),
  );
  const dropped = new Map<number, string>();
  const kept = flat.filter((block, index) => {
    const why = furniture.get(index) ?? (block.kind === "text" && isRuleBlock(block) ? "rule" : undefined);
    if (why) dropped.set(block.line, why);
    return why === undefined;
  });
  const layout = { bodySize: bodySizeOf(kept.flatMap((block) => (block.kind === "text" ? [block.lines] : []))) };
  const blocks = classifyBlocks(kept, layout, dropped);
  return { blocks: demoteSignatureHeadings(blocks), readable: readableLines(kept), dropped, facts: xbrl.facts };
}

/** Returns the outline blocks of the document's blocks; a title set over several paragraphs becomes one heading. */
function classifyBlocks(kept: readonly FlatBlock[], layout: HtmlLayout, dropped: Map<number, string>): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let previous: TextDraft | undefined;
  // The block being run on: its index and its pieces so far, joined once at the end (not line by line).
  let open: { index: number; pieces: string[] } | undefined;
  const close = () => {
    if (open && open.pieces.length > 1) {
      const block = blocks[open.index]! as Extract<OutlineBlock, { text: string }>;
      blocks[open.index] = { ...block, text: open.pieces.join(" ") };
    }
    open = undefined;
  };
  for (const block of kept) {
    if (block.kind === "text") {
      const read = classifyHtmlText(block, layout);
      const last = blocks.at(-1);
      const only = read.length === 1 ? read[0]! : undefined;
      const tail = open?.pieces.at(-1) ?? (last && "text" in last ? last.text : "");
      const joinsHeading = previous && last?.kind === "heading" && only?.kind === "heading" && continuesHeading(previous, block, tail);
      const joinsParagraph = previous && (last?.kind === "paragraph" || last?.kind === "item") && only?.kind === "paragraph" && !block.gapBefore && runsOn(tail, only.text);
      if ((joinsHeading || joinsParagraph) && last && "text" in last) {
        open ??= { index: blocks.length - 1, pieces: [last.text] };
        open.pieces.push((only as Extract<OutlineBlock, { text: string }>).text);
      } else {
        close();
        blocks.push(...read);
      }
      previous = block;
      continue;
    }
    close();
    previous = undefined;
    if (block.kind === "data-table") blocks.push({ kind: "table", table: block.table });
    else if (block.kind === "pre") blocks.push(...readPreformatted(block.lines, dropped));
  }
  close();
  return blocks;
}

/**
 * A paragraph typed line by line, each line a block of its own ("… will remain in employment" / "as CEO of
 * …"), runs on: the line before ends without a full stop and the next starts in lower case or the line
 * before ends on a word no sentence ends with.
 */
function runsOn(before: string, after: string): boolean {
  const plainBefore = stripFactMarks(before);
  if (/[.:;?!"'”’)\]]$/.test(plainBefore)) return false;
  const plainAfter = stripFactMarks(after);
  // A line that opens with a label ("b. …", "(ii) …", "2. …") starts an item of its own.
  if (/^(?:\(?[A-Za-z0-9]{1,4}[.)]|\([A-Za-z0-9]{1,4}\))\s/.test(plainAfter)) return false;
  if (/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(plainBefore) && /^\d/.test(plainAfter)) return true;
  return /^[a-z]/.test(plainAfter) || /\b(?:the|a|an|to|of|and|or|by|in|for|with|as|at|on|that|which|shall|will|may|be|is|are|its|his|her|their|from)$/i.test(plainBefore);
}

/**
 * A title set over several paragraphs in the same type, with no blank line between, is one heading
 * ("Beneficial Stock Ownership of Directors, Executive" / "Officers and …"), as a wrapped title in text is.
 */
function continuesHeading(first: TextDraft, second: TextDraft, text: string): boolean {
  if (second.gapBefore || first.spaced || second.spaced || first.align !== second.align || /[.:;?!)]$/.test(text)) return false;
  const a = emphasisOf(first.lines.flat());
  const b = emphasisOf(second.lines.flat());
  return a.size === b.size && a.bold === b.bold && a.underline === b.underline;
}

/** A block printing only a rule of underscores, dashes or equals signs, as a separator. */
function isRuleBlock(draft: TextDraft): boolean {
  const text = stripFactMarks(blockLines(draft.lines).join(" "));
  return /^[\s_=\-–—]+$/.test(text) && (text.match(/[_=\-–—]/g)?.length ?? 0) >= 3;
}

/** Reads every table: a data table becomes a table node, a layout table gives up the blocks it holds. */
function flatten(blocks: readonly HtmlBlock[], setting: WalkSetting): FlatBlock[] {
  return blocks.flatMap((block): FlatBlock[] => {
    if (block.kind !== "table") return [block];
    const grid = buildGrid(block.element, block.context, setting);
    const table = isLayoutTable(grid) ? undefined : buildDataTable(grid);
    return table ? [{ kind: "data-table", table, line: block.line }] : flatten(layoutBlocks(grid), setting);
  });
}

/** A `<pre>` block is fixed-width text: the plain-text path reads it, tables and all. */
function readPreformatted(lines: readonly SourceLine[], dropped: Map<number, string>): OutlineBlock[] {
  const read = readFixedWidthText(lines);
  for (const [line, why] of read.dropped) dropped.set(line, why);
  return read.blocks;
}

function readableLines(blocks: readonly FlatBlock[]): SourceLine[] {
  return blocks.flatMap((block): SourceLine[] => {
    if (block.kind === "text") return blockLines(block.lines).map((text) => ({ text: stripFactMarks(text), line: block.line }));
    if (block.kind === "pre") return [...block.lines];
    if (block.kind === "data-table") {
      const rows = [block.table.header, ...block.table.rows].filter((cells) => cells.some(Boolean));
      return rows.map((cells) => ({ text: stripFactMarks(cells.filter(Boolean).join("    ")), line: block.line }));
    }
    return [];
  });
}
