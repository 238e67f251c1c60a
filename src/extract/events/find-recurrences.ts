import { MONTH_NAME } from "./calendar.ts";
import type { Finding } from "./types.ts";

const DAY_OF_EACH = /\bthe\s+(?:\d{1,2}(?:st|nd|rd|th)|first|last|fifteenth|tenth|fifth)\s+(?:business\s+)?day\s+of\s+(?:each|every)\s+(?:calendar\s+|fiscal\s+)?(?:month|quarter|year|week)\b/gi;
const EACH_DATE = new RegExp(`\\b(?:each|every)\\s+${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:\\s+thereafter)?`, "gi");

/** A repeating date a sentence states ("the 15th day of each month"), with where it stands. */
export interface Recurrence {
  readonly start: number;
  readonly text: string;
}

/** Returns the repeating dates a sentence states: "the 15th day of each month", "each August 1 thereafter". */
export function findRecurrences(text: string): Recurrence[] {
  return [...text.matchAll(DAY_OF_EACH), ...text.matchAll(EACH_DATE)].map((match) => ({ start: match.index, text: match[0] }));
}

/**
 * Returns the findings with each recurrence attached to the period it belongs to: the nearest period in the sentence,
 * else the nearest dated statement before it. A recurrence with nothing dated in its sentence is no event of its own.
 */
export function attachRecurrences(findings: readonly Finding[], recurrences: readonly Recurrence[]): Finding[] {
  const result = [...findings];
  for (const recurrence of recurrences) {
    const distance = (f: Finding) => Math.abs((recurrence.start < f.start ? f.start : f.end) - recurrence.start);
    const pick = (candidates: Finding[]) => candidates.sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
    const target =
      pick(result.filter((f) => f.endDate !== null)) ?? pick(result.filter((f) => f.end <= recurrence.start)) ?? pick([...result]);
    if (!target) continue;
    const index = result.indexOf(target);
    result[index] = { ...target, recurrence: target.recurrence ? `${target.recurrence}; ${recurrence.text}` : recurrence.text };
  }
  return result;
}
