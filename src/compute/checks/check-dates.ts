import { formatPartialDate } from "../../lib/format-partial-date.ts";
import type { CheckFiling, CheckFinding, DescribedEvent } from "../../model/checks.ts";
import { datesAgree } from "./compare.ts";
import { buildFinding } from "./finding.ts";
import { countSharedPeople } from "./people.ts";
import { formatDateDifference } from "./format.ts";
import { printedValue } from "./values.ts";

// What a period's length can be the length of; two terms compare only when they share one.
const SUBJECTS = ["consulting", "loan", "note", "option", "purchase"];
// What a resignation is from; two resignations compare only when they share one.
const OFFICES = ["director", "officer", "committee"];

/**
 * Returns the comparisons of dates two filings of one company give for the same thing: when a person's options
 * terminate (a date printed in one and computed from "the second anniversary of the date of this Agreement" in the
 * other), when the term of an agreement about the same subject and person ends, and when a person resigned the same
 * offices.
 */
export function checkDatesAcross(a: CheckFiling, b: CheckFiling): CheckFinding[] {
  if (a.company.toLowerCase() !== b.company.toLowerCase()) return [];
  const terminations = (filing: CheckFiling) => filing.events.filter((e) => e.event.end === null && e.topics.includes("option") && e.topics.includes("terminate") && e.people.length > 0);
  const terms = (filing: CheckFiling) => filing.events.filter((e) => e.event.end !== null && e.topics.includes("term") && e.people.length > 0);
  const findings: CheckFinding[] = [];
  for (const left of terminations(a)) {
    for (const right of terminations(b).filter((r) => countSharedPeople(left.people, r.people) > 0)) findings.push(dateFinding("When options terminate", left, right, "date"));
  }
  for (const left of terms(a)) {
    const subjects = SUBJECTS.filter((s) => left.topics.includes(s));
    const same = terms(b).filter((r) => countSharedPeople(left.people, r.people) > 0 && subjects.some((s) => r.topics.includes(s)));
    for (const right of same) findings.push(dateFinding("When a term ends", left, right, "end"));
  }
  for (const left of resignations(a)) for (const right of resignations(b).filter((r) => isSameResignation(left, r))) findings.push(dateFinding("When a person resigned", left, right, "date"));
  return findings;
}

/** Returns the comparisons of the dates one filing gives, in different sentences, for a person's resignation from the same offices. */
export function checkDatesWithin(filing: CheckFiling): CheckFinding[] {
  const found = resignations(filing);
  return found.flatMap((left, index) =>
    found
      .slice(index + 1)
      .filter((right) => right.event.source.quote !== left.event.source.quote && isSameResignation(left, right))
      .map((right) => dateFinding("When a person resigned", left, right, "date", "restatement")),
  );
}

function resignations(filing: CheckFiling): DescribedEvent[] {
  return filing.events.filter((e) => e.event.end === null && e.event.precision === "day" && e.topics.includes("resign") && e.people.length > 0);
}

function isSameResignation(a: DescribedEvent, b: DescribedEvent): boolean {
  return countSharedPeople(a.people, b.people) > 0 && OFFICES.some((office) => a.topics.includes(office) && b.topics.includes(office));
}

function dateFinding(what: string, left: DescribedEvent, right: DescribedEvent, field: "date" | "end", kind: "across-filings" | "restatement" = "across-filings"): CheckFinding {
  const [first, second] = [left.event[field]!, right.event[field]!];
  const pass = datesAgree(first, second);
  const shown = (e: DescribedEvent) => {
    const printed = formatPartialDate(e.event[field]!);
    return field === "end" ? `${formatPartialDate(e.event.date)} to ${printed}` : printed;
  };
  return buildFinding({
    kind,
    pass,
    title: kind === "across-filings" ? `${what}, as two filings state it` : `${what}, as the filing states it twice`,
    values: [left, right].map((e) => printedValue(e.event.title, shown(e), null, e.event.source)),
    computed: [left, right].map((e) => `${e.event[field]}${e.event.derived ? ` (${e.event.derived})` : ""}`).join(" against "),
    difference: formatDateDifference(first, second),
    note: notes(pass, first, second),
  });
}

function notes(pass: boolean, first: string, second: string): string | null {
  if (!pass) return "The dates differ.";
  return first.length !== second.length ? "Passes: the dates agree at the precision of the less precise one." : null;
}
