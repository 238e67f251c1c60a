import { formatCents, formatCount } from "../../lib/money.ts";
import type { CheckFinding, Quantity, QuantityStatement } from "../../model/checks.ts";
import { differenceOf, judge, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatCentsRatio, formatDifference } from "./format.ts";
import { figureOf, quantityValue, verdictNote } from "./values.ts";

/**
 * Returns a finding for each sentence that states a share count, a price per share and one amount: the amount against
 * shares × price. The figure the filing derived is the one judged: the price when it stands in parentheses after the
 * amount ("for $100,000 ($3.13 per share)": $100,000 ÷ 32,000 must round to $3.13), else the amount (shares × price
 * must round to it at its printed precision). The difference is always shares × price − amount, exact in cents.
 */
export function checkProducts(statements: readonly QuantityStatement[]): CheckFinding[] {
  return statements.flatMap((statement) => {
    const stated = statement.quantities.filter((q) => !q.bound);
    const shares = stated.filter((q) => q.kind === "shares");
    const prices = stated.filter((q) => q.kind === "money" && q.per === "share");
    const amounts = stated.filter((q) => q.kind === "money" && q.per === null);
    if (shares.length !== 1 || prices.length !== 1 || amounts.length !== 1) return [];
    return [productFinding(statement, shares[0]!, prices[0]!, amounts[0]!)];
  });
}

function productFinding(statement: QuantityStatement, shares: Quantity, price: Quantity, amount: Quantity): CheckFinding {
  const product = BigInt(shares.value) * BigInt(price.value);
  const priceDerived = price.parenthetical && price.start > amount.start;
  const quotient = { numerator: BigInt(amount.value), denominator: BigInt(shares.value) };
  const verdict = priceDerived ? judge(quotient, figureOf(price), [figureOf(amount)]) : judge(whole(product), figureOf(amount), [figureOf(price)]);
  const difference = formatDifference("money", differenceOf(whole(product), amount.value));
  const productText = `${formatCount(shares.value)} × ${formatCents(price.value)} = ${formatCents(Number(product))}`;
  const quotientText = `${formatCents(amount.value)} ÷ ${formatCount(shares.value)} = ${formatCentsRatio(quotient)} per share`;
  return buildFinding({
    kind: "product",
    pass: verdict.pass,
    title: priceDerived ? "Amount divided by shares against the price per share" : "Shares times price per share against the amount",
    values: [quantityValue("Shares", shares, statement.source), quantityValue("Price per share", price, statement.source), quantityValue("Amount", amount, statement.source)],
    computed: priceDerived ? `${quotientText}; ${productText}` : productText,
    difference,
    note: noteOf(verdict.pass, verdict.withinTolerance, priceDerived, verdict.allowance),
  });
}

function noteOf(pass: boolean, withinTolerance: boolean, priceDerived: boolean, allowance: number): string | null {
  return verdictNote({
    pass,
    withinTolerance,
    allowance,
    formatted: formatCents(allowance),
    rounding: priceDerived
      ? "Passes: the amount divided by the shares rounds (half up) to the printed price per share; the difference is what the rounded price gives back."
      : "Passes: shares times price rounds (half up) to the amount at the precision it is printed in; the difference is the rounding.",
    mismatch: priceDerived ? "The printed price per share is not the amount divided by the shares, rounded as printed." : "The amount is not shares times price, rounded as printed.",
  });
}
