import type { SummaryItem } from "../../model/summary.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { allSentences, findSentence, sourceOf, type FoundSentence } from "./find-sentences.ts";

const MONEY = /\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:per|an?|each)\s+\w+)?/g;
const DATE = "[A-Z][a-z]+\\.? \\d{1,2}, \\d{4}";

/** Returns an agreement's summary lines: parties, date, term, consideration, law, disputes, termination. */
export function summarizeAgreement(doc: FilingDoc): SummaryItem[] {
  const sentences = allSentences(doc);
  return [
    ...parties(doc, sentences),
    ...termItems(doc, sentences),
    ...considerationItems(doc, sentences),
    ...lawItems(doc, sentences),
    ...disputeItems(doc, sentences),
    ...terminationItems(doc),
  ];
}

function parties(doc: FilingDoc, sentences: readonly FoundSentence[]): SummaryItem[] {
  return doc.frontmatter.parties.flatMap((party) => {
    const definition = sentences.find((s) => s.text.includes(party.name) && new RegExp(`\\((?:the\\s+)?["“]?${party.role}["”]?\\)`, "i").test(s.text));
    return definition ? [{ label: "Party", value: `${party.name} (${party.role})`, source: sourceOf(doc, definition) }] : [];
  });
}

function termItems(doc: FilingDoc, sentences: readonly FoundSentence[]): SummaryItem[] {
  const term = findSentence(sentences, /\bfor a period commencing\b|\bterm of (?:this|the) Agreement\b|\bshall (?:commence|begin) on\b/i);
  if (!term) return [];
  const period = new RegExp(`commencing on (${DATE}) and (?:terminating|ending) (?:on )?(${DATE})`, "i").exec(term.text);
  const value = period ? `${period[1]} to ${period[2]}` : clip(term.text);
  return [{ label: "Term", value, source: sourceOf(doc, term) }];
}

function considerationItems(doc: FilingDoc, sentences: readonly FoundSentence[]): SummaryItem[] {
  const found = sentences.filter((s) => /\b(?:shall pay|purchase price|consideration|fee of|per (?:month|hour|share))\b/i.test(s.text) && MONEY.test(s.text));
  return found.slice(0, 4).map((sentence) => ({ label: "Consideration", value: moneyPhrases(sentence.text), source: sourceOf(doc, sentence) }));
}

function moneyPhrases(text: string): string {
  MONEY.lastIndex = 0;
  return [...text.matchAll(MONEY)].map((m) => m[0]).join("; ");
}

function lawItems(doc: FilingDoc, sentences: readonly FoundSentence[]): SummaryItem[] {
  const law = findSentence(sentences, /\bgoverned by\b.*\blaws? of\b|\blaws? of the State of\b/i);
  const state = law && /laws? of (?:the )?(State of [A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(law.text);
  return law ? [{ label: "Governing law", value: state?.[1] ?? clip(law.text), source: sourceOf(doc, law) }] : [];
}

function disputeItems(doc: FilingDoc, sentences: readonly FoundSentence[]): SummaryItem[] {
  const dispute = findSentence(sentences, /\barbitration\b/i) ?? findSentence(sentences, /\bexclusive jurisdiction\b|\bcourts? of\b/i);
  if (!dispute) return [];
  const forum = /\b(American Arbitration Association|JAMS)\b/.exec(dispute.text)?.[1];
  const place = /\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z]+)\b/.exec(dispute.text)?.[1];
  const value = /arbitration/i.test(dispute.text) ? ["Binding arbitration", forum, place].filter(Boolean).join(", ") : clip(dispute.text);
  return [{ label: "Disputes", value, source: sourceOf(doc, dispute) }];
}

/** Termination triggers: the clauses of a section headed "Termination". */
function terminationItems(doc: FilingDoc): SummaryItem[] {
  const headings = doc.sections.filter((s) => s.kind === "heading" && /terminat/i.test(s.title));
  const clauses = doc.sections.filter((s) => s.kind === "clause" && headings.some((h) => s.id.startsWith(h.id.replace(/-.*$/, ""))));
  return clauses.flatMap((clause) => {
    const block = doc.blocks.find((b) => b.section === clause.id);
    if (!block) return [];
    const first = block.text.split(/(?<=\.)\s+(?=[A-Z])/).slice(0, 2).join(" ");
    return [{ label: "Termination", value: clause.title, source: { filing: doc.id, section: clause.id, quote: first, line: block.line } }];
  });
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
