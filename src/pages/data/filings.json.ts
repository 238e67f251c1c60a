import type { APIRoute } from "astro";
import { loadFilings, sectionUrl } from "../../site/filings.ts";
import { loadSubmissionView } from "../../site/submissions.ts";

/** The public list of filings and their addressable sections (shape documented in docs/data.md). */
export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const filings = await loadFilings();
  const data = await Promise.all(
    filings.map(async (filing) => {
      const submission = await loadSubmissionView(filing.id, base);
      return {
        id: filing.id,
        title: filing.data.title,
        kind: filing.data.kind,
        date: filing.data.date,
        company: filing.data.company,
        label: filing.data.label,
        parties: filing.data.parties.map((party) => ({ name: party.name, role: party.role })),
        url: filing.url,
        sourceUrl: filing.sourceUrl,
        edgar: filing.data.edgar ?? null,
        document: filing.data.document ?? null,
        parent: submission?.parent ? { id: filing.data.parent, url: submission.parent.url } : null,
        exhibits: submission && !submission.parent ? submission.exhibits.map((exhibit) => ({ id: exhibit.id, label: exhibit.label, title: exhibit.title, url: exhibit.url })) : [],
        attachments: filing.data.attachments ?? [],
        sections: filing.sections.map((section) => ({
          id: section.id,
          label: section.label,
          title: section.title,
          url: sectionUrl(filing, section),
          kind: section.kind,
          level: section.level,
        })),
      };
    }),
  );
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
