import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Accepts a quoted ISO date, and also an unquoted one that YAML already turned into a Date. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ invalid_type_error: "an ISO date like 2002-10-02" })
    .regex(ISO_DATE, "an ISO date like 2002-10-02")
    .refine(isCalendarDate, "a real calendar date"),
);

/** True when YYYY-MM-DD names a day that exists (2002-02-30 does not; Date.parse would roll it over). */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A party to the filing and the role the filing defines for it. */
export const PartySchema = z
  .object({
    /** The party's name as the filing prints it. */
    name: z.string().min(1, "a non-empty name"),
    /** The role the filing defines, e.g. COMPANY, CONSULTANT, BUYER, SELLER, PROXY HOLDER. */
    role: z.string().min(1, "a non-empty role"),
  })
  .strict();

/** The raw source a filing's Markdown was made from. */
export const SourceSchema = z
  .object({
    /** Project-relative path of the raw filing, under content/sources/. */
    path: z.string().regex(/^content\/sources\/[^/]+$/, "a path under content/sources/"),
    /** SHA-256 of the raw filing's bytes, in lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in 64 lowercase hex digits"),
  })
  .strict();

/** The YAML frontmatter of a filing's Markdown file: the one schema used by ingest and by the site. */
export const FilingFrontmatterSchema = z
  .object({
    /** The document's title as printed, in title case, e.g. "Consulting Agreement". */
    title: z.string().min(1, "a non-empty title"),
    /** What kind of document it is, lowercase, e.g. "consulting agreement", "proxy statement". */
    kind: z.string().regex(/^[a-z0-9][a-z0-9 .-]*$/, "a lowercase kind like \"proxy statement\""),
    /** The exhibit or form label the text states, e.g. "Exhibit 10.2" or "DEF 14A"; null when it states none. */
    label: z.string().min(1).nullable(),
    /** The company the filing belongs to, as the filing names it. */
    company: z.string().min(1, "a non-empty company name"),
    /** The date of the document (dated as of, or the date printed on it), ISO. */
    date: isoDate,
    /** The parties with the roles the filing defines for them. */
    parties: z.array(PartySchema),
    /** Where the raw filing is and its checksum. */
    source: SourceSchema,
  })
  .strict();

/** A filing's frontmatter after validation. */
export type FilingFrontmatter = z.infer<typeof FilingFrontmatterSchema>;
/** A party to a filing. */
export type Party = z.infer<typeof PartySchema>;
