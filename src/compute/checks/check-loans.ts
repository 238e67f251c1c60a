import type { CheckFiling, CheckFinding, NamedPerson } from "../../model/checks.ts";
import { countSharedPeople } from "./people.ts";
import { acrossFinding } from "./across-finding.ts";
import type { Item } from "./sides.ts";

/** A loan's or note's amount as one filing states it: its principal, or what remained due as of a date. */
interface LoanFigure extends Item {
  readonly what: "principal" | "balance";
  /** For a balance, the day it is stated as of. */
  readonly asOf: string | null;
  readonly people: readonly NamedPerson[];
}

/**
 * Returns the comparisons of a loan as two filings of one company state it: the principal, and the balance as of the
 * same day ("approximately $262,000" as of the agreement's date against "$265,000" as of that day). A figure belongs to
 * a loan when its sentence, or an earlier one of its paragraph, speaks of a note or loan; its people are those the
 * sentence names, else those its paragraph names.
 */
export function checkLoansAcross(a: CheckFiling, b: CheckFiling): CheckFinding[] {
  if (a.company.toLowerCase() !== b.company.toLowerCase()) return [];
  const right = loanFigures(b);
  return loanFigures(a).flatMap((left) =>
    right
      .filter((other) => other.what === left.what && other.asOf === left.asOf && countSharedPeople(left.people, other.people) > 0)
      .map((other) => {
        const label = left.what === "principal" ? "Principal" : `Balance as of ${left.asOf}`;
        return acrossFinding(left.what === "principal" ? "A loan's principal amount" : `A loan's balance as of ${left.asOf}`, [{ ...left, label }], [{ ...other, label }]);
      }),
  );
}

function loanFigures(filing: CheckFiling): LoanFigure[] {
  return filing.statements.flatMap((statement) => {
    const paragraph = filing.statements.filter((s) => s.block === statement.block && s.index <= statement.index);
    if (!paragraph.some((s) => s.topics.includes("note") || s.topics.includes("loan"))) return [];
    const people = statement.people.length > 0 ? statement.people : paragraph.flatMap((s) => s.people);
    if (people.length === 0) return [];
    return statement.quantities.flatMap((quantity, index): LoanFigure[] => {
      if (quantity.kind !== "money" || quantity.bound || quantity.per !== null) return [];
      if (quantity.role === "principal") return [{ quantity, statement, what: "principal", asOf: null, people }];
      const previousEnd = statement.quantities[index - 1]?.end ?? 0;
      // "as of March 3, 2003 was $265,000": the date dates the first figure after it.
      const asOf = statement.asOf.filter((date) => date.end <= quantity.start && date.end >= previousEnd).at(-1);
      return asOf && (quantity.role === "balance" || quantity.role === "assumed") ? [{ quantity, statement, what: "balance", asOf: asOf.date, people }] : [];
    });
  });
}
