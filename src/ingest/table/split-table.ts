import type { TableLine } from "./table-lines.ts";

/** A table's lines split at the rule (or tag line) that ends its header. */
export interface TableParts {
  readonly header: readonly TableLine[];
  /** The rule line under the header, whose dash groups mark the columns. */
  readonly rule: TableLine | undefined;
  /** Column starts from the first `<S>`/`<C>` tag line. */
  readonly markers: readonly number[];
  readonly body: readonly TableLine[];
}

function countDashGroups(line: TableLine): number {
  return line.text.match(/[-=_]+/g)?.length ?? 0;
}

/**
 * Returns the header rule: the rule with the most dash groups (the earliest on a tie), since underlines
 * of group headers and rules above totals usually cover fewer columns.
 */
function findHeaderRule(lines: readonly TableLine[], limit: number): number {
  let best = -1;
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index];
    if (line?.kind !== "rule") continue;
    const bestLine = lines[best];
    if (!bestLine || countDashGroups(line) > countDashGroups(bestLine)) best = index;
  }
  return best;
}

function isPrinted(line: TableLine): boolean {
  return line.kind === "text" || line.kind === "rule";
}

/** Returns the header lines, the header rule, the column tags and the body lines of a table. */
export function splitTable(lines: readonly TableLine[]): TableParts {
  const markerIndex = lines.findIndex((line) => line.markers.length > 0);
  const markers = lines[markerIndex]?.markers ?? [];
  // Tags sit on the line after the header, so a rule below them belongs to the body.
  const ruleIndex = findHeaderRule(lines, markerIndex < 0 ? lines.length : markerIndex);
  const headerEnd = ruleIndex >= 0 ? ruleIndex : Math.max(markerIndex, 0);
  const bodyStart = ruleIndex >= 0 ? ruleIndex + 1 : headerEnd;
  return {
    header: lines.slice(0, headerEnd).filter(isPrinted),
    rule: lines[ruleIndex],
    markers,
    body: lines.slice(bodyStart).filter((line) => line.kind !== "markup"),
  };
}
