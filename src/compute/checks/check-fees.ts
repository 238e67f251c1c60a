import { formatCents } from "../../lib/money.ts";
import { formatPartialDate } from "../../lib/format-partial-date.ts";
import type { CheckFiling, CheckFinding } from "../../model/checks.ts";
import type { ConsultingFee } from "../../model/compensation.ts";
import { datesAgree } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { isSamePerson, personOfName } from "./people.ts";
import { formatDateDifference } from "./format.ts";
import { printedValue } from "./values.ts";

/**
 * Returns the comparisons of a consulting fee as two filings of one company state it: a fee of the same unit, paid to
 * the same person, for a period with a stated end. The rates must be equal and the ends agree at the coarser date
 * ("June 30, 2003" agrees with "June 2003").
 */
export function checkFeesAcross(a: CheckFiling, b: CheckFiling): CheckFinding[] {
  if (a.company.toLowerCase() !== b.company.toLowerCase()) return [];
  const dated = (filing: CheckFiling) => filing.compensation.consultingFees.filter((fee) => fee.through !== null && fee.unit !== null && fee.name !== null);
  return dated(a).flatMap((left) =>
    dated(b)
      .filter((right) => right.unit === left.unit && isSamePerson(personOfName(left.name!, left.honorific), personOfName(right.name!, right.honorific)))
      .flatMap((right) => [rateFinding(left, right), endFinding(left, right)]),
  );
}

function rateFinding(left: ConsultingFee, right: ConsultingFee): CheckFinding {
  const gap = Math.abs(left.rate - right.rate);
  const rate = (fee: ConsultingFee) => `${formatCents(fee.rate)} per ${fee.unit}`;
  return buildFinding({
    kind: "across-filings",
    pass: gap === 0,
    title: `Consulting fee per ${left.unit}, as two filings state it`,
    values: [left, right].map((fee) => printedValue("Fee", rate(fee), fee.rate / 100, fee.source)),
    computed: `${rate(left)} against ${rate(right)}`,
    difference: gap === 0 ? null : `${formatCents(gap)} per ${left.unit}`,
    note: gap === 0 ? null : "The two filings state different rates for the same fee.",
  });
}

function endFinding(left: ConsultingFee, right: ConsultingFee): CheckFinding {
  const pass = datesAgree(left.through!, right.through!);
  const coarser = left.through!.length !== right.through!.length;
  return buildFinding({
    kind: "across-filings",
    pass,
    title: "The end of a consulting fee's period, as two filings state it",
    values: [left, right].map((fee) => printedValue("Paid through", formatPartialDate(fee.through!), null, fee.source)),
    computed: `${left.through} against ${right.through}`,
    difference: formatDateDifference(left.through!, right.through!),
    note: pass && coarser ? "Passes: the dates agree at the precision of the less precise one." : pass ? null : "The two filings state different ends for the same fee.",
  });
}
