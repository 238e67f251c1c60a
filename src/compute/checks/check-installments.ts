import { formatCents } from "../../lib/money.ts";
import type { CheckFinding, QuantityStatement } from "../../model/checks.ts";
import { differenceOf, judge, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { figureOf, quantityValue, verdictNote } from "./values.ts";

/** Returns, for each sentence that splits an amount into a number of equal installments ("$188,000, in two installments of $94,000 each"), the installments against the amount. */
export function checkInstallments(statements: readonly QuantityStatement[]): CheckFinding[] {
  return statements.flatMap((statement) => {
    const money = statement.quantities.filter((q) => q.kind === "money" && !q.bound);
    return money.flatMap((each, index) => {
      const total = money.slice(0, index).filter((q) => q.per === null).at(-1);
      if (each.per !== "each" || each.times === null || !total) return [];
      const computed = each.times * each.value;
      const verdict = judge(whole(computed), figureOf(total), [figureOf(each)]);
      return [
        buildFinding({
          kind: "sum",
          pass: verdict.pass,
          title: "Installments times their amount against the amount they pay",
          values: [quantityValue("Amount", total, statement.source), quantityValue(`Each of ${each.times} installments`, each, statement.source)],
          computed: `${each.times} × ${formatCents(each.value)} = ${formatCents(computed)}`,
          difference: formatDifference("money", differenceOf(whole(computed), total.value)),
          note: verdictNote({ ...verdict, formatted: formatCents(verdict.allowance), rounding: "Passes: the installments add up to the amount at the precision it is printed in.", mismatch: "The installments do not add up to the amount." }),
        }),
      ];
    });
  });
}
