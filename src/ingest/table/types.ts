/** One line of a source filing: its text (tabs expanded, trailing spaces kept) and its 1-based line number. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

/** A fixed-width table turned into cells, one cell per printed column. */
export interface ParsedTable {
  /** Header text that spans every column (a title printed above the columns), in reading order. */
  readonly caption: readonly string[];
  /** One header per column: the header lines above the rule stacked top to bottom, joined by one space. */
  readonly header: readonly string[];
  /** Body rows, each with exactly `header.length` cells; "" where nothing is printed. */
  readonly rows: readonly (readonly string[])[];
  /** For each row, the source line numbers it was built from. */
  readonly rowLines: readonly (readonly number[])[];
  /** Source line numbers of rule lines (dashes, equals) inside the table that carry no words. */
  readonly ruleLines: readonly number[];
  /** Footnote text printed after an EDGAR `<FN>` tag inside the table, one entry per line. */
  readonly footnotes?: readonly string[];
}
