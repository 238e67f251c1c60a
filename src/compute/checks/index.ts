export * from "./build-checks.ts";
export * from "./compare.ts";
export * from "./format.ts";
export * from "./finding.ts";
