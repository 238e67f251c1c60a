/** A footnote mark printed after a figure: `(1)`, `(A)`, `(10)`. */
const MARK = String.raw`(?:\([A-Za-z0-9]{1,3}\))`;

/** Tokens a figure cell is printed with: amounts, percents, dates, footnote marks and "none" placeholders. */
const FIGURE_TOKENS: readonly RegExp[] = [
  new RegExp(String.raw`^\(?[$]?[-+]?[$]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?\)?${MARK}*[%*]?$`),
  new RegExp(String.raw`^\d{1,2}/\d{1,2}/\d{2,4}${MARK}*$`),
  new RegExp(String.raw`^${MARK}+$`),
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?$/,
  /^(?:[-\u2013\u2014]+|\*+|\/|\$|%|N\/A|n\/a|NA|NM|nm)$/,
];

/** Placeholders that mean "none" or "not meaningful": values in a figure column, even without digits. */
const PLACEHOLDER = /^(?:[-\u2013\u2014]+|\*+|N\/A|n\/a|NA|NM|nm)$/;

/** Returns whether a cell reads as a figure (number, money, percent, date) or a "none" placeholder. */
export function isNumericCell(text: string): boolean {
  const tokens = text.split(/\s+/).filter((token) => token !== "");
  if (tokens.length === 0) return false;
  if (!tokens.every((token) => FIGURE_TOKENS.some((pattern) => pattern.test(token)))) return false;
  return /\d/.test(text) || tokens.every((token) => PLACEHOLDER.test(token));
}
