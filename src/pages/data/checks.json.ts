import type { APIRoute } from "astro";
import { buildChecksData } from "../../site/checks.ts";

/** Every consistency check of the filings' figures, mismatches first (shape documented in docs/data.md). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildChecksData(import.meta.env.BASE_URL), null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
