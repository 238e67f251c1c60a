import { formatCount } from "../../lib/money.ts";
import type { BeneficialOwnership } from "../../model/compensation.ts";
import type { CheckFiling, CheckFinding, CheckValue, Quantity, QuantityStatement } from "../../model/checks.ts";
import { differenceOf, judge, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference, formatPercentRatio } from "./format.ts";
import { printedValue, quantityValue } from "./values.ts";

/** Returns, for each row of a filing's beneficial ownership table, its shares and options against its printed total. */
export function checkOwnershipSums(filing: CheckFiling): CheckFinding[] {
  const rows = filing.compensation.ownership;
  return rows.flatMap((row) => {
    if (!hasBothColumns(rows, row) || row.total === null) return [];
    const computed = (row.sharesOwned ?? 0) + (row.optionsAcquirable ?? 0);
    return [
      buildFinding({
        kind: "sum",
        pass: computed === row.total,
        title: `${row.name}: shares owned plus options acquirable against the printed total`,
        values: [cell("Shares owned", row.sharesOwned, row), cell("Options acquirable", row.optionsAcquirable, row), cell("Total", row.total, row)],
        computed: `${formatCount(row.sharesOwned ?? 0)} + ${formatCount(row.optionsAcquirable ?? 0)} = ${formatCount(computed)}`,
        difference: formatDifference("shares", differenceOf(whole(computed), row.total)),
        note: computed === row.total ? null : "The printed total is not the sum of the row's shares owned and options acquirable.",
      }),
    ];
  });
}

/**
 * Returns, for each row of a filing's beneficial ownership table, its printed percent against the percent computed
 * under SEC Rule 13d-3(d)(1): the holder's shares over the shares outstanding plus the holder's own options acquirable.
 * The shares outstanding are those the filing states for its record date; "*" must be less than 1%. A table without
 * an options column gets no finding for a row whose printed percent is below the computed one.
 */
export function checkOwnershipPercents(filing: CheckFiling): CheckFinding[] {
  const outstanding = sharesOutstanding(filing.statements);
  if (!outstanding) return [];
  const rows = filing.compensation.ownership;
  return rows.flatMap((row) => {
    const held = hasBothColumns(rows, row) ? (row.sharesOwned ?? 0) + (row.optionsAcquirable ?? 0) : row.total;
    if (held === null || (row.percent === null && !row.lessThanOnePercent)) return [];
    const options = row.optionsAcquirable ?? 0;
    const denominator = BigInt(outstanding.quantity.value + options);
    const percent = { numerator: BigInt(held) * 100_000n, denominator };
    const printed = row.lessThanOnePercent ? "*" : `${row.percent}%`;
    const stated = row.lessThanOnePercent ? null : parsePercent(row.percent!);
    const verdict = stated ? judge(percent, stated) : null;
    const pass = verdict ? verdict.pass : BigInt(held) * 100n < denominator;
    // Without an options column the total may hold options the table does not count, and each one added to the
    // denominator lowers the percent: a printed percent below the computed one cannot be judged.
    const below = stated ? BigInt(stated.value) * denominator < percent.numerator : true;
    if (!pass && !hasBothColumns(rows, row) && below) return [];
    const parts = hasBothColumns(rows, row) ? `(${formatCount(row.sharesOwned ?? 0)} + ${formatCount(options)})` : formatCount(held);
    return [
      buildFinding({
        kind: "percent",
        pass,
        title: `${row.name}: percent of the class against the shares outstanding`,
        values: [
          ...(hasBothColumns(rows, row) ? [cell("Shares owned", row.sharesOwned, row), cell("Options acquirable", row.optionsAcquirable, row)] : [cell("Total", row.total, row)]),
          printedValue("Percent", printed, stated ? stated.value / 1000 : null, row.source),
          quantityValue("Shares outstanding", outstanding.quantity, outstanding.statement.source),
        ],
        computed: `${parts} ÷ (${formatCount(outstanding.quantity.value)} + ${formatCount(options)}) = ${formatPercentRatio(percent)}`,
        // For "*", a holding of 1% or more is off by how far it reaches past the 1% line.
        difference: stated ? formatDifference("percent", differenceOf(percent, stated.value)) : pass ? null : formatDifference("percent", differenceOf(percent, 1000)),
        note: percentNote(pass, stated !== null && verdict?.withinTolerance === true, row),
      }),
    ];
  });
}

function percentNote(pass: boolean, rounded: boolean, row: BeneficialOwnership): string | null {
  const dates = row.asOf ? ` The table is as of ${row.asOf}; the shares outstanding are those the filing states for its record date.` : "";
  if (row.lessThanOnePercent) return `${pass ? "Passes: “*” means less than 1%, and the holding is less than 1% of the class." : "“*” means less than 1%, but the holding is at least 1% of the class."}${dates}`;
  if (pass && !rounded) return dates.trim() || null;
  if (pass) return `Passes: the computed percent rounds (half up) to the printed one at the precision it is printed in.${dates}`;
  return `The computed percent does not round to the printed one.${dates}`;
}

// A row's parts are comparable only when the table prints both a shares-owned and an options column.
function hasBothColumns(rows: readonly BeneficialOwnership[], row: BeneficialOwnership): boolean {
  const table = rows.filter((r) => r.source.section === row.source.section);
  return table.some((r) => r.sharesOwned !== null) && table.some((r) => r.optionsAcquirable !== null);
}

function cell(label: string, count: number | null, row: BeneficialOwnership): CheckValue {
  return printedValue(label, count === null ? "-" : formatCount(count), count, row.source);
}

function parsePercent(text: string): { value: number; precision: number; approximate: boolean } {
  const [integer, fraction = ""] = text.split(".") as [string, string?];
  return { value: Number(integer) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0")), precision: 10 ** (3 - Math.min(fraction.length, 3)), approximate: false };
}

/** The first share count stated as outstanding in a sentence whose paragraph speaks of the record date. */
function sharesOutstanding(statements: readonly QuantityStatement[]): { quantity: Quantity; statement: QuantityStatement } | undefined {
  for (const statement of statements) {
    if (!statement.topics.includes("outstanding")) continue;
    const quantity = statement.quantities.filter((q) => q.kind === "shares" && !q.bound);
    const record = statements.some((s) => s.block === statement.block && s.topics.includes("record"));
    if (quantity.length === 1 && record) return { quantity: quantity[0]!, statement };
  }
  return undefined;
}
