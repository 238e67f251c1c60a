import { formatCents, formatCount } from "../../lib/money.ts";
import type { CheckFiling, CheckFinding } from "../../model/checks.ts";
import { buildFinding } from "./finding.ts";
import { formatCountOf } from "./format.ts";
import { printedValue } from "./values.ts";

/** Returns, for each number printed in words and in figures ("one (1) year"), whether the two say the same. */
export function checkNumberWords(filing: CheckFiling): CheckFinding[] {
  return filing.worded.flatMap((number) => {
    if (number.words === null) return [];
    const show = (value: number) => (number.money ? formatCents(value) : formatCount(value));
    const gap = Math.abs(number.words - number.figures);
    return [
      buildFinding({
        kind: "number-words",
        pass: gap === 0,
        title: "A number in words against the same number in figures",
        values: [printedValue("Words and figures", number.printed, number.money ? number.figures / 100 : number.figures, number.source)],
        computed: `the words say ${show(number.words)}; the figures say ${show(number.figures)}`,
        difference: gap === 0 ? null : number.money ? formatCents(gap) : number.noun ? formatCountOf(gap, number.noun) : formatCount(gap),
        note: gap === 0 ? null : "The words and the figures in parentheses state different numbers.",
      }),
    ];
  });
}
