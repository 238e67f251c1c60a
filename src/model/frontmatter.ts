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
    /**
     * First and last line of the raw file this page was made from, when the file holds more than this
     * page (one document of a submission); absent when the page is the whole file.
     */
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()], { invalid_type_error: "a pair of line numbers like [120, 450]" })
      .refine(([first, last]) => first <= last, "a first line not after the last")
      .optional(),
  })
  .strict();

/** Where a filing stands in EDGAR, as the submission header or the cover page states it; null where neither does. */
export const EdgarSchema = z
  .object({
    /** The submission's form type, e.g. "8-K", "DEF 14A", "10-K405". */
    form: z.string().min(1, "a form type like 8-K").nullable(),
    /** The accession number, e.g. "0000912057-00-043726". */
    accession: z.string().regex(/^\d{10}-\d{2}-\d{6}$/, "an accession number like 0000912057-00-043726").nullable(),
    /** The filer's Central Index Key, ten digits with leading zeros. */
    cik: z.string().regex(/^\d{10}$/, "a CIK of ten digits like 0000016040").nullable(),
    /** The date EDGAR accepted the submission ("FILED AS OF DATE"), ISO. */
    filed: isoDate.nullable(),
    /** The period the report covers or the date of the event reported ("CONFORMED PERIOD OF REPORT"), ISO. */
    period: isoDate.nullable(),
  })
  .strict();

/** One `<DOCUMENT>` of an EDGAR submission as its tags describe it. */
export const EdgarDocumentSchema = z
  .object({
    /** The document type, e.g. "8-K", "EX-10.1", "GRAPHIC". */
    type: z.string().min(1, "a document type like EX-10.1"),
    /** Its sequence number within the submission. */
    sequence: z.number().int().positive().nullable(),
    /** The file name it was filed under. */
    filename: z.string().min(1).nullable(),
    /** The filer's description of it. */
    description: z.string().min(1).nullable(),
  })
  .strict();

/** A document of the submission that is not text (an image, an archive, XBRL data): listed, never rendered. */
export const AttachmentSchema = EdgarDocumentSchema.extend({
  /** "binary" for uuencoded or wrapped files, "xbrl" for XBRL instances, schemas and linkbases, "xml" for other XML data (a Form 4's ownership document). */
  format: z.enum(["binary", "xbrl", "xml"]),
  /** First and last line of the raw file the document takes. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
}).strict();

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const asIsoText = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);
/** A curated date: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (an unquoted YAML date is accepted too). */
const partialDate = z.preprocess(asIsoText, z.string().regex(PARTIAL_DATE, "a date like 2002-10-02, 2002-10 or 2002"));

/** An event a curator adds because extraction missed it, with the section and sentence that state it. */
export const CuratedEventSchema = z
  .object({
    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the filing is. */
    date: partialDate,
    /** End of a period, same formats; omit for a single date. */
    end: partialDate.nullable().optional(),
    /** A short title in the filing's words. */
    title: z.string().min(1, "a short title"),
    /** Anchor id of the section, clause or table that states it. */
    section: z.string().min(1, "a section id"),
    /** The sentence exactly as the section prints it; the build checks it is there. */
    quote: z.string().min(1, "the sentence that states it"),
  })
  .strict();

/** A curator's fix of an extracted value: which fact, which field, the right value and where the filing says so. */
export const CorrectionSchema = z
  .object({
    /** The kind of fact: "event", "summary", "grant", "ownership", "salary", "role". */
    fact: z.string().min(1, "a fact kind"),
    /** Anchor id of the section the fact is read from. */
    section: z.string().min(1, "a section id"),
    /** Words of the fact's quote that pick it out among the section's facts. */
    match: z.string().min(1, "words that pick out the fact"),
    /** The field to set, e.g. "date", "salary". */
    field: z.string().min(1, "a field name"),
    /** The right value, as the filing states it. */
    value: z.union([z.string(), z.number(), z.null()]),
    /** The sentence that states the right value, exactly as printed in the section. */
    quote: z.string().min(1, "the sentence that states the value"),
    /** Why the extracted value was wrong. */
    reason: z.string().min(1, "a reason"),
  })
  .strict();

/** Facts a curator adds or fixes, each with its source. */
export const CuratedSchema = z
  .object({
    events: z.array(CuratedEventSchema).optional(),
    corrections: z.array(CorrectionSchema).optional(),
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
    /** The EDGAR submission this page came in, where the filing states it. */
    edgar: EdgarSchema.optional(),
    /** This page's document within its submission (type, sequence, file name, description). */
    document: EdgarDocumentSchema.optional(),
    /** The id of the filing page of the submission's main document, on the page of each exhibit. */
    parent: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a filing id of lowercase words and hyphens").optional(),
    /** Documents of the submission that are not text, listed on the main document's page. */
    attachments: z.array(AttachmentSchema).optional(),
    /** Facts a curator adds or fixes (optional). */
    curated: CuratedSchema.optional(),
  })
  .strict();

/** A filing's frontmatter after validation. */
export type FilingFrontmatter = z.infer<typeof FilingFrontmatterSchema>;
/** A curated event. */
export type CuratedEvent = z.infer<typeof CuratedEventSchema>;
/** A curated correction. */
export type Correction = z.infer<typeof CorrectionSchema>;
/** A party to a filing. */
export type Party = z.infer<typeof PartySchema>;
/** Where a filing stands in EDGAR. */
export type Edgar = z.infer<typeof EdgarSchema>;
/** One document of an EDGAR submission. */
export type EdgarDocument = z.infer<typeof EdgarDocumentSchema>;
/** A non-text document of a submission. */
export type Attachment = z.infer<typeof AttachmentSchema>;
