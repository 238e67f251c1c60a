import type { Party } from "../model/frontmatter.ts";

const TERM = /\(\s*(the\s+|this\s+)?["“]?([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2})["”]?\s*\)/g;
const ENTITY_CLAUSE = /,\s+an?\s+(?:[A-Z][a-z]+\s+){1,3}(?:corporation|limited liability company|limited partnership|general partnership|partnership|company|association|bank|trust)\s*$/;
const NAME_TOKEN = /^(?:[A-Z][\w.'&-]*,?|[A-Z]\.|&|of|and|de|van|von|der|la)$/;
const CONNECTOR = /^(?:&|of|and|de|van|von|der|la)$/;
const GOVERNING_BODY = /^(?:(?:Board|Directors|Committee|Compensation|Audit|Annual|Special|Meeting|Shareholders|Stockholders|Members|Officers|of|the)\s+)+(?=[A-Z])/;
const NOT_A_NAME = /^(?:the|this|that|such|each|any|all|whereas|now|in|if|on|at|by|for|section|paragraph|exhibit|article|schedule|annex)$/i;
const NOT_A_ROLE = /(?:ZIP CODE|NUMBER|IDENTIFICATION|JURISDICTION|ADDRESS|TELEPHONE|MEETING|AGREEMENT|PROXY|NOTE|PLAN|PLANS|GUARANTY|SHARES|SERVICES|CLOSING|BOARD|COMMITTEE|STOCK|ACCOUNT|DATE|PRICE|INSTALLMENT|CHARTER)$/;

/** Returns the parties a text defines with a role ("Name (the ROLE)"), in order of first definition. */
export function extractParties(text: string): Party[] {
  const flat = text.replace(/\s+/g, " ");
  const parties: Party[] = [];
  for (const match of flat.matchAll(TERM)) {
    const term = match[2]!;
    const role = term.toUpperCase();
    if (!isDefinedTerm(match[0], match[1], term) || role.replace(/\s/g, "").length < 3 || NOT_A_ROLE.test(role)) continue;
    const printed = nameBefore(flat.slice(Math.max(0, match.index - 160), match.index));
    if (!printed || isAbbreviation(printed, role)) continue;
    // "the Board of Directors of Acme Corp. (the Company)" defines Acme Corp., not its board.
    const name = printed.replace(GOVERNING_BODY, "");
    if (!/[A-Za-z]{2}/.test(name) || parties.some((p) => p.role === name.toUpperCase())) continue;
    // A role is defined once; a later "(the Company)" after a longer phrase is the same party again.
    if (!parties.some((p) => p.role === role)) parties.push({ name, role });
  }
  return parties;
}

/**
 * A defined term is introduced by "the", set in quotes, or printed in capitals ("(the Company)",
 * ("Buyer"), (PROXY HOLDER)); a cover page's "(Commission File Number)" is a field label, not a term.
 */
function isDefinedTerm(whole: string, article: string | undefined, term: string): boolean {
  if (article?.trim() === "this" || /[a-z][A-Z]/.test(term) || term.split(/\s+/).length > 2) return false;
  return article?.trim() === "the" || /["“]/.test(whole) || term === term.toUpperCase();
}

/** Returns the proper name that ends the text (after any ", a California corporation"), if any. */
function nameBefore(text: string): string | undefined {
  const words = text.trimEnd().replace(ENTITY_CLAUSE, "").trimEnd().split(" ");
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i]!;
    if (!NAME_TOKEN.test(word) || (word.endsWith(",") && name.length > 0 && !/^(Inc|Ltd|LLC|LLP|L\.P)\.?$/.test(name[0]!))) break;
    name.unshift(word);
  }
  while (name.length && (CONNECTOR.test(name[0]!) || NOT_A_NAME.test(name[0]!))) name.shift();
  const joined = name.join(" ").replace(/,$/, "");
  return /[A-Za-z]{2}/.test(joined) ? joined : undefined;
}

/** A short name for an organisation ("Singer Lewak", "HCV", "LABA") is not a role. */
function isAbbreviation(name: string, role: string): boolean {
  const words = name.split(/[\s,&]+/).filter(Boolean);
  const upperWords = words.map((w) => w.toUpperCase().replace(/[.,]$/, ""));
  if (role.split(" ").some((part) => upperWords.includes(part))) return true;
  // Initials count small words too: "Department of Energy" → DOE.
  const initials = words.map((w) => w[0]!.toUpperCase()).join("");
  const letters = role.replace(/\s/g, "");
  return letters.length <= 5 && [...letters].every((letter) => initials.includes(letter));
}
