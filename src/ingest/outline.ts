import { slugify } from "../lib/slug.ts";
import type { ClauseNode, DocNode, TableNode } from "./document.ts";
import type { TextBlock } from "./classify.ts";
import { idPath, placeLabel, referenceLabel, resolveLabel, type OpenLevel } from "./clause-path.ts";
import type { ItemLabel } from "./labels.ts";

/** Where a document part sits in the filing: its id prefix and label (e.g. an exhibit or an EDGAR document). */
export interface PartContext {
  readonly prefix: string;
  readonly label: string | null;
}

/** A block ready for the outline: a classified text block or an already built table. */
export type OutlineBlock = TextBlock | { readonly kind: "table"; readonly table: TableNode };

const EXHIBIT_HEADING = /^EXHIBIT\s+([A-Z0-9][A-Z0-9.-]*)$/i;
const NOTE_LABELS = new Set(["digit", "upper", "letter"]);

/**
 * Footnotes numbered "1.", "2." under a table are notes when they start at 1 right below it and go on
 * in order; any other numbered item after a table is a section or clause of the text.
 */
function isNumberedNote(table: TableNode, label: ItemLabel): boolean {
  if (label.type !== "number" || !/^\d+$/.test(label.value)) return false;
  if (table.notes.length === 0) return label.value === "1";
  // The last numbered note, past any lettered sub-notes under it ("5. … consist of:" / "a. …" / "b. …").
  const numbers = table.notes.flatMap((note) => (note.type === "paragraph" ? [/^(\d+)\.\s/.exec(note.text)?.[1]] : [])).filter(Boolean);
  const previous = numbers.at(-1);
  return previous !== undefined && Number(previous) + 1 === Number(label.value);
}

/** Builds a document part's tree: headings, sections, nested clauses, tables and their notes, with ids. */
export class OutlineBuilder {
  readonly nodes: DocNode[] = [];
  private part: PartContext;
  private headingId: string | undefined;
  private headingIsTitle = false;
  private stack: OpenLevel[] = [];
  private lastTable: TableNode | undefined;
  private underArticle = false;
  private titlePending = false;

  constructor(part: PartContext) {
    this.part = part;
  }

  /** Adds the blocks of one document part. */
  addAll(blocks: readonly OutlineBlock[]): void {
    for (let i = 0; i < blocks.length; i += 1) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      // A document's own exhibit label above its title ("Exhibit 10.2" over "CONSULTING AGREEMENT") names the
      // document; it is not an exhibit appended to it, so its sections keep their own ids and labels.
      if (block.kind === "heading" && EXHIBIT_HEADING.test(block.text) && this.nodes.length === 0) {
        this.nodes.push({ type: "paragraph", text: block.text, line: block.line });
        continue;
      }
      if (block.kind === "heading" && EXHIBIT_HEADING.test(block.text) && next?.kind === "heading") {
        this.addExhibit(block.text, next.text, block.line);
        i += 1;
      } else this.add(block);
    }
  }

  private add(block: OutlineBlock): void {
    if (this.addNote(block)) return;
    this.lastTable = undefined;
    switch (block.kind) {
      case "heading":
        return EXHIBIT_HEADING.test(block.text) ? this.addExhibit(block.text, "", block.line) : this.addHeading(block.text, block.centered, block.line);
      case "item":
        return this.addItem(block);
      case "paragraph":
        return this.addLoose({ type: "paragraph", text: block.text, line: block.line });
      case "lines":
        return this.addLoose({ type: "lines", lines: block.lines, line: block.line });
      case "table":
        this.addLoose(block.table);
        this.lastTable = block.table;
        (block.table as { contextId?: string }).contextId = this.headingId;
    }
  }

  /** Notes under a table ("(1) Salaries are…", "*Less than 1%") stay with the table. */
  private addNote(block: OutlineBlock): boolean {
    const table = this.lastTable;
    if (!table) return false;
    if (block.kind === "item" && (NOTE_LABELS.has(block.label.type) || isNumberedNote(table, block.label))) {
      const text = [block.label.printed, block.title, block.text].filter(Boolean).join(" ");
      table.notes.push({ type: "paragraph", text, line: block.line });
      return true;
    }
    // "a. …" under a numbered note is a sub-note of it.
    if (block.kind === "paragraph" && /^[a-z]\.\s/.test(block.text) && table.notes.some((note) => note.type === "paragraph" && /^\d+\.\s/.test(note.text))) {
      table.notes.push({ type: "paragraph", text: block.text, line: block.line });
      return true;
    }
    // "* Less than 1%": an asterisk note, whether it reads as a paragraph or as a bullet.
    if (block.kind === "item" && block.label.type === "bullet" && block.label.value === "*") {
      table.notes.push({ type: "paragraph", text: `* ${block.text}`, line: block.line });
      return true;
    }
    if (block.kind === "paragraph" && block.text.startsWith("*")) {
      table.notes.push({ type: "paragraph", text: block.text, line: block.line });
      return true;
    }
    return false;
  }

  private addExhibit(marker: string, title: string, line: number): void {
    const letter = EXHIBIT_HEADING.exec(marker)![1]!;
    const label = `Exhibit ${letter}`;
    const id = slugify(`${marker} ${title}`);
    this.part = { prefix: `${slugify(marker)}-`, label };
    this.nodes.push({ type: "heading", depth: 2, text: title ? `${marker} ${title}` : marker, id, label, line });
    this.enterHeading(id, true);
  }

  /** Adds the heading of one EDGAR document of a submission; its first own heading is then its title. */
  addPartHeading(text: string, part: PartContext, line: number): void {
    this.part = part;
    const id = part.label ? slugify(part.label) : slugify(text);
    this.nodes.push({ type: "heading", depth: 2, text, id, label: part.label, line });
    this.enterHeading(id, true);
    this.titlePending = true;
  }

  private addHeading(text: string, centered: boolean, line: number): void {
    const isTitle = this.headingId === undefined || this.titlePending;
    this.titlePending = false;
    const id = slugify(text);
    this.nodes.push({ type: "heading", depth: isTitle || centered ? 2 : 3, text, id, label: null, line });
    this.enterHeading(id, isTitle);
  }

  private enterHeading(id: string, isTitle: boolean): void {
    this.headingId = id;
    this.headingIsTitle = isTitle;
    this.stack = [];
    this.underArticle = false;
  }

  private addItem(block: Extract<TextBlock, { kind: "item" }>): void {
    if (block.label.type === "bullet") return this.addBullet(block.text, block.line, block.ordinal);
    const label = resolveLabel(block.label, this.stack);
    const stack = placeLabel(this.stack, { label, clause: undefined });
    const isSection = (label.type === "number" || label.type === "article") && stack.length === 1 && block.title !== undefined;
    if (isSection) return this.addSection(stack, block.title!, block.text, block.line);
    const clause = this.makeClause(stack, block);
    const parent = stack.at(-2)?.clause;
    this.stack = [...stack.slice(0, -1), { label, clause }];
    if (parent) parent.children.push(clause);
    else this.nodes.push(clause);
  }

  private addSection(stack: OpenLevel[], title: string, rest: string, line: number): void {
    const label = stack[0]!.label;
    const titleSlug = slugify(title.replace(/\.$/, ""));
    const base = label.type === "article" ? `article-${label.value.toLowerCase()}` : `s${idPath(stack)}`;
    const id = `${this.part.prefix}${base}-${titleSlug}`;
    if (label.type === "article") this.underArticle = true;
    const depth = label.type === "number" && this.underArticle ? 4 : 3;
    this.nodes.push({ type: "heading", depth, text: `${label.printed} ${title}`, id, label: this.partLabel(referenceLabel(stack)), line });
    this.stack = stack;
    if (rest) this.nodes.push({ type: "paragraph", text: rest, line });
  }

  private makeClause(stack: readonly OpenLevel[], block: Extract<TextBlock, { kind: "item" }>): ClauseNode {
    const path = idPath(stack);
    const base = this.headingIsTitle || !this.headingId ? `${this.part.prefix}s${path}` : `${this.headingId}-${path}`;
    const titleSlug = block.title ? slugify(block.title.replace(/\.$/, "")) : "";
    const id = titleSlug ? `${base}-${titleSlug}` : base;
    const label = this.partLabel(referenceLabel(stack));
    return { type: "clause", id, label, printed: block.label.printed, title: block.title, text: block.text, children: [], line: block.line };
  }

  private partLabel(reference: string): string {
    return this.part.label ? `${this.part.label}, ${reference}` : reference;
  }

  private addBullet(text: string, line: number, ordinal: number | undefined): void {
    const container = this.openContainer();
    const last = container.at(-1);
    const numbered = ordinal !== undefined;
    // A numbered item joins the list before it only when it carries on its numbering.
    const continues =
      last?.type === "bullets" && (last.start !== undefined) === numbered && (!numbered || last.start! + last.items.length === ordinal);
    if (continues) (last.items as string[]).push(text);
    else container.push({ type: "bullets", items: [text], line, ...(numbered ? { start: ordinal } : {}) });
  }

  /** The children list new loose content goes to: the innermost open clause, else the top level. */
  private openContainer(): DocNode[] {
    const clause = [...this.stack].reverse().find((level) => level.clause)?.clause;
    return clause ? (clause.children as DocNode[]) : this.nodes;
  }

  /** Loose text closes open clauses (a clause is one paragraph) and goes to the top level. */
  private addLoose(node: DocNode): void {
    this.stack = this.stack.filter((level) => !level.clause);
    this.nodes.push(node);
  }
}
