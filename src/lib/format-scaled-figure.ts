/** A figure as a filing prints it: an exact decimal, the multiple it is in, and its unit. */
export interface ScaledFigure {
  /** Exact decimal without commas, negative with a leading "-": "445", "-12.5", "121.40". */
  readonly amount: string;
  readonly scale: "thousands" | "millions" | "billions" | null;
  readonly unit: "dollars" | "percent" | null;
}

/** Returns a figure for reading, exactly as precise as printed: "$445 million", "-$12.5 million", "$7,791,510", "11.2%", "1.45". */
export function formatScaledFigure(figure: ScaledFigure): string {
  const negative = figure.amount.startsWith("-");
  const [integer = "0", fraction] = figure.amount.replace(/^-/, "").split(".");
  const digits = `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
  const scale = figure.scale ? ` ${figure.scale.replace(/s$/, "")}` : "";
  if (figure.unit === "dollars") return `${negative ? "-" : ""}$${digits}${scale}`;
  return `${negative ? "-" : ""}${digits}${figure.unit === "percent" ? "%" : ""}${scale}`;
}
