export { extractCompensation } from "./extract-compensation.ts";
export { parseCell, type CellReading, type ParsedCell } from "./parse-cell.ts";
export { centsOf, countOf, percentOf, decimalToCents, type CellValue } from "./cell-values.ts";
