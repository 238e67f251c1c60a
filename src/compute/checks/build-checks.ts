import { CHECK_KINDS, type CheckFiling, type CheckFinding } from "../../model/checks.ts";
import { checkCounts } from "./check-counts.ts";
import { checkDatesAcross, checkDatesWithin } from "./check-dates.ts";
import { checkFeesAcross } from "./check-fees.ts";
import { checkInstallments } from "./check-installments.ts";
import { checkLoansAcross } from "./check-loans.ts";
import { checkNumberWords } from "./check-number-words.ts";
import { checkOptionLists } from "./check-option-lists.ts";
import { checkOwnershipPercents, checkOwnershipSums } from "./check-ownership.ts";
import { checkProducts } from "./check-products.ts";
import { buildPurchases, checkPurchaseBalance, checkPurchasesAcross, isSamePurchase } from "./check-purchases.ts";
import { checkRestatedOptions } from "./check-restated-options.ts";
import { checkSummaryTotals } from "./check-summary-totals.ts";

/**
 * Returns every consistency finding of a set of filings: the arithmetic and internal checks of each filing, then the
 * checks of each pair of filings; mismatches first, then by kind, filing, section and id.
 */
export function buildChecks(filings: readonly CheckFiling[]): CheckFinding[] {
  const ordered = [...filings].sort((a, b) => a.id.localeCompare(b.id));
  const purchases = ordered.map(buildPurchases);
  const findings: CheckFinding[] = ordered.flatMap((filing, index) => [
    ...checkProducts(filing.statements),
    ...checkOwnershipSums(filing),
    ...checkSummaryTotals(filing),
    ...checkOptionLists(filing),
    ...checkInstallments(filing.statements),
    ...purchases[index]!.flatMap(checkPurchaseBalance),
    ...checkOwnershipPercents(filing),
    ...checkNumberWords(filing),
    ...checkCounts(filing),
    ...checkRestatedOptions(filing),
    ...checkDatesWithin(filing),
  ]);
  ordered.forEach((a, i) => {
    ordered.slice(i + 1).forEach((b, offset) => {
      findings.push(...checkLoansAcross(a, b), ...checkFeesAcross(a, b), ...checkDatesAcross(a, b));
      for (const left of purchases[i]!) for (const right of purchases[i + 1 + offset]!.filter((p) => isSamePurchase(left, p))) findings.push(...checkPurchasesAcross(left, right));
    });
  });
  return sortFindings(unique(findings));
}

/** Returns findings mismatches first, then in the order of CHECK_KINDS, then by first figure's filing and section, then id. */
export function sortFindings(findings: readonly CheckFinding[]): CheckFinding[] {
  const rank = (f: CheckFinding) => (f.status === "mismatch" ? 0 : 1);
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      CHECK_KINDS.indexOf(a.kind) - CHECK_KINDS.indexOf(b.kind) ||
      a.values[0]!.source.filing.localeCompare(b.values[0]!.source.filing) ||
      a.values[0]!.source.section.localeCompare(b.values[0]!.source.section) ||
      a.id.localeCompare(b.id),
  );
}

// The same comparison reached twice (two sentences stating one figure) keeps one finding per id.
function unique(findings: readonly CheckFinding[]): CheckFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
