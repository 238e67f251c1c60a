import type { SourceLine } from "./table/types.ts";

/** Returns the text split into numbered lines, with tabs expanded to 8-column stops and CRs removed. */
export function splitSourceLines(text: string): SourceLine[] {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return body.split("\n").map((raw, index) => ({ text: expandTabs(raw.replace(/\r$/, "")), line: index + 1 }));
}

/** Returns the line with tabs replaced by spaces up to the next multiple of eight. */
export function expandTabs(text: string): string {
  if (!text.includes("\t")) return text;
  let out = "";
  for (const char of text) {
    if (char === "\t") out += " ".repeat(8 - (out.length % 8));
    else out += char;
  }
  return out;
}

/** True for a line with nothing but white space. */
export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/** Returns how many spaces a line starts with. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}
