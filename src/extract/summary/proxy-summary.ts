import type { SummaryItem } from "../../model/summary.ts";
import { rowQuote, type FilingDoc } from "../filing-doc.ts";
import { allSentences, findSentence, sourceOf } from "./find-sentences.ts";

const LONG_DATE = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/;

/** Returns a proxy statement's summary lines: meeting date, time and place, record date, proposals, nominees, auditors. */
export function summarizeProxy(doc: FilingDoc): SummaryItem[] {
  const sentences = allSentences(doc);
  const items: SummaryItem[] = [];
  const meeting = findSentence(sentences, /\bmeeting\b.*\bwill be held\b|\bwill be held\b.*\bmeeting\b/i);
  if (meeting) {
    const source = sourceOf(doc, meeting);
    const date = LONG_DATE.exec(meeting.text)?.[0];
    const time = /\b\d{1,2}:\d{2}\s*[ap]\.m\.(?:,? local time)?/i.exec(meeting.text)?.[0];
    const place = /\bheld at (.+?), on\b/i.exec(meeting.text)?.[1];
    if (date) items.push({ label: "Meeting date", value: date, source });
    if (time) items.push({ label: "Time", value: time, source });
    if (place) items.push({ label: "Place", value: place, source });
  }
  const record = findSentence(sentences, /\bof record\b.*\bclose of business on\b/i);
  const recordDate = record && /close of business on\s+([A-Z][a-z]+\s+\d{1,2},\s+\d{4})/.exec(record.text)?.[1];
  if (record && recordDate) items.push({ label: "Record date", value: recordDate, source: sourceOf(doc, record) });
  items.push(...proposals(doc), ...nominees(doc));
  const auditors = findSentence(sentences, /\bappointment of\b.+\bas independent (?:auditors|accountants)\b/i);
  const firm = auditors && /appointment of\s+(.+?)\s+as independent/i.exec(auditors.text)?.[1];
  if (auditors && firm) items.push({ label: "Auditors", value: firm, source: sourceOf(doc, auditors) });
  return items;
}

/** The numbered matters of the notice of meeting: the clauses of the first section that names a meeting. */
function proposals(doc: FilingDoc): SummaryItem[] {
  const notice = doc.sections.find((s) => s.kind === "heading" && /\bNOTICE\b.*\bMEETING\b/i.test(s.title));
  if (!notice) return [];
  const start = doc.sections.indexOf(notice);
  const next = doc.sections.findIndex((s, i) => i > start && s.kind === "heading");
  const clauses = doc.sections.slice(start + 1, next < 0 ? undefined : next).filter((s) => s.kind === "clause");
  return clauses.flatMap((clause) => {
    const block = doc.blocks.find((b) => b.section === clause.id);
    if (!block) return [];
    const value = block.text.replace(/^\(?\d+[.)]\s*/, "");
    return [{ label: `Proposal ${clause.label ?? ""}`.trim(), value, source: { filing: doc.id, section: clause.id, quote: block.text, line: block.line } }];
  });
}

/** Nominees: the names in the table of the section on the election of directors. */
function nominees(doc: FilingDoc): SummaryItem[] {
  const table = doc.tables.find((t) => /ELECTION OF DIRECTORS|NOMINEES/i.test(`${t.context} ${t.title}`.replace(/-/g, " ")));
  if (!table) return [];
  return table.rows
    .filter((row) => (row[0] ?? "").trim())
    .map((row) => ({
      label: "Nominee",
      value: (row[0] ?? "").replace(/\s*\((?:[A-Za-z]|\d{1,2})\)/g, "").trim(),
      source: { filing: doc.id, section: table.section, quote: rowQuote(row), line: table.line },
    }));
}
