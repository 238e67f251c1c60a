import { formatCount } from "../../lib/money.ts";
import type { CheckFiling, CheckFinding } from "../../model/checks.ts";
import { differenceOf, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { printedValue } from "./values.ts";

/** Returns, for each list of option share counts with a printed total, the entries added up against that total. */
export function checkOptionLists(filing: CheckFiling): CheckFinding[] {
  return filing.compensation.optionLists.flatMap((list) => {
    if (list.printedTotal === null) return [];
    const sum = list.shares.reduce((total, count) => total + count, 0);
    return [
      buildFinding({
        kind: "sum",
        pass: sum === list.printedTotal,
        title: "Option share counts of a list against its printed total",
        values: [
          printedValue(`Entries (${list.shares.length})`, list.shares.map(formatCount).join(", "), sum, list.source),
          printedValue("Printed total", formatCount(list.printedTotal), list.printedTotal, list.source),
        ],
        computed: `${list.shares.map(formatCount).join(" + ")} = ${formatCount(sum)}`,
        difference: formatDifference("shares", differenceOf(whole(sum), list.printedTotal)),
        note: sum === list.printedTotal ? null : "The printed total is not the sum of the entries above it.",
      }),
    ];
  });
}
