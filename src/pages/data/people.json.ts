import type { APIRoute } from "astro";
import { loadSiteFacts } from "../../site/facts.ts";
import { factLinks } from "../../site/links.ts";
import { citationSource, personUrl } from "../../site/people-view.ts";

/** Everyone the filings name, with roles, ages and mentions (shape documented in docs/data.md). */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const link = (citation: Parameters<typeof citationSource>[0]) => factLinks(citationSource(citation), base);
  const data = loadSiteFacts().people.map((person) => ({
    id: person.id,
    name: person.name,
    aliases: person.aliases,
    roles: person.roles.map((role) => ({
      title: role.title,
      organization: role.organization,
      filing: role.filing,
      section: role.section,
      url: link(role).section,
      kind: role.kind,
      from: role.from,
      to: role.to,
      quote: role.quote,
    })),
    ages: person.ages.map((age) => ({ age: age.age, asOf: age.asOf, filing: age.filing, section: age.section, url: link(age).section })),
    mentions: person.mentions.map((m) => ({ filing: m.filing, section: m.section, url: link(m).section, quote: m.quote })),
    filings: person.filings,
    url: personUrl(base, person),
  }));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
