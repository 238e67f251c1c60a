/** A term defined in a run of text: its key, how a reader sees it, the forms its uses take, and where. */
export interface DefinitionSpan {
  readonly key: string;
  readonly term: string;
  readonly forms: readonly string[];
  /** Offset of the defining words ("(the SERVICES)", `"Cause" … means`). */
  readonly start: number;
  readonly end: number;
}

const CAPS_WORD = String.raw`[A-Z0-9][A-Z0-9&'-]*[A-Z0-9]|[A-Z]`;
const CAPS_TERM = String.raw`(?:${CAPS_WORD})(?: (?:${CAPS_WORD}))*(?![A-Za-z])`;
const QUOTED = String.raw`["\u201c]([^"\u201c\u201d\n]{1,60}?)[,.]?["\u201d]`;
// "(the SERVICES)", "(the "Company")", "(collectively, the "Bank Waivers")", "(in each case, a SUCCESSOR ACCOUNT)".
// Only these words may stand before the term: `(as defined below under "Voting")` defines nothing.
const LEAD = String.raw`(?:(?:the|a|an|this|collectively|together|individually|each|in|case|hereinafter|herein),?\s+)`;
const PARENTHESIS = new RegExp(String.raw`\((${LEAD}{0,4})(?:${QUOTED}|(${CAPS_TERM}))\)`, "g");
// `"Cause" as used in this Agreement means`, `"Price" shall mean`.
const MEANS = new RegExp(String.raw`${QUOTED}\s+(?:as used in this [A-Za-z]+\s+)?(?:shall\s+)?means?\b`, "g");
// "is referred to as the CLOSING DATE".
const REFERRED = new RegExp(String.raw`referred to (?:herein |hereinafter )?as (?:the )?(?:${QUOTED}|(${CAPS_TERM}))`, "g");
const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/**
 * Returns the terms a text defines. A definition in capitals, "(the SERVICES)", is used in title case
 * ("the Services") or as printed; a quoted one, `(the "Company")`, as printed. "(this AGREEMENT)" names
 * the document itself and defines nothing to link; one letter ("(A)") or a roman numeral is a list mark.
 */
export function findDefinitions(text: string): DefinitionSpan[] {
  const found: DefinitionSpan[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    if (/\bthis\b/.test(match[1]!)) continue;
    const span = definitionSpan(match[2], match[3], match.index, match.index + match[0].length);
    if (span) found.push(span);
  }
  for (const match of text.matchAll(MEANS)) {
    const span = definitionSpan(match[1], undefined, match.index, match.index + match[0].length);
    if (span) found.push(span);
  }
  for (const match of text.matchAll(REFERRED)) {
    const span = definitionSpan(match[1], match[2], match.index, match.index + match[0].length);
    if (span) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

function definitionSpan(quoted: string | undefined, caps: string | undefined, start: number, end: number): DefinitionSpan | undefined {
  const printed = (quoted ?? caps ?? "").trim();
  if ((printed.match(/[A-Za-z]/g) ?? []).length < 2 || /^[IVXLC]+$/.test(printed)) return undefined;
  if (quoted !== undefined) return { key: termKey(printed), term: printed, forms: [printed], start, end };
  const titled = titleCase(printed);
  return { key: termKey(titled), term: titled, forms: withPlural([titled, printed]), start, end };
}

/** Returns the key two printed forms of a term share: lowercase, single spaces. */
export function termKey(term: string): string {
  return term.toLowerCase().replace(/\s+/g, " ").trim();
}

/** "PROXY HOLDER" → "Proxy Holder", small words lowercase after the first. */
function titleCase(caps: string): string {
  return caps
    .split(" ")
    .map((word, index) => {
      const lower = word.toLowerCase();
      return index > 0 && SMALL_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(" ");
}

/** Uses of a term defined in capitals may be plural ("Successor Accounts" for "a SUCCESSOR ACCOUNT"); quoted ones are used as quoted. */
function withPlural(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((form) => [form, ...pluralOf(form)]))];
}

function pluralOf(form: string): string[] {
  if (/[sS]$/.test(form) || !/[A-Za-z]$/.test(form)) return [];
  const caps = /[A-Z]$/.test(form);
  if (/[^aeiouAEIOU][yY]$/.test(form)) return [`${form.slice(0, -1)}${caps ? "IES" : "ies"}`];
  return [`${form}${caps ? "S" : "s"}`];
}
