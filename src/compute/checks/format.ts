import { formatCents, formatCount } from "../../lib/money.ts";
import type { QuantityKind } from "../../model/checks.ts";
import type { Ratio } from "./compare.ts";

/** Returns a share count with its unit: 10 → "10 shares", 1 → "1 share". */
export function formatShares(count: number): string {
  return `${formatCount(count)} ${Math.abs(count) === 1 ? "share" : "shares"}`;
}

/** Returns a count of a noun with its plural: (1, "director") → "1 director", (2, "day") → "2 days". */
export function formatCountOf(count: number, noun: string): string {
  const singular = noun.replace(/s$/, "");
  return `${formatCount(count)} ${Math.abs(count) === 1 ? singular : `${singular}s`}`;
}

/** Returns a ratio as a decimal with at most `places` digits (at least `least`), rounded half up, and "…" when it is not exact: 3125/1000 → "3.125". */
export function formatRatio(ratio: Ratio, places: number, least = 0): string {
  const negative = ratio.numerator < 0n !== ratio.denominator < 0n && ratio.numerator !== 0n;
  const numerator = ratio.numerator < 0n ? -ratio.numerator : ratio.numerator;
  const denominator = ratio.denominator < 0n ? -ratio.denominator : ratio.denominator;
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale * 2n + denominator) / (denominator * 2n);
  const exact = (numerator * scale) % denominator === 0n;
  const digits = scaled.toString().padStart(places + 1, "0");
  const integer = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "").padEnd(fraction0(digits, places, least), "0");
  return `${negative ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}${exact ? "" : "…"}`;
}

// Trailing zeros go, except those needed to show `least` digits ("$2.50", not "$2.5"), and a whole amount shows none.
function fraction0(digits: string, places: number, least: number): number {
  return /^0*$/.test(digits.slice(digits.length - places)) ? 0 : least;
}

/** Returns a ratio of cents as dollars: 312500/1000 cents → "$3.125", exact up to a hundredth of a cent, else cut with "…". */
export function formatCentsRatio(cents: Ratio): string {
  const dollars = formatRatio({ numerator: cents.numerator, denominator: cents.denominator * 100n }, 4, 2);
  return dollars.startsWith("-") ? `-$${dollars.slice(1)}` : `$${dollars}`;
}

/** Returns a ratio of thousandths of a percent as a percent: 25068/1000 → "25.068%". */
export function formatPercentRatio(thousandths: Ratio): string {
  return `${formatRatio({ numerator: thousandths.numerator, denominator: thousandths.denominator * 1000n }, 3)}%`;
}

/** Returns a whole value of a quantity kind as printed: cents as dollars, shares as a count, thousandths as a percent. */
export function formatValue(kind: QuantityKind, value: number): string {
  if (kind === "money") return formatCents(value);
  if (kind === "shares") return formatCount(value);
  return formatPercentRatio({ numerator: BigInt(value), denominator: 1n });
}

/** Returns the size of a difference with its unit, or null when it is zero: "$0.15", "10 shares", "0.503 percentage points". */
export function formatDifference(kind: QuantityKind, difference: Ratio): string | null {
  if (difference.numerator === 0n) return null;
  const size = { numerator: difference.numerator < 0n ? -difference.numerator : difference.numerator, denominator: difference.denominator };
  if (kind === "money") return formatCentsRatio(size);
  if (kind === "shares") {
    const count = formatRatio(size, 3);
    return `${count} ${count === "1" ? "share" : "shares"}`;
  }
  const points = formatRatio({ numerator: size.numerator, denominator: size.denominator * 1000n }, 3);
  return `${points} ${points === "1" ? "percentage point" : "percentage points"}`;
}

/**
 * Returns how far apart two dates ("YYYY-MM-DD", "YYYY-MM" or "YYYY") are, at the coarser one's precision: "365 days",
 * "1 month", "2 years"; null when they agree at that precision.
 */
export function formatDateDifference(a: string, b: string): string | null {
  const length = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, length), b.slice(0, length)];
  if (x === y) return null;
  const parts = (iso: string) => iso.split("-").map(Number) as [number, number?, number?];
  const [[ya, ma = 1, da = 1], [yb, mb = 1, db = 1]] = [parts(x), parts(y)];
  if (length === 10) return formatCountOf(Math.abs(Date.UTC(ya, ma - 1, da) - Date.UTC(yb, mb - 1, db)) / 86_400_000, "day");
  if (length === 7) return formatCountOf(Math.abs(ya * 12 + ma - (yb * 12 + mb)), "month");
  return formatCountOf(Math.abs(ya - yb), "year");
}
