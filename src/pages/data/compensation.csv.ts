import type { APIRoute } from "astro";
import { buildCompensationCsv } from "../../site/compensation-data.ts";

/** The Summary Compensation Table rows of every filing as CSV. */
export const GET: APIRoute = () => new Response(buildCompensationCsv(import.meta.env.BASE_URL), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
