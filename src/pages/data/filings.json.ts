import type { APIRoute } from "astro";
import { loadFilings, sectionUrl } from "../../site/filings.ts";

/** The public list of filings and their addressable sections (shape documented in docs/data.md). */
export const GET: APIRoute = async () => {
  const filings = await loadFilings();
  const data = filings.map((filing) => ({
    id: filing.id,
    title: filing.data.title,
    kind: filing.data.kind,
    date: filing.data.date,
    company: filing.data.company,
    label: filing.data.label,
    parties: filing.data.parties.map((party) => ({ name: party.name, role: party.role })),
    url: filing.url,
    sourceUrl: filing.sourceUrl,
    sections: filing.sections.map((section) => ({
      id: section.id,
      label: section.label,
      title: section.title,
      url: sectionUrl(filing, section),
      kind: section.kind,
      level: section.level,
    })),
  }));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
