import { formatCents, formatCount } from "../../lib/money.ts";
import type { CheckFinding } from "../../model/checks.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { judgeSides, type Item } from "./sides.ts";
import { quantityValue, verdictNote } from "./values.ts";

/** A figure of a comparison across filings with what it is, e.g. "Paid" or "Balance". */
export interface LabelledItem extends Item {
  readonly label: string;
}

/** Returns the finding of one figure (or sum of figures) as one filing states it against the same as another filing states it. */
export function acrossFinding(what: string, left: readonly LabelledItem[], right: readonly LabelledItem[]): CheckFinding {
  const kind = left[0]!.quantity.kind;
  const verdict = judgeSides(left, right);
  const show = (items: readonly Item[]) => items.map((item) => (kind === "money" ? formatCents(item.quantity.value) : formatCount(item.quantity.value))).join(" + ");
  const total = (items: readonly Item[]) => items.reduce((sum, item) => sum + item.quantity.value, 0);
  const sides = [left, right].map((items) => (items.length > 1 ? `${show(items)} = ${kind === "money" ? formatCents(total(items)) : formatCount(total(items))}` : show(items)));
  return buildFinding({
    kind: "across-filings",
    pass: verdict.pass,
    title: `${what}, as two filings state it`,
    values: [...left, ...right].map((item) => quantityValue(item.label, item.quantity, item.statement.source)),
    computed: `${sides[0]} against ${sides[1]}`,
    difference: formatDifference(kind, verdict.difference),
    note: verdictNote({ ...verdict, formatted: kind === "money" ? formatCents(verdict.allowance) : formatCount(verdict.allowance), rounding: "Passes: the figures agree at the precision printed.", mismatch: "The two filings state different figures." }),
  });
}
