import { OFFICE_WORDS } from "./person-names.ts";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** A date as biographies print it: "1991", "September 2001", "October 3, 2002". */
export const DATE = String.raw`(?:${MONTH}\s+(?:\d{1,2},\s*)?)?(?:19|20)\d{2}`;

const RANGE = new RegExp(String.raw`\b(?:from\s+)?(${DATE})\s*(?:to|until|through|-|–)\s*(${DATE}|the present|present)\b`, "i");
const SINCE = new RegExp(String.raw`\bsince\s+(${DATE})`, "i");
const AT_DATE = new RegExp(String.raw`\b(?:in|on|as of|effective)\s+(${DATE})`, "i");

/** The dates a statement gives a role, as precise as printed. */
export interface RoleDates {
  readonly from: string | null;
  readonly to: string | null;
}

/** Returns a printed date as "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null when it is not one. */
export function parsePrintedDate(text: string): string | null {
  const match = new RegExp(String.raw`^(?:(${MONTH})\s+(?:(\d{1,2}),\s*)?)?((?:19|20)\d{2})$`, "i").exec(text.trim());
  if (!match) return null;
  const [, month, day, year] = match;
  if (!month) return year!;
  const mm = String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, "0");
  return day ? `${year}-${mm}-${day.padStart(2, "0")}` : `${year}-${mm}`;
}

/**
 * Returns the dates a clause gives its role: a range ("from 1991 to 2002"), a start ("since 1996"), or a single
 * date that starts the role for verbs like "became" and ends it for verbs like "resigned".
 */
export function findRoleDates(clause: string, event: "start" | "end" | "state"): RoleDates {
  const range = RANGE.exec(clause);
  if (range) return { from: parsePrintedDate(range[1]!), to: /present/i.test(range[2]!) ? null : parsePrintedDate(range[2]!) };
  const since = SINCE.exec(clause);
  if (since) return { from: parsePrintedDate(since[1]!), to: null };
  const at = event === "state" ? null : AT_DATE.exec(clause);
  if (!at) return { from: null, to: null };
  const date = parsePrintedDate(at[1]!);
  return event === "start" ? { from: date, to: null } : { from: null, to: date };
}

/** Where a title stops and the rest of a clause (dates, descriptions of the firm) begins. */
const TITLE_END = new RegExp(
  [
    String.raw`\s+(?:in|on)\s+(?=${DATE}|\w+\s+(?:19|20)\d{2})`,
    String.raw`\s+(?:since|from|until|through|upon|effective|as of|during|after|before|when|where|pursuant|whereby|following)\s`,
    String.raw`,\s+(?:a|an|the|which|who|where|and|or|managing|retiring|effective|since|from|until|for|based|having)\b`,
    String.raw`\s+\(`,
    String.raw`\s+in\s+(?=[a-z]+ing\b)`,
    String.raw`;`,
  ].join("|"),
);

/** Returns the title part of a clause: up to its dates, firm description or next clause, without end punctuation. */
export function cutTitle(text: string): string {
  const end = TITLE_END.exec(text);
  const title = (end ? text.slice(0, end.index) : text).trim().replace(/,$/, "");
  return /\b(?:Inc|Co|Corp|Ltd|L\.P|N\.A)\.$/.test(title) ? title : title.replace(/[.,:]$/, "");
}

/** A firm's name: capitalised words, with "&", "and", "of", "the" and legal forms after commas. */
const ORGANIZATION = /^[A-Z0-9][\w.&'-]*(?:,?\s+(?:[A-Z0-9&][\w.&'-]*|of|and|the|de|du))*$/;

/** Returns the title and the organisation a title phrase names ("President of Acme Corp."), else the fallback. */
export function splitTitle(text: string, company: string, fallback: string | null): { title: string; organization: string | null } {
  const own = /^(.*?)\s+of\s+the\s+(?:Company|Corporation|Registrant|Bank)$/.exec(text);
  if (own) return { title: own[1]!, organization: company };
  for (const match of text.matchAll(/\s+(?:of|at|for|with|in)\s+(?=[A-Z0-9])/g)) {
    const title = text.slice(0, match.index);
    const organization = text.slice(match.index + match[0].length).replace(/,\s+[a-z].*$/, "").trim();
    if (ORGANIZATION.test(organization) && hasOfficeWord(title) && !hasOfficeWord(organization)) return { title, organization };
  }
  return { title: text, organization: fallback };
}

/** True when the phrase names an office: "tax partner", "Director", "Chief Executive Officer". */
export function hasOfficeWord(text: string): boolean {
  return text.split(/[\s,]+/).some((word) => OFFICE_WORDS.has(word.toLowerCase().replace(/[.()]/g, "")));
}

/** Returns a list of firms as separate names: "A, Inc., B Fund, Inc. and C" → ["A, Inc.", "B Fund, Inc.", "C"]. */
export function splitOrganizations(list: string): string[] {
  return list
    .replace(/\.$/, "")
    .split(/,\s+(?!(?:Inc|Corp|Co|Ltd|LLP|LLC|L\.P|N\.A)\b)|,?\s+and\s+(?=[A-Z])/)
    .map((name) => name.trim())
    .filter((name) => /^[A-Z0-9]/.test(name));
}
