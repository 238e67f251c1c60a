import type { CheckFiling, CheckFinding, CheckValue } from "../../model/checks.ts";
import { buildFinding } from "./finding.ts";
import { formatCountOf } from "./format.ts";
import { printedValue } from "./values.ts";

/**
 * Returns a filing's count checks: the number of directors to be elected wherever the filing states it, against each
 * other and the nominees its election table lists (one finding); and each count followed by a list ("two of the
 * directors, Messrs. Doe and Roe") or a list of people given amounts "respectively", against the items listed.
 */
export function checkCounts(filing: CheckFiling): CheckFinding[] {
  return [...checkDirectorsElected(filing), ...checkListedCounts(filing)];
}

function checkDirectorsElected(filing: CheckFiling): CheckFinding[] {
  const stated = filing.counts.filter((c) => c.what === "directors to be elected");
  const values: CheckValue[] = [
    ...stated.map((c) => printedValue("Directors to be elected", c.printed, c.count, c.source)),
    ...filing.nominees.map((list) => printedValue("Nominees listed", `${list.names.length}: ${list.names.join(", ")}`, list.names.length, list.source)),
  ];
  if (values.length < 2 || stated.length === 0) return [];
  const numbers = values.map((v) => v.number!);
  const gap = Math.max(...numbers) - Math.min(...numbers);
  return [
    buildFinding({
      kind: "count",
      pass: gap === 0,
      title: "The number of directors to be elected, wherever the filing states it, against the nominees listed",
      values,
      computed: values.map((v) => `${v.label.toLowerCase()}: ${v.number}`).join("; "),
      difference: gap === 0 ? null : formatCountOf(gap, "director"),
      note: gap === 0 ? null : "The filing states different numbers of directors to be elected, or lists a different number of nominees.",
    }),
  ];
}

function checkListedCounts(filing: CheckFiling): CheckFinding[] {
  return filing.counts
    .filter((c) => c.what !== "directors to be elected")
    .map((c) => {
      const gap = Math.abs(c.count - c.items.length);
      const amounts = c.what === "amounts listed";
      return buildFinding({
        kind: "count",
        pass: gap === 0,
        title: amounts ? "People named against the amounts given to them “respectively”" : `A count of ${c.noun} against the names listed`,
        values: [
          printedValue(amounts ? "People named" : `Count of ${c.noun}`, c.printed, c.count, c.source),
          printedValue(amounts ? "Amounts listed" : "Names listed", c.items.join(", "), c.items.length, c.source),
        ],
        computed: amounts ? `${c.count} people; ${c.items.length} amounts` : `${c.count} stated; ${c.items.length} named`,
        difference: gap === 0 ? null : formatCountOf(gap, amounts ? "item" : c.noun),
        note: gap === 0 ? null : amounts ? "The sentence lists a different number of amounts than people." : "The sentence names a different number than it states.",
      });
    });
}
