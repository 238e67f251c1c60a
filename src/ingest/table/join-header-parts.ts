/**
 * Returns a column's header from its group headers and its own words, outermost first: "Group: Column",
 * except after a group that ends in its own colon or comma ("… Based on:", "Three Months Ended June 30,").
 */
export function joinHeaderParts(parts: readonly string[]): string {
  return parts
    .filter((part) => part !== "")
    .reduce((joined, part) => (joined === "" ? part : `${joined}${/[:,]\s*$/.test(joined) ? " " : ": "}${part}`), "")
    .replace(/\s+/g, " ")
    .trim();
}
