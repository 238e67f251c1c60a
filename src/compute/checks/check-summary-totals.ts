import { centsToDollars, formatCents } from "../../lib/money.ts";
import type { CheckFiling, CheckFinding } from "../../model/checks.ts";
import type { SummaryCompensationRow, SummaryMoneyField } from "../../model/compensation.ts";
import { differenceOf, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { printedValue } from "./values.ts";

const LABELS: Readonly<Record<SummaryMoneyField, string>> = {
  salary: "Salary",
  bonus: "Bonus",
  otherAnnual: "Other annual compensation",
  stockAwards: "Stock awards",
  optionAwards: "Option awards",
  nonEquityIncentive: "Non-equity incentive plan compensation",
  pensionAndDeferredEarnings: "Change in pension value and deferred compensation earnings",
  other: "All other compensation",
};

/**
 * Returns, for each Summary Compensation Table row that prints a total, the row's amounts added up against that
 * total, exact in cents. A row with an amount that could not be read gets no finding: its sum would be short.
 */
export function checkSummaryTotals(filing: CheckFiling): CheckFinding[] {
  return filing.compensation.summary.flatMap((row) => {
    if (row.printedTotal === null || row.unread.some((cell) => cell.field in LABELS)) return [];
    return [totalFinding(row, row.printedTotal)];
  });
}

function totalFinding(row: SummaryCompensationRow, printed: number): CheckFinding {
  const fields = row.computedTotal?.of ?? [];
  const sum = row.computedTotal?.cents ?? 0;
  const pass = sum === printed;
  return buildFinding({
    kind: "sum",
    pass,
    title: `${row.name}: ${row.year ?? "undated"} pay in the Summary Compensation Table against the printed total`,
    values: [
      ...fields.map((field) => printedValue(LABELS[field], formatCents(row[field]), centsToDollars(row[field]), row.source)),
      printedValue("Printed total", formatCents(printed), centsToDollars(printed), row.source),
    ],
    computed: `${fields.length > 0 ? fields.map((field) => formatCents(row[field])).join(" + ") : "$0"} = ${formatCents(sum)}`,
    difference: formatDifference("money", differenceOf(whole(sum), printed)),
    note: pass ? null : noteOf(row),
  });
}

function noteOf(row: SummaryCompensationRow): string {
  const extra = row.extra.map((cell) => `“${cell.header}”`);
  const columns = extra.length > 0 ? ` The table also prints ${extra.join(", ")}, which has no field here and is not added.` : "";
  return `The printed total is not the sum of the row's amounts.${columns}`;
}
