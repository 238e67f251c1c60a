import type { Element } from "hast";

/** The inline CSS declarations of an element, property names lowercased: `{ "font-weight": "bold" }`. */
export type Declarations = ReadonlyMap<string, string>;

const EMPTY: Declarations = new Map();
const parsed = new WeakMap<Element, Declarations>();

/** Returns the declarations of an element's `style` attribute (CSS, not HTML: split on `;` and `:`). */
export function styleOf(element: Element): Declarations {
  const cached = parsed.get(element);
  if (cached) return cached;
  const style = element.properties?.style;
  if (typeof style !== "string" || style.trim() === "") return EMPTY;
  const declarations = new Map<string, string>();
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, "");
    if (name) declarations.set(name, value);
  }
  parsed.set(element, declarations);
  return declarations;
}

/** Returns an attribute's value as text, or undefined when it is absent. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
}

const NAMED_SIZES: Readonly<Record<string, number>> = {
  "xx-small": 7,
  "x-small": 7.5,
  small: 10,
  medium: 12,
  large: 13.5,
  "x-large": 18,
  "xx-large": 24,
};
// <font size="1"> … <font size="7"> as browsers render them, in points.
const FONT_TAG_SIZES = [7.5, 10, 12, 13.5, 18, 24, 36];

/** Returns an element's font size in points given its parent's, from `font-size` or `<font size>`. */
export function fontSizeOf(element: Element, parentSize: number): number {
  const declared = styleOf(element).get("font-size");
  if (declared) return cssSize(declared, parentSize);
  const size = element.tagName === "font" ? attribute(element, "size") : undefined;
  if (size) {
    const relative = /^[+-]/.test(size);
    const step = Number.parseInt(size, 10);
    if (Number.isFinite(step)) {
      const index = Math.min(7, Math.max(1, relative ? 3 + step : step)) - 1;
      return FONT_TAG_SIZES[index]!;
    }
  }
  if (element.tagName === "big") return parentSize * 1.2;
  if (element.tagName === "small") return parentSize / 1.2;
  return parentSize;
}

function cssSize(value: string, parentSize: number): number {
  const named = NAMED_SIZES[value];
  if (named) return named;
  if (value === "larger") return parentSize * 1.2;
  if (value === "smaller") return parentSize / 1.2;
  const match = /^(-?[\d.]+)\s*(pt|px|em|rem|%)?$/.exec(value);
  if (!match) return parentSize;
  const number = Number(match[1]);
  switch (match[2]) {
    case "px":
      return number * 0.75;
    case "em":
    case "rem":
      return number * parentSize;
    case "%":
      return (number / 100) * parentSize;
    default:
      return number;
  }
}

/** True when the element is set in bold, given whether its parent is. */
export function isBoldElement(element: Element, parentBold: boolean): boolean {
  if (["b", "strong", "th"].includes(element.tagName)) return true;
  const weight = styleOf(element).get("font-weight");
  if (weight === undefined) return parentBold;
  if (weight === "bold" || weight === "bolder") return true;
  const number = Number(weight);
  return Number.isFinite(number) ? number >= 600 : weight === "lighter" || weight === "normal" ? false : parentBold;
}

/** True when the element is set in italics, given whether its parent is. */
export function isItalicElement(element: Element, parentItalic: boolean): boolean {
  if (["i", "em", "cite"].includes(element.tagName)) return true;
  const style = styleOf(element).get("font-style");
  return style === undefined ? parentItalic : style === "italic" || style === "oblique";
}

/** True when the element is underlined, given whether its parent is. */
export function isUnderlinedElement(element: Element, parentUnderlined: boolean): boolean {
  if (element.tagName === "u" || element.tagName === "ins") return true;
  const style = styleOf(element);
  const decoration = style.get("text-decoration") ?? style.get("text-decoration-line");
  if (decoration === undefined) return parentUnderlined;
  return decoration.includes("underline") || (decoration !== "none" && parentUnderlined);
}

/** Returns the horizontal alignment an element sets for its text, or undefined when it inherits. */
export function alignmentOf(element: Element): "left" | "center" | "right" | undefined {
  if (element.tagName === "center") return "center";
  const value = styleOf(element).get("text-align") ?? attribute(element, "align")?.toLowerCase();
  if (value === "center" || value === "middle") return "center";
  if (value === "right") return "right";
  if (value === "left" || value === "justify") return "left";
  return undefined;
}

/** True when CSS or an attribute hides the element from a reader (display:none, visibility:hidden, hidden). */
export function isHiddenElement(element: Element): boolean {
  if (element.properties?.hidden !== undefined && element.properties.hidden !== false) return true;
  const style = styleOf(element);
  return style.get("display") === "none" || style.get("visibility") === "hidden";
}

/** Where an element starts or ends a printed page: a page break before it, after it, both or neither. */
export function pageBreaksOf(element: Element): { before: boolean; after: boolean } {
  const style = styleOf(element);
  const breaks = (side: "before" | "after") => {
    const value = style.get(`page-break-${side}`) ?? style.get(`break-${side}`);
    return value === "always" || value === "page" || value === "left" || value === "right";
  };
  return { before: breaks("before"), after: breaks("after") };
}
