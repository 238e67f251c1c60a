import type { OutlineBlock } from "./outline.ts";
import type { SourceLine } from "./table/types.ts";
import { chunkDocument } from "./chunks.ts";
import { classifyChunk, demoteSignatureHeadings, measureLayout } from "./classify.ts";
import { buildTableNode } from "./table-node.ts";

/** Returns fixed-width text (a plain filing, or an HTML `<pre>` block) read into outline blocks, and the furniture left out. */
export function readFixedWidthText(lines: readonly SourceLine[]): { blocks: OutlineBlock[]; dropped: ReadonlyMap<number, string> } {
  const chunked = chunkDocument(lines);
  const layout = measureLayout(lines);
  const blocks = chunked.chunks.flatMap((chunk): OutlineBlock[] =>
    chunk.kind === "table" ? [{ kind: "table", table: buildTableNode(chunk.lines) }] : classifyChunk(chunk.lines, layout),
  );
  return { blocks: demoteSignatureHeadings(blocks), dropped: chunked.dropped };
}
