import { loadPagefind, type PagefindResult, type PagefindSubResult } from "./pagefind-api.ts";

const FILTERS = ["company", "kind", "year"] as const;
const SECTIONS_SHOWN = 5;

const form = document.getElementById("search-form") as HTMLFormElement;
const query = form.elements.namedItem("q") as HTMLInputElement;
const status = document.getElementById("search-status")!;
const list = document.getElementById("search-results")!;
let latest = 0;

const pagefind = loadPagefind(import.meta.env.BASE_URL);
readUrl();
void run();
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run();
});
form.addEventListener("change", () => void run());
let typing: number | undefined;
query.addEventListener("input", () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => void run(), 250);
});

/** Fills the form from the address, so a search can be linked to and survives going back. */
function readUrl(): void {
  const params = new URLSearchParams(location.search);
  query.value = params.get("q") ?? "";
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    select.value = params.get(name) ?? "";
  }
}

function chosenFilters(): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
    if (value) filters[name] = value;
  }
  return filters;
}

function writeUrl(text: string, filters: Record<string, string>): void {
  const params = new URLSearchParams();
  if (text) params.set("q", text);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

async function run(): Promise<void> {
  const ticket = ++latest;
  const text = query.value.trim();
  const filters = chosenFilters();
  writeUrl(text, filters);
  if (!text && Object.keys(filters).length === 0) return show(ticket, [], "");
  const api = await pagefind;
  if (!api) return show(ticket, [], "The search index is missing. It is made by npm run build; npm run dev has none.");
  const found = await api.search(text || null, { filters });
  const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
  show(ticket, results, describe(results, text, found.results.length));
}

function describe(results: readonly PagefindResult[], text: string, total: number): string {
  const words = text ? ` for “${text}”` : "";
  if (total === 0) return `No filing matches${words}. Try fewer words, or another spelling.`;
  const sections = results.reduce((sum, result) => sum + result.sub_results.length, 0);
  const filings = total === 1 ? "1 filing" : `${total} filings`;
  return text ? `${sections === 1 ? "1 part" : `${sections} parts`} of ${filings} match${words}.` : `${filings} match.`;
}

/** Shows results unless a newer search started meanwhile. */
function show(ticket: number, results: readonly PagefindResult[], message: string): void {
  if (ticket !== latest) return;
  status.textContent = message;
  list.replaceChildren(...results.map(renderResult));
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = element("li", "search-result");
  const title = element("h2", "search-result-title");
  title.append(link(result.url, result.meta.title ?? result.url));
  const facts = element("p", "search-result-facts");
  facts.textContent = [result.meta.company, result.meta.kind, result.meta.date].filter(Boolean).join(" · ");
  item.append(title, facts);
  const parts = result.sub_results.filter((part) => part.anchor || part.url !== result.url);
  const sections = parts.length > 0 ? parts : result.sub_results;
  if (sections.length === 0) return item;
  const shown = element("ol", "search-sections");
  shown.append(...sections.slice(0, SECTIONS_SHOWN).map(renderSection));
  item.append(shown);
  const rest = sections.slice(SECTIONS_SHOWN);
  if (rest.length > 0) {
    const more = element("details", "search-more");
    const summary = element("summary", "");
    summary.textContent = `${rest.length} more ${rest.length === 1 ? "part" : "parts"} of this filing`;
    const hidden = element("ol", "search-sections");
    hidden.append(...rest.map(renderSection));
    more.append(summary, hidden);
    item.append(more);
  }
  return item;
}

function renderSection(part: PagefindSubResult): HTMLLIElement {
  const item = element("li", "search-section");
  const heading = element("p", "search-section-title");
  heading.append(link(part.url, part.anchor ? part.title : "Opening text"));
  const excerpt = element("p", "search-excerpt");
  // Pagefind escapes the text of excerpts and only adds <mark> around the words found.
  excerpt.innerHTML = part.excerpt;
  item.append(heading, excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element("a", "");
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}
