import { formatCount } from "../../lib/money.ts";
import type { CheckFiling, CheckFinding } from "../../model/checks.ts";
import type { OptionGrant, SummaryCompensationRow } from "../../model/compensation.ts";
import { differenceOf, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { isSamePerson, personOfName } from "./people.ts";
import { printedValue } from "./values.ts";

/**
 * Returns, for each person in both a filing's Summary Compensation Table and its option grant table, the options the
 * summary shows for the last fiscal year against the grants the grant table lists (which Item 402(c) states for that
 * year): "30,000" against 20,000 + 10,000.
 */
export function checkRestatedOptions(filing: CheckFiling): CheckFinding[] {
  const { summary, grants } = filing.compensation;
  const years = summary.map((row) => row.year).filter((year): year is number => year !== null);
  if (years.length === 0) return [];
  const last = Math.max(...years);
  // A Grants of Plan-Based Awards table (since 2006) goes with a Summary Compensation Table that prints option awards
  // in dollars, not shares: only a 1992–2006 option grant table restates the summary's option count.
  const tabled = grants.filter((grant) => grant.grantTable === "option grants" && grant.options !== null);
  return summary
    .filter((row) => row.year === last)
    .flatMap((row) => {
      const own = tabled.filter((grant) => isSamePerson(personOfName(grant.name), personOfName(row.name)));
      return own.length === 0 ? [] : [restatedFinding(row, own)];
    });
}

function restatedFinding(row: SummaryCompensationRow, grants: readonly OptionGrant[]): CheckFinding {
  const sum = grants.reduce((total, grant) => total + grant.options!, 0);
  const printed = row.options ?? 0;
  return buildFinding({
    kind: "restatement",
    pass: sum === printed,
    title: `${row.name}: options in the Summary Compensation Table for ${row.year} against the option grants listed`,
    values: [
      printedValue(`Options, ${row.year} (summary table)`, row.options === null ? "-" : formatCount(row.options), row.options, row.source),
      ...grants.map((grant) => printedValue("Options granted (grant table)", formatCount(grant.options!), grant.options, grant.source)),
    ],
    computed: `${grants.map((grant) => formatCount(grant.options!)).join(" + ")} = ${formatCount(sum)}`,
    difference: formatDifference("shares", differenceOf(whole(sum), printed)),
    note: sum === printed ? null : "The grants listed do not add up to the options the summary table shows for the year.",
  });
}
