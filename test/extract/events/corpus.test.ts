import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { collapseSpaces } from "../../../src/extract/filing-doc.ts";
import { docFromSource } from "../../support/docs.ts";
import { CORPUS_SKIP_NOTE, HAS_CORPUS, corpusTextFiles } from "../../support/paths.ts";

/** True for "YYYY-MM-DD", "YYYY-MM" or "YYYY" naming a real day, month or year. */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe.skipIf(!HAS_CORPUS)(`extractEvents on the corpus${CORPUS_SKIP_NOTE}`, () => {
  const cases = corpusTextFiles().map((path) => [basename(path), path] as const);

  it.each(cases)("%s: runs, quotes every event in its section, with real dates in order", (name, path) => {
    const doc = docFromSource(readFileSync(path, "utf8"), `content/sources/${name}`);
    if (!doc) return;
    const events = extractEvents(doc);
    for (const event of events) {
      expect(collapseSpaces(doc.sectionText.get(event.source.section) ?? "").includes(collapseSpaces(event.source.quote)), event.source.quote).toBe(true);
      expect(isIsoDate(event.date), event.date).toBe(true);
      if (event.end !== null) expect(isIsoDate(event.end) && event.end >= event.date, `${event.date} to ${event.end}`).toBe(true);
      expect(event.title.length).toBeGreaterThan(0);
      expect(event.title.length).toBeLessThanOrEqual(80);
    }
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});
