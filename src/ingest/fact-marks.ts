/**
 * An inline XBRL fact travels through ingest inside the text it tags, between three noncharacters:
 * START attributes MIDDLE text END. The Markdown writer turns each into a `:fact[text]{concept="…"
 * period="…"}` directive, so the concept stays on the printed figure. A filing's own noncharacters (raw or
 * written as character references) are removed before that, so no filing can forge a mark.
 */
const START = "\uFDD0";
const MIDDLE = "\uFDD1";
const END = "\uFDD2";
const MARK = /\uFDD0([^\uFDD1\uFDD2]*)\uFDD1([^\uFDD0\uFDD2]*)\uFDD2/g;
const ANY_MARK_CHARACTER = /[\uFDD0-\uFDD2]/g;
// Noncharacters and the two controls that part a mark's attributes: never text a reader sees.
const RESERVED = /[\uFDD0-\uFDD2\u0001\u0002]/g;

/** What a fact mark says about the figure it wraps: the XBRL concept and, when known, its period end. */
export interface FactAttributes {
  /** The concept's qualified name, e.g. "ecd:PeoTotalCompAmt". */
  readonly concept: string;
  /** The last day of the fact's period (or its instant), ISO, when the context states it. */
  readonly period?: string;
  /** Dimension members of the fact's context, e.g. ["ecd:PeoMember"]. */
  readonly members?: readonly string[];
  /** The power of ten the printed figure is scaled by (6 for "445" meaning millions), when not 0. */
  readonly scale?: number;
  /** "-" when the tagged value is the negative of the printed figure ("(350)" tagged as -350). */
  readonly sign?: "-";
}

/** Returns the text wrapped in a fact mark carrying the attributes. */
export function markFact(text: string, attributes: FactAttributes): string {
  return `${START}${encodeAttributes(attributes)}${MIDDLE}${stripFactMarks(text)}${END}`;
}

/** Returns the text with every fact mark removed and its figure kept, as a reader sees it. */
export function stripFactMarks(text: string): string {
  return text.includes(START) ? text.replace(MARK, "$2").replace(ANY_MARK_CHARACTER, "") : text;
}

/** Returns text from a filing with the characters fact marks are made of removed, so it can never hold a mark. */
export function withoutMarkCharacters(text: string): string {
  return text.replace(RESERVED, "");
}

/**
 * Returns Markdown whose fact marks are written as `:fact[…]{…}` directives; the figure inside has
 * already been escaped with the rest of the text, and the attributes are quoted for a directive.
 */
export function writeFactMarks(markdown: string, quote: (value: string) => string): string {
  if (!markdown.includes(START)) return markdown;
  return markdown.replace(MARK, (_, attributes: string, text: string) => {
    // The attributes were escaped with the text around them; a concept such as "abc:Some_Concept" is not Markdown.
    const plain = attributes.replace(/\\([\\`*_{}[\]<>#|~&])/g, "$1");
    const pairs = decodeAttributes(plain).map(([name, value]) => `${name}=${quote(value)}`);
    return `:fact[${text}]{${pairs.join(" ")}}`;
  });
}

function encodeAttributes(attributes: FactAttributes): string {
  const pairs: [string, string][] = [["concept", attributes.concept]];
  if (attributes.period) pairs.push(["period", attributes.period]);
  if (attributes.members?.length) pairs.push(["members", attributes.members.join(" ")]);
  if (attributes.scale) pairs.push(["scale", String(attributes.scale)]);
  if (attributes.sign) pairs.push(["sign", attributes.sign]);
  return pairs.map(([name, value]) => `${name}\u0001${withoutMarkCharacters(value)}`).join("\u0002");
}

function decodeAttributes(encoded: string): [string, string][] {
  return encoded.split("\u0002").map((pair) => {
    const [name, value] = pair.split("\u0001") as [string, string];
    return [name, value ?? ""];
  });
}
