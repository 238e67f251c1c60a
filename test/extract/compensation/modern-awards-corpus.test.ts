import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCompensation } from "../../../src/extract/compensation/index.ts";
import type { Source } from "../../../src/model/facts.ts";
import { docFromSource } from "../../support/docs.ts";
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from "../../support/paths.ts";
import { isQuotedInSection } from "./made-up.ts";

const CABOT = join(CORPUS_DIR, "cabot-2024-def14a.html");

/** Every number anywhere in the facts, so a float would show. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe.skipIf(!HAS_CORPUS || !existsSync(CABOT))(`plan-based and outstanding equity awards of a 2024 inline-XBRL proxy${CORPUS_SKIP_NOTE}`, () => {
  const doc = HAS_CORPUS && existsSync(CABOT) ? docFromSource(readFileSync(CABOT, "utf8"), "content/sources/cabot-2024-def14a.html") : undefined;
  const facts = doc ? extractCompensation(doc) : undefined;

  it("reads each named executive officer's option grant of the Grants of Plan-Based Awards table as printed", () => {
    const grants = facts!.grants.map((g) => [g.name, g.awardType, g.options, g.exercisePrice, g.grantDate, g.grantDateFairValue, g.stated, g.grantTable]);
    expect(grants).toEqual([
      ["Sean D. Keohane", "Options", 71917, 7384, "2022-11-11", 189005100, "table", "plan-based awards"],
      ["Erica McLaughlin", "Options", 16647, 7384, "2022-11-11", 43750000, "table", "plan-based awards"],
      ["Karen A. Kalita", "Options", 9988, 7384, "2022-11-11", 26249500, "table", "plan-based awards"],
      ["Hobart C. Kalkstein", "Options", 13984, 7384, "2022-11-11", 36751400, "table", "plan-based awards"],
      ["Jeff Zhu", "Options", 13984, 7384, "2022-11-11", 36751400, "table", "plan-based awards"],
    ]);
  });

  it("reads the other awards of each officer, labelled by type under the name row", () => {
    const keohane = facts!.planBasedAwards.filter((a) => a.name === "Sean D. Keohane");
    expect(keohane.map((a) => [a.awardType, a.grantDate, a.thresholdPayout, a.targetPayout, a.maximumPayout, a.thresholdShares, a.targetShares, a.maximumShares, a.stockAwardShares, a.grantDateFairValue])).toEqual([
      ["TSU", "2022-11-11", null, null, null, null, null, null, 21939, 161997600],
      ["PSU", "2022-11-11", null, null, null, 12798, 25595, 51190, null, 188993500],
      ["Options", "2022-11-11", null, null, null, null, null, null, null, 189005100],
      ["STI", null, 46200000, 132000000, 264000000, null, null, null, null, null],
    ]);
    expect(facts!.planBasedAwards).toHaveLength(20);
    expect(new Set(facts!.planBasedAwards.map((a) => a.awardType))).toEqual(new Set(["TSU", "PSU", "Options", "STI"]));
  });

  it("reads one Outstanding Equity Awards fact per grant row, with the person of the row above, as printed", () => {
    const kalita = facts!.outstandingEquityAwards.filter((a) => a.name === "Karen A. Kalita");
    expect(
      kalita.map((a) => [a.grantDate, a.exercisable, a.unexercisable, a.exercisePrice, a.expiration, a.sharesNotVested, a.marketValueNotVested, a.unearnedShares, a.unearnedPayoutValue]),
    ).toEqual([
      ["2019-11-08", 13764, null, 5023, "2029-11-07", null, null, null, null],
      ["2020-11-13", 13544, 9030, 4097, "2030-11-12", 4576, 31698000, null, null],
      ["2020-11-13", null, null, null, null, 10678, 73966500, null, null],
      ["2021-11-12", 4278, 9985, 5827, "2031-11-11", 3346, 23177700, null, null],
      ["2021-11-12", null, null, null, null, 3563, 24680900, 1302, 9019000],
      ["2022-11-11", null, 9988, 7384, "2032-11-10", 3047, 21106600, null, null],
      ["2022-11-11", null, null, null, null, 353, 2445200, 1600, 11083200],
    ]);
    expect(kalita[4]!.footnotes).toEqual([{ field: "sharesNotVested", mark: "3" }, { field: "unearnedShares", mark: "6" }]);
    expect(facts!.outstandingEquityAwards).toHaveLength(49);
    expect(facts!.outstandingEquityAwards.every((a) => a.asOf === "2023-09-30" && a.unread.length === 0 && a.extra.length === 0)).toBe(true);
  });

  it("leaves the Outstanding Equity Awards table to its own reader, not the 1992–2006 year-end one", () => {
    expect(facts!.yearEndOptions).toEqual([]);
  });

  it("quotes every fact in its section and keeps every figure a whole number", () => {
    const sources: Source[] = Object.values(facts!).flatMap((items: readonly { source: Source }[]) => items.map((item) => item.source));
    for (const source of sources) expect(isQuotedInSection(doc!, source), `"${source.quote}" in ${source.section}`).toBe(true);
    expect(numbersIn(facts).every(Number.isSafeInteger)).toBe(true);
  });
});
