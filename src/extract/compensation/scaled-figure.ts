import type { PayVersusPerformanceFigure, PrintedScale } from "../../model/pay-versus-performance.ts";
import type { CellValue } from "./cell-values.ts";
import { parseCell, splitTrailingMarks, type ParsedCell } from "./parse-cell.ts";

/** What a column says about the figures under it. */
export interface FigureColumn {
  /** True for a column of dollars whatever its cells print (pay, returns on $100, net income); false when a cell must say. */
  readonly money: boolean;
  /** The unit its header states ("($)", "(%)"), for a column whose cells need not print one. */
  readonly headerUnit: "dollars" | "percent" | null;
  /** The scale its header states ("(millions)", "($ in thousands)"). */
  readonly headerScale: PrintedScale | null;
  /** The inline XBRL concept of the cell, if tagged. */
  readonly concept: string | null;
}

const EXPONENT: Record<PrintedScale, number> = { thousands: 3, millions: 6, billions: 9 };
// A scale printed after the number: "$445 M", "$1.2B", "$(12.5) million", "$3,200 thousand".
const SUFFIX = /^(.*[\d)])\s*(k|m|mm|mil\.?|mn|b|bn|thousands?|millions?|billions?)$/i;

/**
 * Returns the scale a column header states: "Net Income (millions)", "($ in thousands)", "($M)", "(000s)"; else
 * null. A one-letter form counts only after "$" ("($M)"), since "(k)" or "(B)" may be a column letter or a mark.
 */
export function parseHeaderScale(header: string): PrintedScale | null {
  if (/\bthousands?\b/i.test(header) || /\(\s*(?:\$\s*K|\$?\s*000'?s)\s*\)/i.test(header)) return "thousands";
  if (/\bmillions?\b/i.test(header) || /\(\s*(?:\$\s*M|\$?\s*MM)\s*\)/i.test(header)) return "millions";
  if (/\bbillions?\b/i.test(header) || /\(\s*(?:\$\s*B|\$?\s*BN)\s*\)/i.test(header)) return "billions";
  return null;
}

/** Returns the unit a column header states: "($)", "($ in millions)" are dollars; "(%)" is a percent; else null. */
export function parseHeaderUnit(header: string): "dollars" | "percent" | null {
  if (/\(\s*\$|\$\s*\)|\$\s*IN\b/i.test(header)) return "dollars";
  if (/\(\s*%\s*\)|\bPERCENT(?:AGE)?\b/i.test(header)) return "percent";
  return null;
}

/**
 * Returns a pay-versus-performance cell as an exact figure: "$7,791,510", "$445 M" (445 in millions), "206",
 * "6.18", "12.3%"; null without a problem for a dash or an empty cell.
 */
export function parseScaledFigure(cell: ParsedCell, column: FigureColumn): CellValue<PayVersusPerformanceFigure> {
  const suffixed = cell.reading.kind === "text" ? SUFFIX.exec(splitTrailingMarks(cell.printed).body) : null;
  const plain = suffixed ? parseCell(suffixed[1]!).reading : cell.reading;
  if (plain.kind === "blank" || plain.kind === "none") return { value: null, problem: null };
  if (plain.kind !== "number") return { value: null, problem: "not a figure" };
  const scale = suffixed ? scaleOf(suffixed[2]!) : column.headerScale;
  const unit = plain.unit ?? (column.money ? "dollars" : column.headerUnit);
  if (column.money && unit === "percent") return { value: null, problem: "a percent, not a dollar amount" };
  const cents = unit === "dollars" ? scaledCents(plain.decimal, scale) : null;
  if (unit === "dollars" && cents === null) return { value: null, problem: "a fraction of a cent, or too large" };
  return { value: { printed: cell.printed, amount: plain.decimal, scale, unit, cents, concept: column.concept }, problem: null };
}

function scaleOf(word: string): PrintedScale {
  const letter = word.toLowerCase()[0];
  return letter === "k" || letter === "t" ? "thousands" : letter === "b" ? "billions" : "millions";
}

/** The decimal times its scale in integer cents, by moving the decimal point; null for a fraction of a cent. */
function scaledCents(decimal: string, scale: PrintedScale | null): number | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return null;
  const shift = (scale ? EXPONENT[scale] : 0) + 2;
  const fraction = match[3] ?? "";
  if (/[1-9]/.test(fraction.slice(shift))) return null;
  const cents = Number(`${match[2]}${fraction.slice(0, shift).padEnd(shift, "0")}`);
  if (!Number.isSafeInteger(cents)) return null;
  return match[1] && cents !== 0 ? -cents : cents;
}
