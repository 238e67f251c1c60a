/** A column kind and the test its header passes; the first rule that passes wins. */
export interface ColumnRule<K extends string> {
  readonly kind: K;
  /** Gets the whole header (upper case, marks removed) and its last part after a group's ":". */
  readonly test: (header: string, leaf: string) => boolean;
}

/** Returns a header cell in upper case without footnote marks and with single spaces. */
export function normalizeHeader(text: string): string {
  return text
    .toUpperCase()
    .replace(/\(\d{1,2}\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Returns each column's kind (null when no rule fits). Column 0 is always the name. A header printed under
 * a group ("…AT FISCAL YEAR-END: EXERCISABLE" then "UNEXERCISABLE") is tried with the group's words when
 * it fits no rule alone, and a kind already taken by a column to the left is not given again, unless it is
 * `repeatable` (a pay-versus-performance table has a pair of columns for each PEO).
 */
export function classifyColumns<K extends string>(
  header: readonly string[],
  rules: readonly ColumnRule<K>[],
  repeatable: ReadonlySet<K> = new Set(),
): (K | "name" | null)[] {
  const taken = new Set<string>(["name"]);
  let group = "";
  return header.map((cell, index) => {
    if (index === 0) return "name";
    const text = normalizeHeader(cell);
    const colon = text.lastIndexOf(":");
    if (colon >= 0) group = text.slice(0, colon).trim();
    const leaf = colon >= 0 ? text.slice(colon + 1).trim() : text;
    const kind = firstFit(rules, text, leaf) ?? (group ? firstFit(rules, `${group}: ${leaf}`, leaf) : undefined);
    if (!kind || (taken.has(kind) && !repeatable.has(kind))) return null;
    taken.add(kind);
    return kind;
  });
}

function firstFit<K extends string>(rules: readonly ColumnRule<K>[], header: string, leaf: string): K | undefined {
  return rules.find((rule) => rule.test(header, leaf))?.kind;
}
