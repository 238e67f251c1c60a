import type { SourceLine } from "./table/types.ts";
import { findPageFurniture } from "./furniture.ts";
import { findTableRegions, ruleGroups } from "./table-regions.ts";
import { indentOf, isBlank } from "./source-lines.ts";
import { ITEM_START } from "./labels.ts";

/** A piece of a document before classification: a table region or a run of text lines. */
export type Chunk =
  | { readonly kind: "table"; readonly lines: readonly SourceLine[]; readonly markup: boolean }
  | { readonly kind: "text"; readonly lines: readonly SourceLine[] };

/** The chunks of one document and the furniture lines left out of them. */
export interface Chunked {
  readonly chunks: readonly Chunk[];
  /** Line numbers dropped as page furniture or rules, with why. */
  readonly dropped: ReadonlyMap<number, string>;
}

/** Returns a document's lines cut into table regions and blank-separated text chunks, furniture removed. */
export function chunkDocument(lines: readonly SourceLine[]): Chunked {
  const dropped = new Map<number, string>(findPageFurniture(lines));
  const regions = findTableRegions(lines);
  const chunks: Chunk[] = [];
  let index = 0;
  for (const region of [...regions, { start: lines.length, end: lines.length, markup: false }]) {
    pushTextChunks(lines.slice(index, region.start), dropped, chunks);
    if (region.start < region.end) chunks.push({ kind: "table", lines: lines.slice(region.start, region.end), markup: region.markup });
    index = region.end;
  }
  return { chunks, dropped };
}

function pushTextChunks(lines: readonly SourceLine[], dropped: Map<number, string>, out: Chunk[]): void {
  let current: SourceLine[] = [];
  let pageBreak = false;
  const flush = () => {
    if (current.length) out.push({ kind: "text", lines: current });
    current = [];
  };
  for (const line of lines) {
    if (dropped.has(line.line)) {
      pageBreak = true;
      continue;
    }
    if (ruleGroups(line.text).length > 0) {
      dropped.set(line.line, "rule");
      continue;
    }
    if (isBlank(line)) {
      flush();
      continue;
    }
    if (current.length === 0 && pageBreak && continuesAcrossPage(out, line)) current = [...popText(out)];
    pageBreak = false;
    if (current.length && startsNewItem(current, line)) flush();
    current.push(line);
  }
  flush();
}

/** A paragraph cut by a page break goes on when the next page starts in lower case. */
function continuesAcrossPage(out: readonly Chunk[], line: SourceLine): boolean {
  const last = out.at(-1);
  if (!last || last.kind !== "text") return false;
  const lastText = last.lines.at(-1)!.text.trimEnd();
  return !/[.:;?!"')]$/.test(lastText) && /^\s*[a-z]/.test(line.text) && lastText.length >= 50;
}

function popText(out: Chunk[]): readonly SourceLine[] {
  const last = out.pop();
  return last && last.kind === "text" ? last.lines : [];
}

/** A line that opens a numbered or bulleted item at the first line's indent starts a new chunk. */
function startsNewItem(current: readonly SourceLine[], line: SourceLine): boolean {
  const first = current[0]!;
  if (!ITEM_START.test(first.text) || !ITEM_START.test(line.text)) return false;
  return indentOf(first.text) === indentOf(line.text);
}
