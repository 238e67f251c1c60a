import { buildSubmissionLinks, type SubmissionLinks } from "../compute/index.ts";
import type { Attachment } from "../model/frontmatter.ts";
import { loadFilings } from "./filings.ts";
import { filingPath, withBase } from "./paths.ts";

/** A page of the same submission as a link: its label, title, URL, and whether it is the page being read. */
export interface SubmissionPageLink {
  readonly id: string;
  readonly label: string | null;
  readonly title: string;
  readonly url: string;
  readonly current: boolean;
}

/** What a filing page shows of its submission: the main document, the exhibits, and the documents not shown. */
export interface SubmissionView {
  readonly parent: SubmissionPageLink | null;
  readonly exhibits: readonly SubmissionPageLink[];
  readonly attachments: readonly Attachment[];
}

let cached: Promise<Map<string, SubmissionLinks>> | undefined;

/** Returns a filing's place in its submission, with URLs under the site's base; undefined for a filing alone. */
export async function loadSubmissionView(filingId: string, base: string): Promise<SubmissionView | undefined> {
  cached ??= loadFilings().then((filings) => buildSubmissionLinks(filings.map((f) => ({ id: f.id, file: f.id, data: f.data }))).links);
  const links = (await cached).get(filingId);
  if (!links) return undefined;
  const link = (id: string, title: string, label: string | null): SubmissionPageLink => ({ id, label, title, url: withBase(base, filingPath(id)), current: id === filingId });
  return {
    parent: links.parent ? link(links.parent.id, links.parent.title, links.parent.label) : null,
    exhibits: links.exhibits.map((exhibit) => link(exhibit.id, exhibit.title, exhibit.label)),
    attachments: links.attachments,
  };
}
