import type { APIRoute } from "astro";
import { buildCompensationData } from "../../site/compensation-data.ts";

/** Pay, option awards and ownership of every filing (shape documented in docs/data.md). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildCompensationData(import.meta.env.BASE_URL), null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
