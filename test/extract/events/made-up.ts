import { extractEvents } from "../../../src/extract/events/index.ts";
import type { FilingDoc } from "../../../src/extract/filing-doc.ts";
import type { TimelineEvent } from "../../../src/model/facts.ts";
import { docFromMarkdown } from "../../support/docs.ts";

/** Returns a made-up filing of a made-up company with the given Markdown body: a consulting agreement unless told otherwise. */
export function madeUpDoc(body: string, options: { kind?: string; date?: string } = {}): FilingDoc {
  const kind = options.kind ?? "consulting agreement";
  const date = options.date ?? "2002-10-02";
  const slug = kind.replace(/\s+/g, "-");
  const frontmatter = [
    "---",
    `title: "${kind.replace(/\b\w/g, (c) => c.toUpperCase())}"`,
    `kind: "${kind}"`,
    "label: null",
    'company: "Bluegill Lantern"',
    `date: "${date}"`,
    "parties:",
    '  - name: "Bluegill Lantern"',
    '    role: "COMPANY"',
    "source:",
    `  path: "content/sources/bluegill-${date}-${slug}.txt"`,
    `  sha256: "${"0".repeat(64)}"`,
    "---",
    "",
  ].join("\n");
  return docFromMarkdown(`${frontmatter}## TERMS {#terms}\n\n${body}\n`, `content/filings/bluegill-${date}-${slug}.md`);
}

/** Returns the events of a made-up filing whose body is the given Markdown. */
export function eventsOf(body: string, options: { kind?: string; date?: string } = {}): TimelineEvent[] {
  return extractEvents(madeUpDoc(body, options));
}

/** Returns the event's date fields only, for comparing with expected values. */
export function datesOf(event: TimelineEvent): Pick<TimelineEvent, "date" | "precision" | "end" | "incomplete" | "derived" | "recurrence"> {
  const { date, precision, end, incomplete, derived, recurrence } = event;
  return { date, precision, end, incomplete, derived, recurrence };
}
