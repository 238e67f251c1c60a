/** A node of a filing's document tree, as ingest writes it to Markdown. */
export type DocNode = HeadingNode | ParagraphNode | LinesNode | BulletsNode | ClauseNode | TableNode | CodeNode;

/** A heading with its permanent id and the filing's own number for it, if any. */
export interface HeadingNode {
  readonly type: "heading";
  readonly depth: 2 | 3 | 4;
  readonly text: string;
  id: string;
  readonly label: string | null;
  readonly line: number;
}

/** A paragraph un-wrapped into one line of text. */
export interface ParagraphNode {
  readonly type: "paragraph";
  readonly text: string;
  readonly line: number;
}

/** Lines kept as printed (signature blocks, addresses, letterheads), each on its own line. */
export interface LinesNode {
  readonly type: "lines";
  readonly lines: readonly string[];
  readonly line: number;
}

/** A bulleted list. */
export interface BulletsNode {
  readonly type: "bullets";
  readonly items: readonly string[];
  /** The number of the first item of a numbered list (an HTML `<ol>`); absent for bullets. */
  readonly start?: number;
  readonly line: number;
}

/** A numbered or lettered item, addressable on its own, with nested items. */
export interface ClauseNode {
  readonly type: "clause";
  id: string;
  /** The filing's own reference for it, e.g. "4(b)". */
  readonly label: string;
  /** The label as printed at its start, e.g. "(b)". */
  readonly printed: string;
  readonly title: string | undefined;
  readonly text: string;
  readonly children: DocNode[];
  readonly line: number;
}

/** A table with its own id, optional heading and introduction, and its notes. */
export interface TableNode {
  readonly type: "table";
  id: string;
  heading: { readonly depth: 2 | 3 | 4; readonly text: string } | undefined;
  intro: DocNode[];
  readonly caption: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes: DocNode[];
  /** First and last source line of the table itself. */
  readonly lines: readonly [number, number];
  readonly line: number;
}

/** Text kept verbatim in a code block (the EDGAR submission header). */
export interface CodeNode {
  readonly type: "code";
  readonly text: string;
  readonly line: number;
}
