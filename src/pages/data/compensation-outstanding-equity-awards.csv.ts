import type { APIRoute } from "astro";
import { buildOutstandingAwardsCsv } from "../../site/compensation-awards-data.ts";

/** The Outstanding Equity Awards at Fiscal Year-End rows of every filing as CSV. */
export const GET: APIRoute = () => new Response(buildOutstandingAwardsCsv(import.meta.env.BASE_URL), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
