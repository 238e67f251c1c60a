import type { APIRoute } from "astro";
import { loadSiteFacts } from "../../site/facts.ts";
import { factLinks } from "../../site/links.ts";

/** Every dated statement of every filing, in date order (shape documented in docs/data.md). */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const data = loadSiteFacts().events.map((event) => {
    const links = factLinks(event.source, base);
    return {
      date: event.date,
      precision: event.precision,
      end: event.end,
      title: event.title,
      filing: event.source.filing,
      section: event.source.section,
      url: links.section,
      quote: event.source.quote,
      derived: event.derived,
      incomplete: event.incomplete,
      recurrence: event.recurrence,
      textUrl: links.text,
      corrected: (event as { corrected?: string }).corrected ?? null,
    };
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
