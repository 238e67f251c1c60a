import type { Attachment, FilingFrontmatter } from "../model/frontmatter.ts";
import type { Diagnostic } from "../lib/diagnostic.ts";

/** A filing page as a link: its id, title and exhibit or form label. */
export interface FilingLink {
  readonly id: string;
  readonly title: string;
  readonly label: string | null;
}

/** Where a page stands in its EDGAR submission: its main document, the exhibits, and what is not shown. */
export interface SubmissionLinks {
  /** The main document's page, on an exhibit's page; null on the main page itself. */
  readonly parent: FilingLink | null;
  /** The exhibits filed with the main document, in submission order (the page's own included on an exhibit). */
  readonly exhibits: readonly FilingLink[];
  /** The submission's documents that are not text (images, archives, XBRL data), listed and never rendered. */
  readonly attachments: readonly Attachment[];
}

/** A filing as this index reads it. */
export interface SubmissionMember {
  readonly id: string;
  readonly file: string;
  readonly data: Pick<FilingFrontmatter, "title" | "label" | "parent" | "document" | "attachments">;
}

/**
 * Returns, for every filing that belongs to a submission of several pages, its main document, its
 * exhibits and attachments; an exhibit whose parent is not in the collection is reported, not dropped.
 */
export function buildSubmissionLinks(filings: readonly SubmissionMember[]): { links: Map<string, SubmissionLinks>; diagnostics: Diagnostic[] } {
  const byId = new Map(filings.map((filing) => [filing.id, filing]));
  const children = new Map<string, SubmissionMember[]>();
  const diagnostics: Diagnostic[] = [];
  for (const filing of filings) {
    const parent = filing.data.parent;
    if (!parent) continue;
    if (!byId.has(parent)) {
      diagnostics.push({ severity: "error", file: filing.file, line: 0, expected: `the main document's filing ${parent} in the collection`, found: "no such filing", rule: "parent-missing", hint: "Ingest the whole submission again, or remove the parent field." });
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), filing]);
  }
  const links = new Map<string, SubmissionLinks>();
  for (const [parentId, members] of children) {
    const parent = byId.get(parentId)!;
    const exhibits = [...members].sort(bySequence).map(linkOf);
    const attachments = parent.data.attachments ?? [];
    links.set(parentId, { parent: null, exhibits, attachments });
    for (const member of members) links.set(member.id, { parent: linkOf(parent), exhibits, attachments });
  }
  for (const filing of filings) {
    if (!links.has(filing.id) && filing.data.attachments?.length) links.set(filing.id, { parent: null, exhibits: [], attachments: filing.data.attachments });
  }
  return { links, diagnostics };
}

function linkOf(filing: SubmissionMember): FilingLink {
  return { id: filing.id, title: filing.data.title, label: filing.data.label };
}

function bySequence(a: SubmissionMember, b: SubmissionMember): number {
  const sa = a.data.document?.sequence ?? Number.MAX_SAFE_INTEGER;
  const sb = b.data.document?.sequence ?? Number.MAX_SAFE_INTEGER;
  return sa - sb || a.id.localeCompare(b.id);
}
