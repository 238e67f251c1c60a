import type { CellReading } from "./parse-cell.ts";

/** A value read from a cell, or null with the reason when the cell prints something else. */
export interface CellValue<T> {
  readonly value: T | null;
  /** Why the printed text is not a value of this kind; null for a value, a blank or a printed "none". */
  readonly problem: string | null;
}

const NOTHING = { value: null, problem: null } as const;

/** Returns a dollar amount as integer cents, or null when it needs a fraction of a cent. */
export function decimalToCents(decimal: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return null;
  const fraction = match[3] ?? "";
  if (/[1-9]/.test(fraction.slice(2))) return null;
  const cents = Number(match[2]) * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return match[1] && cents !== 0 ? -cents : cents;
}

/** Returns a money cell in integer cents: "$280,000" → 28000000, "$ 1.40" → 140, "-" → null. */
export function centsOf(reading: CellReading): CellValue<number> {
  if (reading.kind === "blank" || reading.kind === "none") return NOTHING;
  if (reading.kind !== "number") return { value: null, problem: problemOf(reading) };
  if (reading.unit === "percent") return { value: null, problem: "a percent, not a dollar amount" };
  const cents = decimalToCents(reading.decimal);
  return cents === null ? { value: null, problem: "a fraction of a cent" } : { value: cents, problem: null };
}

/** Returns a share count: "64,100" → 64100, "-" → null; a decimal, "$" or "%" is a problem. */
export function countOf(reading: CellReading): CellValue<number> {
  if (reading.kind === "blank" || reading.kind === "none") return NOTHING;
  if (reading.kind !== "number") return { value: null, problem: problemOf(reading) };
  if (reading.unit !== null) return { value: null, problem: `a ${reading.unit === "dollars" ? "dollar amount" : "percent"}, not a count` };
  if (!/^-?\d+$/.test(reading.decimal)) return { value: null, problem: "not a whole number" };
  const count = Number(reading.decimal);
  return Number.isSafeInteger(count) ? { value: count, problem: null } : { value: null, problem: "too large" };
}

/** Returns a percent as the exact decimal printed without "%": "6.1%" → "6.1"; "*" → null without a problem. */
export function percentOf(reading: CellReading): CellValue<string> {
  if (reading.kind === "blank" || reading.kind === "none" || reading.kind === "less-than-one-percent") return NOTHING;
  if (reading.kind !== "number") return { value: null, problem: problemOf(reading) };
  if (reading.unit === "dollars") return { value: null, problem: "a dollar amount, not a percent" };
  return { value: reading.decimal, problem: null };
}

function problemOf(reading: CellReading): string {
  if (reading.kind === "pair") return "two figures in one cell";
  if (reading.kind === "less-than-one-percent") return "an asterisk, not a figure";
  return "not a figure";
}
