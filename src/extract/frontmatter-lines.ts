/**
 * Returns the 1-based line (within the whole file) of the YAML key at `path` in a frontmatter block,
 * or of the nearest ancestor key that is present. Lines start at 2 because line 1 is the opening `---`.
 */
export function findFrontmatterLine(yamlLines: readonly string[], path: readonly (string | number)[]): number {
  let line = 0; // index into yamlLines of the best match so far, -1 when none
  let start = 0;
  let end = yamlLines.length;
  let indent = -1;
  let best = -1;
  for (const step of path) {
    const found =
      typeof step === "number"
        ? findListItem(yamlLines, start, end, indent, step)
        : findKey(yamlLines, start, end, indent, step);
    if (found === undefined) break;
    best = found.index;
    line = found.index;
    indent = found.indent;
    start = found.index + (typeof step === "number" ? 0 : 1);
    end = blockEnd(yamlLines, found.index, found.indent);
  }
  return best < 0 ? 1 : line + 2;
}

interface Found {
  readonly index: number;
  readonly indent: number;
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function findKey(lines: readonly string[], start: number, end: number, parentIndent: number, key: string) {
  const pattern = new RegExp(`^(\\s*(?:-\\s+)?)${escapeRegExp(key)}\\s*:`);
  for (let i = start; i < end; i += 1) {
    const match = pattern.exec(lines[i] ?? "");
    if (match && (match[1] ?? "").length > parentIndent) return { index: i, indent: (match[1] ?? "").length } satisfies Found;
  }
  return undefined;
}

function findListItem(lines: readonly string[], start: number, end: number, parentIndent: number, n: number) {
  let count = -1;
  for (let i = start; i < end; i += 1) {
    const text = lines[i] ?? "";
    if (/^\s*-(\s|$)/.test(text) && indentOf(text) >= Math.max(parentIndent, 0)) {
      count += 1;
      if (count === n) return { index: i, indent: indentOf(text) } satisfies Found;
    }
  }
  return undefined;
}

function blockEnd(lines: readonly string[], index: number, indent: number): number {
  for (let i = index + 1; i < lines.length; i += 1) {
    const text = lines[i] ?? "";
    if (text.trim() && indentOf(text) <= indent && !/^\s*-\s/.test(text.slice(indent))) return i;
    if (text.trim() && indentOf(text) < indent) return i;
  }
  return lines.length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
