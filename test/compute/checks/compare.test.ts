import { describe, expect, it } from "vitest";
import { formatCentsRatio, formatDateDifference, formatDifference, formatPercentRatio, judge, whole } from "../../../src/compute/checks/index.ts";

const exact = (value: number, precision: number) => ({ value, precision, approximate: false });
const about = (value: number, precision: number) => ({ value, precision, approximate: true });

describe("judge", () => {
  it("passes a whole-dollar amount that the exact product rounds to, and reports that it differs", () => {
    const verdict = judge(whole(1_436_179 * 185), exact(265_693_100, 100));
    expect(verdict).toEqual({ pass: true, withinTolerance: true, allowance: 0 });
  });

  it("rounds half up: $3.125 rounds to $3.13, not to $3.12", () => {
    const quotient = { numerator: 30_000_000n, denominator: 96_000n };
    expect(judge(quotient, exact(313, 1)).pass).toBe(true);
    expect(judge(quotient, exact(312, 1)).pass).toBe(false);
  });

  it("fails a share total that differs by ten shares", () => {
    expect(judge(whole(2_338_665), exact(2_338_655, 1))).toMatchObject({ pass: false, withinTolerance: false });
  });

  it("adds up the allowances of approximate figures: half the last non-zero digit of each", () => {
    const inputs = [exact(265_693_100, 100), about(89_500_000, 100_000), about(77_600_000, 100_000)];
    expect(judge(whole(88_593_100), about(88_700_000, 100_000), inputs)).toEqual({ pass: true, withinTolerance: true, allowance: 150_000 });
    expect(judge(whole(77_600_000), exact(77_700_000, 100), [about(77_600_000, 100_000)]).pass).toBe(false);
  });

  it("passes a percent that rounds to the printed whole percent", () => {
    expect(judge({ numerator: 2_338_665n * 100_000n, denominator: 9_329_232n }, exact(25_000, 1000)).pass).toBe(true);
    expect(judge({ numerator: 2_638_255n * 100_000n, denominator: 9_594_732n }, exact(28_000, 1000)).pass).toBe(false);
  });
});

describe("formatting differences", () => {
  it("states money, shares and percentage points with their units, exactly where the value is exact", () => {
    expect(formatDifference("money", whole(15))).toBe("$0.15");
    expect(formatDifference("money", whole(-100_000))).toBe("$1,000");
    expect(formatDifference("shares", whole(10))).toBe("10 shares");
    expect(formatDifference("percent", { numerator: 503n, denominator: 1n })).toBe("0.503 percentage points");
    expect(formatDifference("shares", whole(0))).toBeNull();
  });

  it("marks a value cut to its shown digits with an ellipsis", () => {
    expect(formatCentsRatio({ numerator: 30_000_000n, denominator: 116_666n })).toBe("$2.5714…");
    expect(formatCentsRatio({ numerator: 30_000_000n, denominator: 96_000n })).toBe("$3.125");
    expect(formatPercentRatio({ numerator: 2_338_665n * 100_000n, denominator: 9_329_232n })).toBe("25.068…%");
  });

  it("gives how far apart two dates are at the coarser precision", () => {
    expect(formatDateDifference("2004-10-02", "2004-10-02")).toBeNull();
    expect(formatDateDifference("2002-12-31", "2002-12")).toBeNull();
    expect(formatDateDifference("2005-03-03", "2006-03-03")).toBe("365 days");
    expect(formatDateDifference("2003-06-30", "2003-07")).toBe("1 month");
  });
});
