import type { APIRoute } from "astro";
import { loadReferences } from "../../site/references.ts";
import { formatReferenceData } from "../../site/references-view.ts";

/** Every reference the filings' text makes, linked or missing (shape documented in docs/data.md). */
export const GET: APIRoute = () => {
  const setup = loadReferences();
  const data = setup.index.references.map((reference) => formatReferenceData(reference, setup, import.meta.env.BASE_URL));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
