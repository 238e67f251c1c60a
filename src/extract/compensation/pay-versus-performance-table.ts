import type { PayVersusPerformanceFigure, PayVersusPerformancePeo, PayVersusPerformanceRow } from "../../model/pay-versus-performance.ts";
import type { Source } from "../../model/facts.ts";
import type { DocTable, FilingDoc } from "../filing-doc.ts";
import type { CellValue } from "./cell-values.ts";
import { formatHeaderLabel, headerLeaf } from "./header-labels.ts";
import { classifyPayVersusPerformanceColumns, isPayVersusPerformanceTable, type PayVersusPerformanceColumns, type PeoColumns } from "./pay-versus-performance-columns.ts";
import { parseCell, splitTrailingMarks, type ParsedCell } from "./parse-cell.ts";
import { RowReader, rowSource } from "./row-reader.ts";
import { parseHeaderScale, parseHeaderUnit, parseScaledFigure } from "./scaled-figure.ts";

const SINGLE_FIELDS = [
  "averageNonPeoTotal",
  "averageNonPeoActuallyPaid",
  "totalShareholderReturn",
  "peerGroupTotalShareholderReturn",
  "netIncome",
  "companySelectedMeasure",
] as const;

/** Returns the rows of every pay-versus-performance table of a filing, one per fiscal year. */
export function extractPayVersusPerformance(doc: FilingDoc): PayVersusPerformanceRow[] {
  return doc.tables.filter(isPayVersusPerformanceTable).flatMap((table) => readTable(doc, table));
}

function readTable(doc: FilingDoc, table: DocTable): PayVersusPerformanceRow[] {
  const columns = classifyPayVersusPerformanceColumns(table);
  const fields = fieldsOf(columns);
  const yearColumn = columns.kinds.indexOf("year");
  const names = peoNames(doc, table, columns.peos);
  const measure = columns.kinds.indexOf("companySelectedMeasure");
  return table.rows.flatMap((row, r) => {
    // Rows without a fiscal year are notes or labels printed inside the table, not figures of a year.
    if (yearColumn < 0 || readYear(parseCell(row[yearColumn] ?? "")).value === null) return [];
    const cells = new RowReader<string>(row, fields, table.header, []);
    const figure = (field: string): PayVersusPerformanceFigure | null => {
      const index = fields.indexOf(field);
      if (index < 0) return null;
      const column = { ...columnOf(table.header[index] ?? "", field), concept: table.concepts[r]?.[index] ?? null };
      return cells.read(field, (cell) => parseScaledFigure(cell, column));
    };
    const peos = columns.peos.map((_, i): PayVersusPerformancePeo => ({ ...names[i]!, total: figure(`peos[${i}].total`), actuallyPaid: figure(`peos[${i}].actuallyPaid`) }));
    const single = Object.fromEntries(SINGLE_FIELDS.map((field) => [field, figure(field)])) as Record<(typeof SINGLE_FIELDS)[number], PayVersusPerformanceFigure | null>;
    return [
      {
        year: cells.read("year", readYear),
        peos,
        ...single,
        companySelectedMeasureName: measure >= 0 ? headerLeaf(formatHeaderLabel(table.header[measure] ?? "")) || null : null,
        footnotes: cells.footnotes,
        unread: cells.unread,
        extra: cells.extra,
        source: rowSource(doc, table, row),
      },
    ];
  });
}

/** The field each column fills: "year", "peos[0].total", "netIncome", …; null for a column read as an extra cell. */
function fieldsOf(columns: PayVersusPerformanceColumns): (string | null)[] {
  const fields: (string | null)[] = columns.kinds.map((kind) => (kind === "peoTotal" || kind === "peoActuallyPaid" ? null : kind));
  columns.peos.forEach((peo, i) => {
    if (peo.total !== null) fields[peo.total] = `peos[${i}].total`;
    if (peo.actuallyPaid !== null) fields[peo.actuallyPaid] = `peos[${i}].actuallyPaid`;
  });
  return fields;
}

// Every column of Item 402(v) is in dollars except the company-selected measure, which may be a percent or a ratio.
function columnOf(header: string, field: string) {
  return { money: field !== "companySelectedMeasure", headerUnit: parseHeaderUnit(header), headerScale: parseHeaderScale(header) };
}

/** A fiscal year as printed: "2023", "2023 (1)", "FY 2023", "Fiscal 2023". */
function readYear(cell: ParsedCell): CellValue<number> {
  const match = /^(?:FY|Fiscal(?: Year)?)?\s*'?((?:19|20)\d{2})$/i.exec(splitTrailingMarks(cell.printed).body);
  if (match) return { value: Number(match[1]), problem: null };
  return { value: null, problem: cell.reading.kind === "blank" ? null : "not a fiscal year" };
}

/**
 * Each PEO's name and where it is printed: the column header, else, for a table with one PEO, the filing's
 * inline XBRL ecd:PeoName fact when every such fact names the same person. Two PEOs are never named by guess.
 */
function peoNames(doc: FilingDoc, table: DocTable, peos: readonly PeoColumns[]): Pick<PayVersusPerformancePeo, "name" | "nameSource" | "totalHeader" | "actuallyPaidHeader">[] {
  const tagged = doc.facts.filter((fact) => fact.concept === "ecd:PeoName" && fact.text !== "");
  const distinct = [...new Set(tagged.map((fact) => fact.text))];
  const headerOf = (index: number | null) => (index === null ? null : (table.header[index] ?? "").trim());
  return peos.map((peo) => {
    const headers = { totalHeader: headerOf(peo.total), actuallyPaidHeader: headerOf(peo.actuallyPaid) };
    if (peo.name) {
      const printed = [headers.totalHeader, headers.actuallyPaidHeader].find((header) => header?.includes(peo.name!)) ?? "";
      return { ...headers, name: peo.name, nameSource: source(doc.id, table.section, printed, table.line) };
    }
    const fact = peos.length === 1 && distinct.length === 1 ? tagged[0]! : null;
    return { ...headers, name: fact?.text ?? null, nameSource: fact ? source(doc.id, fact.section, fact.text, fact.line) : null };
  });
}

function source(filing: string, section: string, quote: string, line: number): Source {
  return { filing, section, quote, line };
}
