import type { HourCap, PayUnit } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPeriod, type Period } from "./periods.ts";
import { COUNT, countFromText } from "./prose-figures.ts";
import { readProse } from "./prose.ts";

/** A limit on hours of service with the period it applies to. */
export interface PeriodCap extends Period {
  readonly cap: HourCap;
}

const CAP = new RegExp(
  String.raw`\b(?:in\s+no\s+event\s+(?:greater|more)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|no\s+more\s+than|(?:a\s+)?maximum\s+of|up\s+to)\s+(${COUNT})\s+hours?\s+(?:per|a|each)\s+(day|week|month|year)\b`,
  "gi",
);

/** Returns the hour limits a filing's prose states ("in no event greater than 20 hours per month"), each with its period. */
export function extractHourCaps(doc: FilingDoc): PeriodCap[] {
  return readProse(doc).flatMap((sentence) =>
    [...sentence.text.matchAll(CAP)].flatMap((match) => {
      const hours = countFromText(match[1]!);
      if (hours === null) return [];
      const end = match.index + match[0].length;
      const period = findPeriod(sentence.text.slice(0, match.index), sentence.text.slice(end), doc.frontmatter.date);
      return [{ ...period, cap: { hours, per: match[2]!.toLowerCase() as PayUnit, source: sentence.source } }];
    }),
  );
}
