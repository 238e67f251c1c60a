import type { Quantity, QuantityStatement } from "../../model/checks.ts";
import { differenceOf, judge, whole, type Figure, type Judgement, type Ratio } from "./compare.ts";
import { figureOf } from "./values.ts";

/** A printed figure with the sentence that states it. */
export interface Item {
  readonly quantity: Quantity;
  readonly statement: QuantityStatement;
}

/** How two sides of a comparison stand: each side one figure or a sum of figures. */
export interface SidesVerdict extends Judgement {
  /** The exact difference of the sums, first side minus second. */
  readonly difference: Ratio;
}

/**
 * Judges two sides that should be equal. A single printed figure is the stated side (the coarser one when both are
 * single), so a finer figure may round to it; a side of several figures is a sum, and every approximate figure on
 * either side adds its allowance.
 */
export function judgeSides(a: readonly Item[], b: readonly Item[]): SidesVerdict {
  const sum = (items: readonly Item[]) => items.reduce((total, item) => total + item.quantity.value, 0);
  const figures = (items: readonly Item[]) => items.map((item) => figureOf(item.quantity));
  const difference = differenceOf(whole(sum(a)), sum(b));
  let verdict: Judgement;
  if (a.length === 1 && b.length === 1) {
    const [first, second] = a[0]!.quantity.precision > b[0]!.quantity.precision ? [b, a] : [a, b];
    verdict = judge(whole(sum(first)), figureOf(second[0]!.quantity), figures(first));
  } else if (b.length === 1) verdict = judge(whole(sum(a)), figureOf(b[0]!.quantity), figures(a));
  else if (a.length === 1) verdict = judge(whole(sum(b)), figureOf(a[0]!.quantity), figures(b));
  else {
    const stated: Figure = { value: sum(b), precision: 1, approximate: false };
    verdict = judge(whole(sum(a)), stated, [...figures(a), ...figures(b)]);
  }
  return { ...verdict, difference };
}
