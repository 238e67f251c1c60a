import type { ItemLabel, LabelType } from "./labels.ts";
import { isLetterAfter } from "./labels.ts";

/** One open level of numbering: its label, and the clause node opened for it (none for a section heading). */
export interface OpenLevel {
  readonly label: ItemLabel;
  readonly clause: { children: unknown[] } | undefined;
}

/** Returns the label with a roman-looking letter read as a letter when it follows the previous letter. */
export function resolveLabel(label: ItemLabel, stack: readonly OpenLevel[]): ItemLabel {
  if (label.type !== "roman") return label;
  const letterLevel = stack.find((level) => level.label.type === "letter");
  const romanLevel = stack.find((level) => level.label.type === "roman");
  if (letterLevel && !romanLevel && isLetterAfter(letterLevel.label.value, label.value)) return { ...label, type: "letter" };
  if (letterLevel && romanLevel && stack.indexOf(letterLevel) > stack.indexOf(romanLevel) && isLetterAfter(letterLevel.label.value, label.value)) {
    return { ...label, type: "letter" };
  }
  return label;
}

/** Returns the stack with the label placed: as a sibling of an open level of its type, else one level deeper. */
export function placeLabel(stack: readonly OpenLevel[], level: OpenLevel): OpenLevel[] {
  const same = stack.findIndex((open) => open.label.type === level.label.type);
  return same >= 0 ? [...stack.slice(0, same), level] : [...stack, level];
}

/** Returns the id path of the open levels, e.g. number 4 then letter b then roman ii → "4b-ii". */
export function idPath(stack: readonly OpenLevel[]): string {
  let path = "";
  let previous: LabelType | undefined;
  for (const { label } of stack) {
    const value = label.value.toLowerCase().replace(/\./g, "-");
    const glued = label.type === "letter" && (previous === "number" || previous === "article");
    path += path === "" || glued ? value : `-${value}`;
    previous = label.type;
  }
  return path;
}

/** Returns the filing's own reference for the open levels, e.g. "4(b)(ii)". */
export function referenceLabel(stack: readonly OpenLevel[]): string {
  return stack
    .map(({ label }, index) => {
      if (label.type === "number") return index === 0 ? label.value : `.${label.value}`;
      if (label.type === "article") return `Article ${label.value}`;
      return `(${label.value})`;
    })
    .join("")
    .replace(/^Article (\S+)(\d)/, "Article $1, $2");
}
