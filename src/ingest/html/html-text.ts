import { collapse } from "../classify.ts";
import { markFact, stripFactMarks } from "../fact-marks.ts";
import type { Run } from "./html-blocks.ts";

/** Returns a line of runs as text: white space collapsed as a browser shows it, facts wrapped in marks. */
export function lineText(runs: readonly Run[]): string {
  let out = "";
  let index = 0;
  while (index < runs.length) {
    const run = runs[index]!;
    if (!run.fact) {
      out += run.text;
      index += 1;
      continue;
    }
    let text = "";
    let end = index;
    while (end < runs.length && runs[end]!.fact === run.fact) text += runs[end++]!.text;
    // The mark wraps the figure only, so "$" glued before it and the spaces around stay outside.
    const lead = /^\s*/.exec(text)![0];
    const core = text.trim();
    const trail = text.slice(lead.length + core.length);
    out += lead + (core ? markFact(collapse(core), run.fact.attributes) : "") + trail;
    index = end;
  }
  return collapse(out);
}

/** Returns the lines of a block as text, empty lines left out. */
export function blockLines(lines: readonly (readonly Run[])[]): string[] {
  return lines.map(lineText).filter((text) => stripFactMarks(text) !== "");
}

/** How a block is set overall: whether every letter is bold or underlined, and the size most of it is set in. */
export interface BlockEmphasis {
  readonly bold: boolean;
  readonly underline: boolean;
  readonly size: number;
}

/** Returns the emphasis of runs, judged on the characters a reader sees (spaces do not count). */
export function emphasisOf(runs: readonly Run[]): BlockEmphasis {
  const printed = runs.filter((run) => /\S/.test(run.text));
  const sizes = new Map<number, number>();
  for (const run of printed) sizes.set(run.style.size, (sizes.get(run.style.size) ?? 0) + run.text.trim().length);
  const size = [...sizes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 12;
  // Punctuation and footnote marks printed in plain type ("Termination." with a plain period) do not break emphasis.
  const lettered = printed.filter((run) => /[A-Za-z0-9]/.test(run.text.replace(/\(\d{1,2}\)/g, "")));
  const all = (test: (run: Run) => boolean) => lettered.length > 0 && lettered.every(test);
  return { bold: all((run) => run.style.bold), underline: all((run) => run.style.underline), size };
}

/** Returns the size most characters of the blocks are set in: the body text size of the document. */
export function bodySizeOf(blocks: readonly (readonly (readonly Run[])[])[]): number {
  const sizes = new Map<number, number>();
  for (const lines of blocks) for (const line of lines) for (const run of line) {
    const length = run.text.replace(/\s+/g, "").length;
    if (length) sizes.set(run.style.size, (sizes.get(run.style.size) ?? 0) + length);
  }
  return [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 12;
}
