import type { CompensationFacts } from "../../model/compensation.ts";
import type { Source } from "../../model/facts.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { extractConsultingFees } from "./consulting-fees.ts";
import { extractDirectorFees } from "./director-fees.ts";
import { extractOptionGrantRows } from "./grant-table.ts";
import { extractNoteGrants } from "./note-grants.ts";
import { extractOptionLists } from "./option-list.ts";
import { extractOutstandingEquityAwards } from "./outstanding-equity-awards-table.ts";
import { extractOwnership } from "./ownership-table.ts";
import { extractPayVersusPerformance } from "./pay-versus-performance-table.ts";
import { buildOptionGrants, extractPlanBasedAwards } from "./plan-based-awards-table.ts";
import { extractSalaries } from "./salaries.ts";
import { extractSeverance } from "./severance.ts";
import { extractSummaryCompensation } from "./summary-table.ts";
import { extractYearEndOptions } from "./year-end-table.ts";

/**
 * Returns the pay and ownership facts a filing states: its compensation tables found by their headers and
 * titles, and the salaries, fees and severance of its prose. Each list is in reading order.
 */
export function extractCompensation(doc: FilingDoc): CompensationFacts {
  const planBasedAwards = extractPlanBasedAwards(doc);
  return {
    summary: inReadingOrder(extractSummaryCompensation(doc)),
    grants: inReadingOrder([...extractOptionGrantRows(doc), ...buildOptionGrants(planBasedAwards), ...extractNoteGrants(doc)]),
    yearEndOptions: inReadingOrder(extractYearEndOptions(doc)),
    ownership: inReadingOrder(extractOwnership(doc)),
    directorFees: inReadingOrder(extractDirectorFees(doc)),
    salaries: inReadingOrder(extractSalaries(doc)),
    severance: inReadingOrder(extractSeverance(doc)),
    consultingFees: inReadingOrder(extractConsultingFees(doc)),
    optionLists: inReadingOrder(extractOptionLists(doc)),
    payVersusPerformance: inReadingOrder(extractPayVersusPerformance(doc)),
    planBasedAwards: inReadingOrder(planBasedAwards),
    outstandingEquityAwards: inReadingOrder(extractOutstandingEquityAwards(doc)),
  };
}

/** Sorts facts by their source line; facts of one line (rows of a table, items of a sentence) keep their printed order. */
function inReadingOrder<T extends { readonly source: Source }>(facts: readonly T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => (a.fact.source.line ?? 0) - (b.fact.source.line ?? 0) || a.index - b.index)
    .map(({ fact }) => fact);
}
