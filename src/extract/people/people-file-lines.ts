/**
 * Returns the 1-based line of a path in content/people.yaml: `people`, an entry, one of its fields, or one alias.
 * Falls back to the nearest enclosing line found, and to line 1.
 */
export function findPeopleLine(lines: readonly string[], path: readonly (string | number)[]): number {
  const top = lines.findIndex((line) => /^people\s*:/.test(line));
  if (top < 0 || path[0] !== "people") return 1;
  const items = listItems(lines, top + 1, -1);
  const entry = typeof path[1] === "number" ? items[path[1]] : undefined;
  if (entry === undefined) return top + 1;
  const end = items[(path[1] as number) + 1] ?? blockEnd(lines, top + 1);
  const key = typeof path[2] === "string" ? path[2] : undefined;
  const keyAt = key === undefined ? -1 : range(entry, end).find((i) => new RegExp(`^\\s*(?:-\\s+)?${key}\\s*:`).test(lines[i]!));
  if (keyAt === undefined || keyAt < 0) return entry + 1;
  const alias = typeof path[3] === "number" ? listItems(lines.slice(0, end), keyAt + 1, indentOf(lines[keyAt]!))[path[3]] : undefined;
  return (alias ?? keyAt) + 1;
}

/** Indexes of the list items right under a key: lines "- …" at the first item's indent, deeper than the key. */
function listItems(lines: readonly string[], start: number, keyIndent: number): number[] {
  const items: number[] = [];
  let itemIndent: number | undefined;
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const indent = indentOf(line);
    if (indent <= keyIndent && !line.trimStart().startsWith("-")) break;
    if (indent < (itemIndent ?? 0)) break;
    if (!/^\s*-(\s|$)/.test(line)) continue;
    itemIndent ??= indent;
    if (indent === itemIndent) items.push(i);
  }
  return items;
}

function blockEnd(lines: readonly string[], start: number): number {
  for (let i = start; i < lines.length; i += 1) if (/^[^\s#-]/.test(lines[i]!)) return i;
  return lines.length;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
