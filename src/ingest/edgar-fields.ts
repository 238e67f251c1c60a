import type { Edgar, EdgarDocument } from "../model/frontmatter.ts";
import { LONG_DATE, isoFromCompactDate, isoFromLongDate } from "./dates.ts";
import type { PartReading } from "./read-document-part.ts";
import type { DocumentPart, Submission } from "./submission.ts";

/**
 * Returns where a filing stands in EDGAR: form, accession number, CIK, filed and period dates from the
 * submission header, else from the inline XBRL cover facts; undefined when neither states anything.
 */
export function readEdgarFields(submission: Submission, main: PartReading, form: string | null): Edgar | undefined {
  const field = (name: string) => submission.fields[name]?.trim() || undefined;
  const fact = (concept: string) => main.facts.find((item) => item.concept === concept && item.text !== "")?.text;
  const cik = field("CENTRAL INDEX KEY") ?? fact("dei:EntityCentralIndexKey");
  const edgar: Edgar = {
    form: field("CONFORMED SUBMISSION TYPE") ?? fact("dei:DocumentType") ?? form,
    accession: field("ACCESSION NUMBER") ?? null,
    cik: cik && /^\d{1,10}$/.test(cik) ? cik.padStart(10, "0") : null,
    filed: isoFromCompactDate(field("FILED AS OF DATE") ?? "") ?? null,
    period: isoFromCompactDate(field("CONFORMED PERIOD OF REPORT") ?? "") ?? isoText(fact("dei:DocumentPeriodEndDate")) ?? null,
  };
  const accession = edgar.accession && /^\d{10}-\d{2}-\d{6}$/.test(edgar.accession) ? edgar.accession : null;
  const stated = { ...edgar, accession };
  return Object.values(stated).some((value) => value !== null) ? stated : undefined;
}

/** A cover fact's date, as ISO ("2023-10-26") or as printed ("October 26, 2023"). */
function isoText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return text.trim();
  const match = new RegExp(`^\\s*${LONG_DATE.source}\\s*$`, "i").exec(text);
  return match ? isoFromLongDate(match) : undefined;
}

/** Returns a document's EDGAR tags as frontmatter, or undefined for a file that is one plain document. */
export function describeDocument(part: DocumentPart): EdgarDocument | undefined {
  if (part.type === null) return undefined;
  return { type: part.type, sequence: part.sequence, filename: part.filename, description: part.description };
}
