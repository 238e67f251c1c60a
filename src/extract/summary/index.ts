import type { FilingSummary } from "../../model/summary.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { summarizeAgreement } from "./agreement-summary.ts";
import { summarizeProxy } from "./proxy-summary.ts";

/** Returns the summary card of a filing: proxy statements and agreements each have their own lines. */
export function extractSummary(doc: FilingDoc): FilingSummary {
  const kind = doc.frontmatter.kind;
  if (/proxy statement/.test(kind)) return { card: "proxy statement", items: summarizeProxy(doc) };
  if (/agreement|contract|proxy/.test(kind)) return { card: "agreement", items: summarizeAgreement(doc) };
  return { card: "other", items: [] };
}
