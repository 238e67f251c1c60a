import type { Diagnostic } from "../lib/diagnostic.ts";
import type { Source } from "../model/facts.ts";

/** What a provenance check needs to know of a filing: its Markdown file and each section's text. */
export interface ProvenanceDoc {
  readonly id: string;
  readonly file: string;
  readonly sectionText: ReadonlyMap<string, string>;
}

/** Returns the text with white space collapsed and typographic quotes made plain, for comparing quotes. */
export function normalizeQuote(text: string): string {
  return text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

/**
 * Returns an error for every fact whose quote is not in the section it names (or whose filing or
 * section does not exist), located at the file and line the fact was read from.
 */
export function checkProvenance(sources: readonly Source[], docs: readonly ProvenanceDoc[]): Diagnostic[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const key = `${source.filing}\u0000${source.section}\u0000${source.quote}\u0000${source.line ?? 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = findProblem(source, byId.get(source.filing));
    if (problem) diagnostics.push(problem);
  }
  return diagnostics;
}

function findProblem(source: Source, doc: ProvenanceDoc | undefined): Diagnostic | undefined {
  const line = source.line ?? 0;
  if (!doc) {
    return { severity: "error", file: "content/filings", line: 0, expected: "a fact's source to name a filing in content/filings/", found: source.filing, rule: "fact-filing-missing" };
  }
  const text = doc.sectionText.get(source.section);
  if (text === undefined) {
    return {
      severity: "error",
      file: doc.file,
      line,
      expected: `a fact's source to name a section of ${doc.id}`,
      found: source.section,
      rule: "fact-section-missing",
      hint: "Use an id that the filing page has (see its contents, or data/filings.json).",
    };
  }
  if (normalizeQuote(text).includes(normalizeQuote(source.quote))) return undefined;
  return {
    severity: "error",
    file: doc.file,
    line,
    expected: `the quoted words to be in section "${source.section}"`,
    found: source.quote,
    rule: "fact-quote-missing",
    hint: "Copy the sentence exactly as the section prints it, or point the fact at the section that states it.",
  };
}
