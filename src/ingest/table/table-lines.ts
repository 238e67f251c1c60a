import type { SourceLine } from "./types.ts";
import { isRuleLine, undoDashStuffing } from "./is-rule-line.ts";

/** What a table line is, once EDGAR markup is set aside. */
export type TableLineKind = "blank" | "markup" | "rule" | "text";

/** A table line with tabs expanded, EDGAR tags blanked out (positions kept) and dash-stuffing undone. */
export interface TableLine {
  readonly line: number;
  readonly kind: TableLineKind;
  readonly text: string;
  /** Columns where `<S>`/`<C>` tags stood: EDGAR puts them at the start of each column. */
  readonly markers: readonly number[];
}

/** A table's lines before its `<FN>` tag, and the footnote text after it. */
export interface TableLines {
  readonly lines: readonly TableLine[];
  readonly footnotes: readonly string[];
}

const TAG = /<\/?(?:TABLE|CAPTION|S|C|FN|PAGE)>/gi;

/** Expands tabs to 8-column stops, as a monospace printer would. */
function expandTabs(text: string): string {
  let out = "";
  for (const character of text) {
    out += character === "\t" ? " ".repeat(8 - (out.length % 8)) : character;
  }
  return out;
}

function classifyLine(source: SourceLine): TableLine {
  const expanded = expandTabs(source.text);
  const markers: number[] = [];
  const blanked = expanded.replace(TAG, (tag, offset: number) => {
    if (/^<[SC]>$/i.test(tag)) markers.push(offset);
    return " ".repeat(tag.length);
  });
  const hasTag = blanked !== expanded;
  if (blanked.trim() === "") {
    return { line: source.line, kind: hasTag ? "markup" : "blank", text: "", markers };
  }
  if (isRuleLine(blanked)) {
    return { line: source.line, kind: "rule", text: undoDashStuffing(blanked.trimEnd()), markers };
  }
  return { line: source.line, kind: "text", text: blanked.trimEnd(), markers };
}

/** Returns the table's lines classified, with everything from an `<FN>` tag on kept apart as footnote text. */
export function normalizeTableLines(lines: readonly SourceLine[]): TableLines {
  const footnoteStart = lines.findIndex((source) => /<FN>/i.test(source.text));
  const tableLines = footnoteStart < 0 ? lines : lines.slice(0, footnoteStart);
  const footnotes = footnoteStart < 0 ? [] : lines.slice(footnoteStart);
  return {
    lines: tableLines.map(classifyLine),
    footnotes: footnotes
      .map((source) => classifyLine(source))
      .filter((line) => line.kind === "text")
      .map((line) => line.text.trim().replace(/\s+/g, " ")),
  };
}
