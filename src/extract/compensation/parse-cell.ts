/**
 * How a table cell reads: blank, a printed "none", "*", a number, two figures "a / b", or other text. A
 * number's `decimal` is exact, without commas, negative for "(1,234)"; its `unit` is the "$" or "%" printed.
 */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "none" }
  | { readonly kind: "less-than-one-percent" }
  | { readonly kind: "number"; readonly decimal: string; readonly unit: "dollars" | "percent" | null }
  | { readonly kind: "pair"; readonly first: CellReading; readonly second: CellReading }
  | { readonly kind: "text" };

/** A cell as printed, how it reads, and the footnote marks printed after it. */
export interface ParsedCell {
  /** The cell as printed, trimmed. */
  readonly printed: string;
  /** What the cell reads as, footnote marks aside. */
  readonly reading: CellReading;
  /** Footnote marks without parentheses, e.g. ["1"] for "24,000 (1)". */
  readonly marks: readonly string[];
}

// A mark is one or two digits or one letter in parentheses; "(1,234)" and "(123)" are negative numbers.
const TRAILING_MARKS = /(?:\s*\((?:\d{1,2}|[A-Za-z])\))+$/;
const MARK = /\((\d{1,2}|[A-Za-z])\)/g;
// Filings print "-", "--", "---" or a dash character for "none", in HTML tables often after a "$" cell ("$ —");
// N/A and None say the same in words.
const NONE = /^(?:\$\s*)?(?:[-–—]{1,3}|n\/a|none|nil)$/i;
// "-0-" is a zero framed by dashes, as typewritten tables print it: a printed zero, not a dash.
const DASHED_ZERO = /^(\$)?\s*[-–—]0[-–—]$/;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/** Returns how a table cell reads: "$280,000", "$ 2,000", "24,000 (1)", "$0 / $0", "6.1%", "(1,234)", "-", "$ —", "-0-", "*", "". */
export function parseCell(text: string): ParsedCell {
  const printed = text.trim();
  const { body, marks } = splitTrailingMarks(printed);
  return { printed, reading: readBody(body), marks };
}

/** Returns a cell's text without the footnote marks printed after it, and those marks: "26,843(7)" → "26,843", ["7"]. */
export function splitTrailingMarks(text: string): { body: string; marks: string[] } {
  const printed = text.trim();
  const match = TRAILING_MARKS.exec(printed);
  const body = match ? printed.slice(0, match.index).trim() : printed;
  return { body, marks: match ? [...match[0].matchAll(MARK)].map((m) => m[1]!) : [] };
}

function readBody(body: string): CellReading {
  if (body === "") return { kind: "blank" };
  if (NONE.test(body)) return { kind: "none" };
  const zero = DASHED_ZERO.exec(body);
  if (zero) return { kind: "number", decimal: "0", unit: zero[1] ? "dollars" : null };
  if (body === "*") return { kind: "less-than-one-percent" };
  return readPair(body) ?? readNumber(body) ?? { kind: "text" };
}

/** Two figures in one cell ("234,000 / 200,000"); a bare "8/23" is not one, since dates print that way. */
function readPair(body: string): CellReading | undefined {
  const parts = body.split("/");
  if (parts.length !== 2) return undefined;
  const [left, right] = parts.map((part) => part.trim()) as [string, string];
  const spaced = /\s\/|\/\s/.test(body) || /[$,]/.test(body);
  if (!spaced || left === "" || right === "") return undefined;
  const first = readBody(left);
  const second = readBody(right);
  const figure = (reading: CellReading) => reading.kind === "number" || reading.kind === "none";
  return figure(first) && figure(second) ? { kind: "pair", first, second } : undefined;
}

function readNumber(body: string): CellReading | undefined {
  let text = body.replace(/\$\s+/, "$").replace(/\(\s+/, "(").replace(/\s+\)/, ")").replace(/\s+%/, "%");
  if (/\s/.test(text)) return undefined;
  let negative = false;
  let dollars = false;
  if (text.startsWith("$")) [dollars, text] = [true, text.slice(1)];
  const paren = /^\((.+)\)$/.exec(text);
  if (paren) [negative, text] = [true, paren[1]!];
  if (!dollars && text.startsWith("$")) [dollars, text] = [true, text.slice(1)];
  if (text.startsWith("-")) {
    if (negative) return undefined;
    [negative, text] = [true, text.slice(1)];
  }
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1);
  if ((dollars && percent) || !DIGITS.test(text)) return undefined;
  const plain = text.replace(/,/g, "").replace(/^\./, "0.");
  const zero = /^0*(?:\.0*)?$/.test(plain);
  return { kind: "number", decimal: negative && !zero ? `-${plain}` : plain, unit: dollars ? "dollars" : percent ? "percent" : null };
}
