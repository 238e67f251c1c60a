import { nameKey, nameWords } from "../../model/people.ts";

/**
 * Returns, for every full name, the canonical name of the person it belongs to. Names that differ in case, periods
 * or spacing are one; "Jane Roe" joins "Jane Q. Roe" when she is the only Jane … Roe with more names; a curated
 * canonical name wins, else the name with the most words.
 */
export function buildCanonicalNames(names: readonly string[], curated: ReadonlySet<string>): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const name of names) byKey.set(nameKey(name), [...(byKey.get(nameKey(name)) ?? []), name]);
  const keys = [...byKey.keys()].sort();
  const target = new Map(keys.map((key) => [key, key]));
  for (const key of keys) {
    const fuller = keys.filter((other) => other !== key && isShortFormOf(key, other));
    if (fuller.length === 1) target.set(key, fuller[0]!);
  }
  const clusters = new Map<string, string[]>();
  for (const key of keys) {
    let root = key;
    // Follow "Jane Roe" → "Jane Q. Roe" → "Jane Q. R. Roe"; each step is unique, so the chain ends.
    while (target.get(root) !== root) root = target.get(root)!;
    clusters.set(root, [...(clusters.get(root) ?? []), ...byKey.get(key)!]);
  }
  const result = new Map<string, string>();
  for (const members of clusters.values()) {
    const canonical = pickCanonical(members, curated);
    for (const name of members) result.set(name, canonical);
  }
  return result;
}

/** True when the short key keeps the first and last words of the long one and leaves out only middle words. */
function isShortFormOf(short: string, long: string): boolean {
  const a = short.split(" ");
  const b = long.split(" ");
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let at = 1;
  for (const word of a.slice(1, -1)) {
    while (at < b.length - 1 && b[at] !== word) at += 1;
    if (at >= b.length - 1) return false;
    at += 1;
  }
  return true;
}

function pickCanonical(members: readonly string[], curated: ReadonlySet<string>): string {
  const chosen = members.find((name) => curated.has(name));
  if (chosen) return chosen;
  const score = (name: string) => [nameWords(name).length, /[a-z]/.test(name) ? 1 : 0, /\.\S/.test(name) ? 0 : 1, name.length];
  return [...new Set(members)].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return y[i]! - x[i]!;
    return a < b ? -1 : a > b ? 1 : 0;
  })[0]!;
}
