import type { PersonNames, ReferenceAsk, TextMention } from "../../model/references.ts";
import { compileNameFinder } from "./find-names.ts";
import { compileReferenceFinder, type ReferenceVocabulary } from "./find-references.ts";
import { findDefinitions } from "./find-terms.ts";
import { quoteSentences, sentenceAt } from "./sentence-at.ts";

/** What references in a filing's text are recognised by: titles, people's names and the filing's defined terms. */
export interface MentionVocabulary extends ReferenceVocabulary {
  readonly people: readonly PersonNames[];
  /** The filing's defined terms, by key, with the printed forms their uses take. */
  readonly terms: readonly { readonly key: string; readonly forms: readonly string[] }[];
}

/** A run of text to look in: its words, its text nodes' spans and whether it is prose or a table cell. */
export interface MentionSource {
  readonly text: string;
  readonly kind: "prose" | "cell";
  readonly segments: readonly { readonly start: number; readonly end: number; readonly emphasis: boolean }[];
}

// When two mentions start at the same place and are as long, the more specific one wins.
const PRIORITY: Record<ReferenceAsk["kind"], number> = { section: 0, "section-title": 0, exhibit: 1, document: 2, person: 3, term: 4 };

/**
 * Returns a finder of the mentions in a run of text: references, people's names and (in prose, outside
 * bold or italic headings) defined terms, never a term inside the sentence that defines it. Mentions do
 * not overlap: the longest wins. A mention must lie inside one text node, so it can be wrapped in a link.
 */
export function compileMentionFinder(vocabulary: MentionVocabulary): (source: MentionSource) => TextMention[] {
  const people = compileNameFinder(vocabulary.people.flatMap((p) => p.forms.map((form) => ({ form, value: p.id }))));
  const terms = compileNameFinder(vocabulary.terms.flatMap((t) => t.forms.map((form) => ({ form, value: t.key }))));
  const references = compileReferenceFinder(vocabulary);
  return (source) => {
    const { text } = source;
    const found: TextMention[] = [
      ...references(text),
      ...people(text).map((m) => ({ start: m.start, end: m.end, text: m.text, ask: { kind: "person" as const, person: m.value } })),
      ...(source.kind === "prose" ? findTermUses(text, terms) : []),
    ];
    const inOneNode = found.filter((m) => source.segments.some((s) => s.start <= m.start && m.end <= s.end && (m.ask.kind !== "term" || !s.emphasis)));
    return pickNonOverlapping(inOneNode);
  };
}

function findTermUses(text: string, terms: ReturnType<typeof compileNameFinder<string>>): TextMention[] {
  const sentences = quoteSentences(text);
  const defining = findDefinitions(text).map((d) => ({ key: d.key, sentence: sentenceAt(sentences, text, d.start) }));
  return terms(text)
    .filter((m) => !defining.some((d) => d.key === m.value && d.sentence.start <= m.start && m.end <= d.sentence.end))
    .filter((m) => !isInsideLongerName(text, m.start))
    .map((m) => ({ start: m.start, end: m.end, text: m.text, ask: { kind: "term" as const, key: m.value } }));
}

/**
 * True when the word before is part of a longer capitalised name: "Committee" in "the Audit Committee" is
 * not the Compensation Committee a proxy defines as "the Committee". A capital that opens a sentence counts not.
 */
function isInsideLongerName(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  const before = /(^|[.!?:;(]\s*|\s)([A-Z][\w'&.-]*)\s+$/.exec(text.slice(from, start));
  if (!before) return false;
  const opensSentence = before[1]!.trim() !== "" || (before.index === 0 && from === 0);
  return !opensSentence && !DETERMINERS.has(before[2]!);
}

const DETERMINERS = new Set(["The", "This", "That", "Such", "Each", "Any", "Every", "No", "A", "An", "All"]);

function pickNonOverlapping(mentions: readonly TextMention[]): TextMention[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.ask.kind] - PRIORITY[b.ask.kind]);
  const kept: TextMention[] = [];
  for (const mention of ordered) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}
