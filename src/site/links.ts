import type { Source } from "../model/facts.ts";
import { locateQuote } from "../compute/index.ts";
import { locateHtmlQuote, readVisibleText, type VisibleText } from "../extract/locate-html-quote.ts";
import { filingPath, sourcePagePath, withBase } from "./paths.ts";
import { loadSiteFacts } from "./facts.ts";

/** Where a fact can be checked: its clause on the filing page and its words highlighted in the original text. */
export interface FactLinks {
  /** The section, clause or table that states it, e.g. "/filings/x/#s4b-termination-by-the-company". */
  readonly section: string;
  /** The original text, scrolled to the first line and with the quoted span highlighted. */
  readonly text: string;
}

const spans = new Map<string, string>();
const visibleTexts = new Map<string, VisibleText>();

/** Returns the links for a fact's source, with the site's base path. */
export function factLinks(source: Source, base: string): FactLinks {
  const section = withBase(base, `${filingPath(source.filing)}#${source.section}`);
  return { section, text: withBase(base, `${sourcePagePath(source.filing)}${spanQuery(source)}`) };
}

/** "?span=455.12-457.30#L455" for the quote's place in the raw filing, or "" when it cannot be found. */
function spanQuery(source: Source): string {
  const key = `${source.filing}\u0000${source.quote}`;
  let query = spans.get(key);
  if (query === undefined) {
    const filing = loadSiteFacts().filings.find((f) => f.id === source.filing);
    const span = filing ? (locateQuote(filing.sourceText, source.quote) ?? locateInMarkup(filing.id, filing.sourceText, source.quote)) : undefined;
    query = span ? `?span=${span.startLine}.${span.startColumn}-${span.endLine}.${span.endColumn}#L${span.startLine}` : "";
    spans.set(key, query);
  }
  return query;
}

/** An HTML source prints its words between tags: the quote is looked for in the text a browser shows. */
function locateInMarkup(id: string, sourceText: string, quote: string) {
  if (!/<(?:html|body|div|p|table|font|span)[\s>]/i.test(sourceText)) return undefined;
  let visible = visibleTexts.get(id);
  if (!visible) visibleTexts.set(id, (visible = readVisibleText(sourceText)));
  return locateHtmlQuote(visible, quote);
}
