import { formatCents } from "../../lib/money.ts";
import type { CheckFiling, CheckFinding, NamedPerson, QuantityStatement } from "../../model/checks.ts";
import { differenceOf, judge, whole } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { formatDifference } from "./format.ts";
import { countSharedPeople } from "./people.ts";
import { acrossFinding, type LabelledItem } from "./across-finding.ts";
import type { Item } from "./sides.ts";
import { figureOf, quantityValue, verdictNote } from "./values.ts";

/** A purchase of shares as one filing states it: the shares, the price, and what was paid, assumed and left to pay. */
export interface Purchase {
  readonly filing: CheckFiling;
  readonly shares: Item;
  readonly product: { readonly price: Item; readonly aggregate: Item } | null;
  readonly paid: readonly Item[];
  readonly assumed: readonly Item[];
  readonly balance: readonly Item[];
  readonly people: readonly NamedPerson[];
}

/**
 * Returns the share purchases a filing states. When all its purchase sentences speak of one share count and one of
 * them prices it (an agreement for that purchase), the whole filing's payment terms between the same people belong to
 * it; otherwise each paragraph that states a purchased share count is one purchase.
 */
export function buildPurchases(filing: CheckFiling): Purchase[] {
  const stating = filing.statements.filter((s) => s.topics.includes("purchase") && !s.topics.includes("option") && s.people.length > 0 && sharesOf(s).length === 1);
  const counts = new Set(stating.map((s) => sharesOf(s)[0]!.value));
  const priced = stating.find((s) => productOf(s) !== null);
  if (counts.size === 1 && priced) {
    const people = unique(stating.flatMap((s) => s.people));
    return [purchaseOf(filing, priced, filing.statements.filter((s) => countSharedPeople(s.people, people) > 0), people)];
  }
  const blocks = new Map<number, QuantityStatement[]>();
  for (const s of stating) blocks.set(s.block, [...(blocks.get(s.block) ?? []), s]);
  return [...blocks.values()].flatMap((inBlock) => {
    if (new Set(inBlock.map((s) => sharesOf(s)[0]!.value)).size !== 1) return [];
    const scope = filing.statements.filter((s) => s.block === inBlock[0]!.block);
    return [purchaseOf(filing, inBlock.find((s) => productOf(s) !== null) ?? inBlock[0]!, scope, unique(scope.flatMap((s) => s.people)))];
  });
}

/** Returns the balance check of a purchase that states its aggregate price, amounts paid or assumed, and one balance. */
export function checkPurchaseBalance(purchase: Purchase): CheckFinding[] {
  const { product, paid, assumed, balance } = purchase;
  if (!product || balance.length !== 1 || paid.length + assumed.length === 0) return [];
  const aggregate = product.aggregate.quantity;
  const less = [...paid, ...assumed];
  const computed = aggregate.value - less.reduce((sum, item) => sum + item.quantity.value, 0);
  const verdict = judge(whole(computed), figureOf(balance[0]!.quantity), [aggregate, ...less.map((item) => item.quantity)].map(figureOf));
  return [
    buildFinding({
      kind: "sum",
      pass: verdict.pass,
      title: "The balance of a purchase price: the aggregate price less the amounts paid and assumed",
      values: [
        quantityValue("Aggregate price", aggregate, product.aggregate.statement.source),
        ...paid.map((item) => quantityValue("Paid", item.quantity, item.statement.source)),
        ...assumed.map((item) => quantityValue("Assumed", item.quantity, item.statement.source)),
        quantityValue("Balance", balance[0]!.quantity, balance[0]!.statement.source),
      ],
      computed: `${formatCents(aggregate.value)} − ${less.map((item) => formatCents(item.quantity.value)).join(" − ")} = ${formatCents(computed)}`,
      difference: formatDifference("money", differenceOf(whole(computed), balance[0]!.quantity.value)),
      note: verdictNote({ ...verdict, formatted: formatCents(verdict.allowance), rounding: "Passes: the amounts agree at the precision printed.", mismatch: "The balance is not the aggregate price less the amounts paid and assumed." }),
    }),
  ];
}

/**
 * Returns the comparisons of one purchase as two filings state it: the shares, the amounts paid and assumed, the
 * balance, and, when only one filing prices the purchase, the other's parts added up against that price.
 */
export function checkPurchasesAcross(a: Purchase, b: Purchase): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const compare = (what: string, left: readonly LabelledItem[], right: readonly LabelledItem[]) => {
    if (left.length > 0 && right.length > 0) findings.push(acrossFinding(what, left, right));
  };
  const labelled = (label: string, items: readonly Item[]) => items.map((item) => ({ ...item, label }));
  compare("Shares purchased", labelled("Shares", [a.shares]), labelled("Shares", [b.shares]));
  compare("Amount paid", labelled("Paid", a.paid), labelled("Paid", b.paid));
  compare("Liabilities assumed", labelled("Assumed", a.assumed), labelled("Assumed", b.assumed));
  compare("Balance left to pay", labelled("Balance", a.balance), labelled("Balance", b.balance));
  for (const [priced, parts] of [[a, b], [b, a]] as const) {
    const all = [...labelled("Paid", parts.paid), ...labelled("Assumed", parts.assumed), ...labelled("Balance", parts.balance)];
    if (priced.product && !parts.product && parts.paid.length > 0 && parts.balance.length > 0) compare("The parts of a purchase price against the aggregate price", all, labelled("Aggregate price", [priced.product.aggregate]));
  }
  return findings;
}

/** True when two filings' purchases are the same one: the same company and share count, or two people in common. */
export function isSamePurchase(a: Purchase, b: Purchase): boolean {
  if (a.filing.id === b.filing.id || a.filing.company.toLowerCase() !== b.filing.company.toLowerCase()) return false;
  return a.shares.quantity.value === b.shares.quantity.value || countSharedPeople(a.people, b.people) >= 2;
}

function purchaseOf(filing: CheckFiling, stating: QuantityStatement, scope: readonly QuantityStatement[], people: readonly NamedPerson[]): Purchase {
  const product = productOf(stating);
  const items = (role: string) =>
    scope
      .filter((s) => productOf(s) === null)
      .flatMap((statement) => statement.quantities.filter((q) => q.kind === "money" && q.role === role && !q.bound && q.per === null).map((quantity) => ({ quantity, statement })))
      // The same amount twice in one clause ("if … $100,000 …; if … $100,000 …") is one payment stated for two cases.
      .filter((item, index, all) => all.findIndex((other) => other.quantity.value === item.quantity.value && other.statement.source.section === item.statement.source.section) === index);
  return {
    filing,
    shares: { quantity: sharesOf(stating)[0]!, statement: stating },
    product: product && { price: { quantity: product.price, statement: stating }, aggregate: { quantity: product.aggregate, statement: stating } },
    paid: items("paid"),
    assumed: items("assumed"),
    balance: items("balance"),
    people,
  };
}

function sharesOf(statement: QuantityStatement) {
  return statement.quantities.filter((q) => q.kind === "shares" && !q.bound);
}

function productOf(statement: QuantityStatement) {
  const stated = statement.quantities.filter((q) => !q.bound);
  const prices = stated.filter((q) => q.kind === "money" && q.per === "share");
  const amounts = stated.filter((q) => q.kind === "money" && q.per === null);
  return sharesOf(statement).length === 1 && prices.length === 1 && amounts.length === 1 ? { price: prices[0]!, aggregate: amounts[0]! } : null;
}

function unique(people: readonly NamedPerson[]): NamedPerson[] {
  return people.filter((p, i) => people.findIndex((o) => o.surname === p.surname && o.given === p.given && o.honorific === p.honorific) === i);
}
