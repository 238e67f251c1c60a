/** The kinds of link the text of a filing can make, a fixed vocabulary published in data/references.json. */
export const REFERENCE_KINDS = ["section", "document", "exhibit", "term", "person"] as const;

/** What a reference points at: a numbered or titled section, a whole document, an exhibit, a defined term or a person. */
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** What a stretch of filing text asks for, before it is looked up in the collection. */
export type ReferenceAsk =
  /** "Section 4(b) below", "Paragraph 2 of the Stock Purchase Agreement": one label, and the document named, if any. */
  | { readonly kind: "section"; readonly label: string; readonly document: string | null }
  /** A section of the same filing named by its title: `see "Certain Transactions"`. */
  | { readonly kind: "section-title"; readonly title: string }
  /** "Exhibit B", "Exhibit 10.3 to this Form 8-K": the exhibit's letter or number and the document it is attached to. */
  | { readonly kind: "exhibit"; readonly exhibit: string; readonly container: string | null }
  /** "the Consulting Agreement", "Form 8-K dated June 12, 2002": a title or a form, with its date when printed. */
  | { readonly kind: "document"; readonly name: string; readonly form: string | null; readonly date: string | null; readonly self: boolean }
  /** A use of a term the filing defines, by the term's key. */
  | { readonly kind: "term"; readonly key: string }
  /** A name or alias of a person of the people registry, by the person's id. */
  | { readonly kind: "person"; readonly person: string };

/** A reference found in a run of text: where it is, the words as printed and what it asks for. */
export interface TextMention {
  /** Offset of the first character in the text searched. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The words as printed. */
  readonly text: string;
  readonly ask: ReferenceAsk;
}

/** A term a filing defines: "(the SERVICES)", `"Cause" as used in this Agreement means …`, `(the "Company")`. */
export interface TermDefinition {
  /** Lowercase key shared by every printed form, e.g. "services". */
  readonly key: string;
  /** The term as a reader uses it, e.g. "Services". */
  readonly term: string;
  /** The printed forms a use of the term may take, e.g. "Services" and "SERVICES". */
  readonly forms: readonly string[];
  /** Anchor id of the section, clause or table whose text defines it. */
  readonly section: string;
  /** The sentence that defines it, spaces collapsed. */
  readonly definition: string;
  /** 1-based line in the Markdown file. */
  readonly line: number;
}

/** A section of a filing as references resolve against it. */
export interface CatalogSection {
  readonly id: string;
  /** The filing's own number for it ("4(b)", "Exhibit A, 2", "Exhibit B"), or null. */
  readonly label: string | null;
  readonly title: string;
  readonly kind: "heading" | "clause" | "table";
  /** The exhibit the section belongs to ("Exhibit A"), or null for the main document. */
  readonly part: string | null;
  /** Ids of the sections that contain it, outermost first. */
  readonly ancestors: readonly string[];
}

/** A filing as references resolve against it: its frontmatter facts, sections and defined terms. */
export interface CatalogFiling {
  readonly id: string;
  readonly title: string;
  /** Lowercase kind, e.g. "consulting agreement". */
  readonly kind: string;
  /** Exhibit or form label the text states ("Exhibit 10.2"), or null. */
  readonly label: string | null;
  readonly company: string;
  /** ISO date the document is dated as of. */
  readonly date: string;
  /** Sections in document order. */
  readonly sections: readonly CatalogSection[];
  /** Terms the filing defines, in document order. */
  readonly terms: readonly TermDefinition[];
}

/** The printed forms of a person's name, from the people registry. */
export interface PersonNames {
  readonly id: string;
  /** The canonical name and every alias, exactly as filings print them. */
  readonly forms: readonly string[];
}

/** Everything references are looked up in: every filing of the collection and every person. */
export interface ReferenceCatalog {
  /** Filings oldest first, ties broken by id. */
  readonly filings: readonly CatalogFiling[];
  readonly people: readonly PersonNames[];
}

/** Where a reference leads: a filing (and a section of it), or a person's page. */
export interface ReferenceTarget {
  /** Filing id, or null for a person. */
  readonly filing: string | null;
  /** Anchor id in the filing, or null for the filing as a whole. */
  readonly section: string | null;
  /** Person id, for a link to a person's page; otherwise null. */
  readonly person: string | null;
  /** For a defined term, the sentence that defines it; otherwise null. */
  readonly definition: string | null;
}

/** A mention whose target has been looked up: null when the target is not in the collection. */
export interface LinkedMention extends TextMention {
  readonly kind: ReferenceKind;
  readonly target: ReferenceTarget | null;
}

/** The place in a filing that makes a reference. */
export interface ReferencePlace {
  readonly filing: string;
  /** Anchor id of the innermost section, clause or table holding the words. */
  readonly section: string;
  /** The sentence holding the reference, spaces collapsed. */
  readonly quote: string;
  /** 1-based line in the Markdown file. */
  readonly line: number;
}

/** One reference as the page links it (or lists it as missing). */
export interface Reference {
  readonly from: ReferencePlace;
  /** The words as printed. */
  readonly text: string;
  readonly kind: ReferenceKind;
  /** Null when the target is not in the collection. */
  readonly target: ReferenceTarget | null;
  readonly resolved: boolean;
}

/** A place that cites a filing or a section, with the words it uses. */
export interface CitingPlace {
  readonly filing: string;
  readonly section: string;
  /** The words as printed, each once, in order of first use. */
  readonly texts: readonly string[];
}

/** Every reference of the collection, and for each filing and section the places that cite it. */
export interface ReferenceIndex {
  /** In filing order, then document order. */
  readonly references: readonly Reference[];
  /**
   * Citing places by target filing id, then by target section id ("" for the filing as a whole), in
   * filing and document order. Only sections, documents and exhibits are cited; terms and people are not.
   */
  readonly citedBy: Readonly<Record<string, Readonly<Record<string, readonly CitingPlace[]>>>>;
}
