export { isRuleLine } from "./is-rule-line.ts";
export { parseFixedWidthTable } from "./parse-fixed-width-table.ts";
export type { ParsedTable, SourceLine } from "./types.ts";
