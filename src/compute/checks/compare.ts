/** A printed figure as a check weighs it: its value, the worth of its last digit, and whether it is approximate. */
export interface Figure {
  readonly value: number;
  readonly precision: number;
  readonly approximate: boolean;
}

/** An exact ratio of integers, for computed values that need not be whole (a price per share, a percent). */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** How a computed value stands against a printed figure. */
export interface Judgement {
  readonly pass: boolean;
  /** True when the values differ but the difference is within rounding or the approximations. */
  readonly withinTolerance: boolean;
  /** The allowance for approximate figures, in the figures' unit (0 when none is approximate). */
  readonly allowance: number;
}

/** Returns a whole number as an exact ratio. */
export function whole(value: number | bigint): Ratio {
  return { numerator: BigInt(value), denominator: 1n };
}

/**
 * Judges a computed value against a printed figure. Without approximate figures, the computed value must round (half
 * up) to the printed one at the precision it is printed in: "$3.125" rounds to "$3.13", "23.81%" to "24%". With
 * approximate figures ("approximately $188,000"), each stands for anything within half its last non-zero digit, the
 * allowances add up, and the difference must not exceed them.
 */
export function judge(computed: Ratio, stated: Figure, inputs: readonly Figure[] = []): Judgement {
  const allowance2 = [...inputs, stated].filter((f) => f.approximate).reduce((sum, f) => sum + BigInt(f.precision), 0n);
  const { numerator, denominator } = computed;
  // Doubled to keep half-units whole: 2·(computed − stated)·denominator.
  const difference2 = 2n * (numerator - BigInt(stated.value) * denominator);
  const exact = difference2 === 0n;
  let pass: boolean;
  if (allowance2 === 0n) {
    const half = BigInt(stated.precision) * denominator;
    pass = difference2 >= -half && difference2 < half;
  } else {
    pass = abs(difference2) <= (allowance2 + (stated.approximate ? 0n : BigInt(stated.precision))) * denominator;
  }
  return { pass, withinTolerance: pass && !exact, allowance: Number(allowance2) / 2 };
}

/** Returns the exact difference computed − stated as a ratio. */
export function differenceOf(computed: Ratio, stated: number): Ratio {
  return { numerator: computed.numerator - BigInt(stated) * computed.denominator, denominator: computed.denominator };
}

/** True when two dates ("YYYY-MM-DD", "YYYY-MM" or "YYYY") agree at the coarser one's precision. */
export function datesAgree(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
