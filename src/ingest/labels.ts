/** The kinds of numbering a filing uses for its parts, from outermost to innermost as usually nested. */
export type LabelType = "article" | "number" | "letter" | "roman" | "digit" | "upper" | "bullet";

/** A parsed item label, e.g. "(b)" → letter "b", "4." → number "4", "Section 2.1" → number "2.1". */
export interface ItemLabel {
  readonly type: LabelType;
  /** The label's value without punctuation: "b", "iv", "2.1", "I". */
  readonly value: string;
  /** The label exactly as printed, e.g. "(b)", "4.", "Section 2.1". */
  readonly printed: string;
}

/** Matches a line that starts a numbered, lettered or bulleted item. */
export const ITEM_START =
  /^\s*(?:\((?:[a-z]{1,4}|\d{1,2}|[A-Z])\)|\d{1,2}(?:\.\d{1,2})*\.(?=\s)|\d{1,2}\.\d{1,2}(?=\s+[A-Z])|(?:SECTION|Section)\s+\d+(?:\.\d+)*\.?|(?:ARTICLE|Article)\s+[IVXLC\d]+\.?|[o*\u2022])\s+\S/;

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)$/;

/** Returns the label that starts the text and the rest of the text, or undefined when there is none. */
export function parseItemLabel(text: string): { label: ItemLabel; rest: string } | undefined {
  const trimmed = text.trimStart();
  const patterns: [RegExp, (m: RegExpExecArray) => ItemLabel][] = [
    [/^\(([a-z]{1,4})\)\s+/, (m) => ({ type: ROMAN.test(m[1]!) ? "roman" : "letter", value: m[1]!, printed: `(${m[1]})` })],
    [/^\((\d{1,2})\)\s+/, (m) => ({ type: "digit", value: m[1]!, printed: `(${m[1]})` })],
    [/^\(([A-Z])\)\s+/, (m) => ({ type: "upper", value: m[1]!, printed: `(${m[1]})` })],
    [/^(?:ARTICLE|Article)\s+([IVXLC]+|\d+)\.?\s+/, (m) => ({ type: "article", value: m[1]!, printed: m[0].trim() })],
    [/^(?:SECTION|Section)\s+(\d+(?:\.\d+)*)\.?\s+/, (m) => ({ type: "number", value: m[1]!, printed: m[0].trim() })],
    [/^(\d{1,2}(?:\.\d{1,2})*)\.\s+/, (m) => ({ type: "number", value: m[1]!, printed: `${m[1]}.` })],
    // "1.1 Position." as agreements number their sections, with no period after the number.
    [/^(\d{1,2}\.\d{1,2})\s+(?=[A-Z])/, (m) => ({ type: "number", value: m[1]!, printed: m[1]! })],
    [/^([o*\u2022])\s+/, (m) => ({ type: "bullet", value: m[1]!, printed: m[1]! })],
  ];
  for (const [pattern, make] of patterns) {
    const match = pattern.exec(trimmed);
    if (match) return { label: make(match), rest: trimmed.slice(match[0].length) };
  }
  return undefined;
}

/** True when a lettered label like "(i)" must be read as a letter because it follows "(h)". */
export function isLetterAfter(previous: string | undefined, value: string): boolean {
  if (!previous || previous.length !== 1 || value.length !== 1) return false;
  return previous.charCodeAt(0) + 1 === value.charCodeAt(0);
}
