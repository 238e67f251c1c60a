import type { APIRoute } from "astro";
import { buildPlanBasedAwardsCsv } from "../../site/compensation-awards-data.ts";

/** The Grants of Plan-Based Awards rows of every filing as CSV. */
export const GET: APIRoute = () => new Response(buildPlanBasedAwardsCsv(import.meta.env.BASE_URL), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
