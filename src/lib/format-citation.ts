import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";

/** What a citation names: the filing, and optionally one part of it. */
export interface CitationParts {
  readonly company: string;
  /** The document's title, e.g. "Consulting Agreement". */
  readonly document: string;
  /** ISO date (YYYY-MM-DD) the document is dated as of. */
  readonly date: string;
  /** The part's own number as the filing prints it ("4(b)", "Exhibit A", "Exhibit A, 5"), or null. */
  readonly label?: string | null;
  /** The part's heading; null or absent when it has none. */
  readonly heading?: string | null;
  /** True when the cited part is an untitled table within the part that label and heading name. */
  readonly table?: boolean;
}

// Month abbreviations as legal citations print them (The Bluebook, table T12).
const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Returns an ISO date as a citation prints it, e.g. "2002-10-02" → "Oct. 2, 2002", in UTC. */
export function formatCitationDate(iso: string): string {
  const date = new UTCDate(`${iso}T00:00:00Z`);
  return `${MONTHS[date.getUTCMonth()]} ${format(date, "d, yyyy")}`;
}

/**
 * Returns a citation without its URL, e.g.
 * `Acme Corp., Consulting Agreement § 4(b) "Termination by the Company" (Oct. 2, 2002)`.
 */
export function formatCitation(parts: CitationParts): string {
  const where = formatPinpoint(parts.label ?? null);
  const heading = parts.heading ? `"${parts.heading}"` : "";
  const named = [where, heading].filter(Boolean).join(" ");
  const reference = parts.table ? ["table in", named].filter(Boolean).join(" ") : named;
  const separator = !reference ? "" : reference.startsWith("§") ? " " : ", ";
  return `${parts.company}, ${parts.document}${separator}${reference} (${formatCitationDate(parts.date)})`;
}

/** "4(b)" → "§ 4(b)"; "Exhibit A" stays; "Exhibit A, 5" → "Exhibit A § 5". */
function formatPinpoint(label: string | null): string {
  if (!label) return "";
  const exhibit = /^((?:Exhibit|Annex|Appendix|Schedule)\s+\S+)(?:,\s*(.+))?$/i.exec(label);
  if (exhibit) return exhibit[2] ? `${exhibit[1]} § ${exhibit[2]}` : exhibit[1]!;
  return `§ ${label}`;
}
