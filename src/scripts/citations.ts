import { formatCitationWithUrl } from "../lib/format-citation-with-url.ts";
import { announce, prepareAnnouncements } from "./announce.ts";
import { copyText } from "./clipboard.ts";

/** The JSON island CitationTools.astro writes on each filing page. */
interface CitationIsland {
  /** The filing page's URL: absolute when the site's origin is configured, else a path. */
  readonly url: string;
  readonly document: string;
  readonly sections: Readonly<Record<string, string>>;
}

/** What the bar currently cites: a section id, or "" for the whole filing. */
let current: string | undefined;

const island = readIsland();
if (island) start(island);

function readIsland(): CitationIsland | undefined {
  const element = document.getElementById("filing-citations");
  return element?.textContent ? (JSON.parse(element.textContent) as CitationIsland) : undefined;
}

function start(data: CitationIsland): void {
  for (const element of document.querySelectorAll<HTMLElement>(".js-only")) element.hidden = false;
  prepareAnnouncements();
  const bar = createBar(data);
  const permanent = document.querySelector("[data-permanent-url]");
  if (permanent) permanent.textContent = urlOf(data, "");

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const mark = target?.closest<HTMLAnchorElement>(".document a.anchor-link");
    const opener = target?.closest<HTMLButtonElement>("[data-cite-section]");
    // Following a link moves the keyboard's starting point to its target, so the bar takes focus instead.
    if (mark) show(bar, data, decodeURIComponent(mark.hash.slice(1)), { focus: true });
    else if (opener) show(bar, data, opener.dataset.citeSection ?? "", { focus: true });
  });
  addEventListener("hashchange", () => {
    if (current !== undefined && current !== decodeURIComponent(location.hash.slice(1))) hide(bar);
  });
  const landed = decodeURIComponent(location.hash.slice(1));
  if (landed && data.sections[landed]) show(bar, data, landed);
}

function urlOf(data: CitationIsland, id: string): string {
  return new URL(id ? `${data.url}#${id}` : data.url, location.href).href;
}

function citationOf(data: CitationIsland, id: string): string {
  return formatCitationWithUrl(id ? (data.sections[id] ?? data.document) : data.document, urlOf(data, id));
}

/** The one bar that offers the link and the citation of the part the reader picked. */
function createBar(data: CitationIsland): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "cite-bar";
  bar.setAttribute("role", "group");
  bar.innerHTML = `<p class="cite-label">Cite as</p>
    <p class="cite-text"></p>
    <p class="cite-actions">
      <button type="button" class="cite-button" data-copy="citation">Copy citation</button>
      <button type="button" class="cite-button" data-copy="link">Copy link</button>
      <button type="button" class="cite-close" aria-label="Close the citation">×</button>
    </p>`;
  bar.addEventListener("click", async (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || current === undefined) return;
    if (button.classList.contains("cite-close")) return hide(bar, { restoreFocus: true });
    const what = button.dataset.copy === "link" ? "link" : "citation";
    const text = what === "link" ? urlOf(data, current) : citationOf(data, current);
    const copied = await copyText(text);
    announce(copied ? `Copied the ${what}.` : `Could not copy; select the text and copy it yourself.`);
  });
  bar.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide(bar, { restoreFocus: true });
  });
  return bar;
}

function show(bar: HTMLElement, data: CitationIsland, id: string, options: { focus?: boolean } = {}): void {
  const place = placeFor(id);
  if (!place) return;
  current = id;
  bar.querySelector(".cite-text")!.textContent = citationOf(data, id);
  bar.setAttribute("aria-label", id ? "Link and citation for this part" : "Link and citation for this filing");
  place.after(bar);
  bar.hidden = false;
  // Focus after the click's own navigation to #id, which would otherwise take focus back to the page.
  if (options.focus) setTimeout(() => bar.querySelector<HTMLButtonElement>(".cite-button")?.focus(), 0);
}

function hide(bar: HTMLElement, options: { restoreFocus?: boolean } = {}): void {
  const id = current;
  bar.hidden = true;
  current = undefined;
  if (!options.restoreFocus) return;
  const back = id ? document.querySelector<HTMLElement>(`.document a.anchor-link[href="#${CSS.escape(id)}"]`) : document.querySelector<HTMLElement>("[data-cite-section]");
  back?.focus();
}

/** The bar goes right after the line that holds the part's § mark, so the Tab key reaches it next. */
function placeFor(id: string): Element | null {
  if (!id) return document.querySelector(".cite-document");
  const mark = document.querySelector(`.document a.anchor-link[href="#${CSS.escape(id)}"]`);
  const line = mark?.closest("h1, h2, h3, h4, h5, h6, p, caption");
  if (!line) return null;
  // A table's mark may sit in its caption; the bar cannot go inside the table.
  return line.closest("table") ? line.closest("table")!.previousElementSibling ?? line.closest("table") : line;
}
