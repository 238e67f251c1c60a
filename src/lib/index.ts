export * from "./diagnostic.ts";
export * from "./slug.ts";
export * from "./format-date.ts";
export * from "./format-partial-date.ts";
export * from "./money.ts";
export * from "./value-at.ts";
export * from "./format-scaled-figure.ts";
