/** A phrase to find as whole words, with what a match of it stands for. */
export interface NamedForm<T> {
  readonly form: string;
  readonly value: T;
}

/** A phrase found: where, the words as printed, and what it stands for. */
export interface NameMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: T;
}

/**
 * Returns a finder of phrases (people's names, defined terms) as whole words, exactly as written, longest
 * first: "Jane Q. Roe" wins over "Roe", and "Roe" is never found inside another word ("Roebuck").
 */
export function compileNameFinder<T>(forms: readonly NamedForm<T>[]): (text: string) => NameMatch<T>[] {
  const byForm = new Map<string, T>();
  for (const { form, value } of forms) if (form.trim() && !byForm.has(form)) byForm.set(form, value);
  if (byForm.size === 0) return () => [];
  const ordered = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ordered.map((f) => escapeRegExp(f).replace(/ /g, String.raw`\s+`)).join("|")})(?![\p{L}\p{N}])`, "gu");
  const lookup = new Map([...byForm].map(([form, value]) => [form.replace(/\s+/g, " "), value]));
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value: lookup.get(match[0].replace(/\s+/g, " "))!,
    }));
}

/** Returns the text with regular-expression characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
