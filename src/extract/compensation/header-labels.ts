// Footnote marks "(1)", column letters "(b)", "(b)(1)", and symbols "*", "†", "‡" that point to notes; "($)" and
// "(#)" say the unit. None of them is part of what a header names.
const MARKS = /\s*(?:\((?:\d{1,2}|[A-Za-z]|\$|#|%)\)|[*†‡])/g;

// Words of a header that describe a column rather than name a person.
const NOT_A_NAME =
  /\b(?:PEOs?|CEOs?|NEOs?|Principal|Executive|Officers?|Total|Compensation|Summary|Table|SCT|CAP|Actually|Paid|Average|Former|Current|First|Second|Third|Interim|Reported|Value|Investment)\b/i;
const PERSON = /^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,4}$/;

/** Returns a header as a label: footnote marks, column letters and unit marks taken out, spaces single ("Adjusted EBIT (7) * (i)" → "Adjusted EBIT"). */
export function formatHeaderLabel(header: string): string {
  return header.replace(MARKS, " ").replace(/\s+/g, " ").trim();
}

/** Returns the words after a group's ":" in a stacked header ("Company-Selected Measure: Adjusted EPS" → "Adjusted EPS"). */
export function headerLeaf(label: string): string {
  const colon = label.lastIndexOf(":");
  return colon >= 0 ? label.slice(colon + 1).trim() : label;
}

/**
 * Returns the person a column header names: "Summary Compensation Table Total for Jane Roe", "Compensation
 * Actually Paid to Mr. Doe", "SCT Total for First PEO (John Doe)", a stacked "Jane Roe: SCT Total", or a
 * header that is only a name under its group; null for "SCT Total Compensation for PEO".
 */
export function findPersonInHeader(header: string): string | null {
  const label = formatHeaderLabel(header);
  const candidates = [
    ...[...label.matchAll(/\(([^()]+)\)/g)].map((match) => match[1]!),
    /\b(?:for|to)\s+(?:the\s+)?([^,(]+)/i.exec(label)?.[1] ?? "",
    ...label.split(":"),
  ];
  return candidates.map((text) => text.trim()).find((text) => PERSON.test(text) && !NOT_A_NAME.test(text)) ?? null;
}
