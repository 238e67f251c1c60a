import { describe, expect, it } from "vitest";
import { formatScaledFigure } from "../../src/lib/format-scaled-figure.ts";

describe("formatScaledFigure", () => {
  it("writes money with its scale in words, as precise as printed", () => {
    expect(formatScaledFigure({ amount: "445", scale: "millions", unit: "dollars" })).toBe("$445 million");
    expect(formatScaledFigure({ amount: "-12.5", scale: "millions", unit: "dollars" })).toBe("-$12.5 million");
    expect(formatScaledFigure({ amount: "7791510", scale: null, unit: "dollars" })).toBe("$7,791,510");
    expect(formatScaledFigure({ amount: "121.40", scale: null, unit: "dollars" })).toBe("$121.40");
  });

  it("writes a percent with its sign and a bare number as it is", () => {
    expect(formatScaledFigure({ amount: "11.2", scale: null, unit: "percent" })).toBe("11.2%");
    expect(formatScaledFigure({ amount: "1204.7", scale: "thousands", unit: null })).toBe("1,204.7 thousand");
  });
});
