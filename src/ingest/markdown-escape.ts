/**
 * Returns filing text escaped for Markdown so that it always reads as plain text: no emphasis, links,
 * HTML, directives or headings can come out of what a filing prints (old filings are full of `<S>`, `<C>`).
 */
export function escapeMarkdownText(text: string): string {
  return escapeLineStart(escapeHeadingText(text));
}

/** Returns filing text escaped for use after a heading's `#` marks, where line-start markers mean nothing. */
export function escapeHeadingText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}

/** Escapes what would open a block at the start of a line: list markers, numbered items, rules. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2")
    .replace(/^([-+=])/, "\\$1");
}

/** Returns a value quoted for a directive or heading attribute. */
export function quoteAttribute(value: string): string {
  return `"${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
}
