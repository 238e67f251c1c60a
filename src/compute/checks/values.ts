import { centsToDollars } from "../../lib/money.ts";
import type { CheckValue, Quantity } from "../../model/checks.ts";
import type { Source } from "../../model/facts.ts";
import type { Figure } from "./compare.ts";

/** Returns a printed quantity as a figure of a check, with its label and source; money as dollars, a percent as a percent. */
export function quantityValue(label: string, quantity: Quantity, source: Source): CheckValue {
  const number = quantity.kind === "money" ? centsToDollars(quantity.value) : quantity.kind === "percent" ? quantity.value / 1000 : quantity.value;
  return { label, printed: quantity.printed, number, source };
}

/** Returns a printed figure that is not a quantity of prose (a count, a date, a table cell). */
export function printedValue(label: string, printed: string, number: number | null, source: Source): CheckValue {
  return { label, printed, number, source };
}

/** Returns a quantity as a figure to judge. */
export function figureOf(quantity: Pick<Quantity, "value" | "precision" | "approximate">): Figure {
  return { value: quantity.value, precision: quantity.precision, approximate: quantity.approximate };
}

/** Returns the note of a check that passes within the allowance of its approximate figures (formatted with its unit). */
export function allowanceNote(allowance: number, formatted: string): string {
  return allowance > 0
    ? `Passes within the ${formatted} its approximate figures allow: each "approximately" figure stands for anything within half its last non-zero digit, and the allowances add up.`
    : "";
}

/** Returns the note of a check that passes or fails, with or without approximate figures, in one wording for every check. */
export function verdictNote(options: { pass: boolean; withinTolerance: boolean; allowance: number; formatted: string; rounding: string; mismatch: string }): string | null {
  const { pass, withinTolerance, allowance, formatted } = options;
  if (pass && !withinTolerance) return null;
  if (pass && allowance > 0) return allowanceNote(allowance, formatted);
  if (pass) return options.rounding;
  return allowance > 0 ? `${options.mismatch} The difference is more than the ${formatted} its approximate figures allow.` : options.mismatch;
}
