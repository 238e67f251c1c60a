import { cutBody } from "./body-lines.ts";
import { buildHeader } from "./build-header.ts";
import { buildRows } from "./build-rows.ts";
import { splitBodyChunks } from "./chunks.ts";
import { buildColumns } from "./columns.ts";
import { splitTable } from "./split-table.ts";
import { normalizeTableLines } from "./table-lines.ts";
import type { ParsedTable, SourceLine } from "./types.ts";

/** Returns a fixed-width table printed in a filing as caption, one header per column, and rows of cells. */
export function parseFixedWidthTable(lines: readonly SourceLine[]): ParsedTable {
  const normalized = normalizeTableLines(lines);
  const parts = splitTable(normalized.lines);
  const bodyChunks = parts.body.flatMap((line) => (line.kind === "text" ? splitBodyChunks(line.text) : []));
  const columns = buildColumns({ rule: parts.rule?.text, markers: parts.markers, bodyChunks });
  const ruleLines = normalized.lines.filter((line) => line.kind === "rule").map((line) => line.line);
  if (columns.length === 0) {
    // Nothing marks a column: whatever was printed can only be a caption.
    const caption = parts.header.filter((line) => line.kind === "text").map((line) => line.text.trim());
    return { caption, header: [], rows: [], rowLines: [], ruleLines, footnotes: normalized.footnotes };
  }
  const { caption, header } = buildHeader(parts.header, columns);
  const { rows, rowLines } = buildRows(cutBody(parts.body, columns));
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`expected rows of ${header.length} cells, not ${row.length}`);
    }
  }
  return { caption, header, rows, rowLines, ruleLines, footnotes: normalized.footnotes };
}
