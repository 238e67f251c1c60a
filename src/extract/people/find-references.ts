import type { PersonRef } from "../../model/people.ts";
import { nameKey, nameWords, surnameOf } from "../../model/people.ts";
import { HONORIFIC, NAME_WORD, normalizeHonorific } from "./person-names.ts";

/** A reference to a person found in a piece of text, with where it is. */
export interface FoundRef {
  readonly ref: PersonRef;
  readonly index: number;
  readonly length: number;
}

const SURNAME = String.raw`(?:${NAME_WORD}|[A-Z][A-Z'-]+)(?![A-Za-z])`;
const TITLED = new RegExp(String.raw`\b(${HONORIFIC})\s+(${SURNAME})`, "g");
const MESSRS = new RegExp(String.raw`\bMessrs\b\.?\s+(${SURNAME}(?:\s*,\s*${SURNAME})*(?:\s*,?\s+and\s+${SURNAME})?)`, "g");

/** A full name or a shorter printed form of one, as a pattern that tolerates case and spacing after initials. */
export interface NamePattern {
  readonly name: string;
  /** The words as the filing prints them in mixed case; a match must be these or these in capitals. */
  readonly form: string;
  readonly pattern: RegExp;
}

/** Returns the patterns for a filing's known names, with "First Last" for names whose middle initial can be left out. */
export function buildNamePatterns(names: readonly string[]): NamePattern[] {
  const patterns = names.map((name) => namePattern(name, nameWords(name)));
  const keys = new Set(names.map(nameKey));
  const short = new Map<string, string[]>();
  for (const name of names) {
    const words = nameWords(name);
    if (words.length < 3 || /^[A-Z]\.$/.test(words[0]!)) continue;
    const key = nameKey(`${words[0]} ${words[words.length - 1]}`);
    if (!keys.has(key)) short.set(key, [...(short.get(key) ?? []), name]);
  }
  for (const [, full] of [...short].sort(([a], [b]) => a.localeCompare(b))) {
    // "Jane Roe" stands for "Jane Q. Roe" only when no other known name shares first name and surname.
    if (full.length !== 1) continue;
    const words = nameWords(full[0]!);
    patterns.push(namePattern(full[0]!, [words[0]!, words[words.length - 1]!]));
  }
  return patterns;
}

function namePattern(name: string, words: readonly string[]): NamePattern {
  const body = words.map((word, index) => escape(word) + (index === words.length - 1 ? "" : word.endsWith(".") ? String.raw`\s*` : String.raw`\s+`)).join("");
  return { name, form: words.join(""), pattern: new RegExp(String.raw`(?<![A-Za-z])${body}(?![A-Za-z])`, "gi") };
}

/** Returns every reference to a person in the text, earliest first, none overlapping. */
export function findReferences(text: string, patterns: readonly NamePattern[]): FoundRef[] {
  const found: FoundRef[] = [];
  for (const { name, form, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const squashed = match[0].replace(/\s+/g, "");
      if (squashed !== form && squashed !== form.toUpperCase()) continue;
      found.push({ index: match.index, length: match[0].length, ref: { printed: collapse(match[0]), name, surname: surnameOf(name), honorific: null } });
    }
  }
  for (const match of text.matchAll(TITLED)) found.push(titled(match, found));
  for (const match of text.matchAll(MESSRS)) found.push(...messrs(match));
  return pickNonOverlapping(found);
}

/** "Mr. Roe" is a surname reference; "Mr. Jane Q. Roe" keeps the full name it introduces. */
function titled(match: RegExpExecArray, names: readonly FoundRef[]): FoundRef {
  const honorific = normalizeHonorific(match[1]!);
  const at = match.index + match[0].length - match[2]!.length;
  const full = names.find((found) => found.index === at);
  if (full) return { index: match.index, length: at - match.index + full.length, ref: { ...full.ref, printed: collapse(`${match[1]} ${full.ref.printed}`), honorific } };
  return { index: match.index, length: match[0].length, ref: { printed: collapse(match[0]), name: null, surname: match[2]!, honorific } };
}

function messrs(match: RegExpExecArray): FoundRef[] {
  const list = match[1]!;
  const listStart = match.index + match[0].length - list.length;
  return [...list.matchAll(new RegExp(SURNAME, "g"))]
    .filter((surname) => surname[0] !== "and")
    .map((surname) => ({ index: listStart + surname.index, length: surname[0].length, ref: { printed: surname[0], name: null, surname: surname[0], honorific: "Mr." as const } }));
}

function pickNonOverlapping(found: readonly FoundRef[]): FoundRef[] {
  const sorted = [...found].sort((a, b) => a.index - b.index || b.length - a.length || a.ref.printed.localeCompare(b.ref.printed));
  const kept: FoundRef[] = [];
  let end = -1;
  for (const item of sorted) {
    if (item.index < end) continue;
    kept.push(item);
    end = item.index + item.length;
  }
  return kept;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
