/** Where a quote stands in a raw source text: 1-based lines and 1-based columns (end inclusive). */
export interface QuoteSpan {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Returns where the quote's words stand in the raw filing, allowing any white space between them (the
 * source is wrapped and padded). A table row quote ("a | b | c") is found by its cells in order.
 */
export function locateQuote(sourceText: string, quote: string): QuoteSpan | undefined {
  const cells = quote.includes(" | ") ? quote.split(" | ").filter((cell) => cell.trim()) : [quote];
  const candidates = cells.length > 1 ? [cells, cells.slice(1)] : [cells];
  for (const parts of candidates) {
    const words = parts.flatMap((part) => part.trim().split(/\s+/)).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = new RegExp(words.map(escapeRegExp).join("[\\s|]+"));
    const match = pattern.exec(sourceText);
    if (match) return spanOf(sourceText, match.index, match.index + match[0].length - 1);
  }
  return undefined;
}

function spanOf(text: string, start: number, end: number): QuoteSpan {
  const [startLine, startColumn] = position(text, start);
  const [endLine, endColumn] = position(text, end);
  return { startLine, startColumn, endLine, endColumn };
}

function position(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return [line, column];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
