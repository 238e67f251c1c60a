import { slugify } from "../lib/slug.ts";

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A filing's permanent id: company, date and kind, e.g. `acme-2002-10-02-consulting-agreement`. */
export type FilingId = Brand<string, "FilingId">;
/** A permanent fragment id inside a filing page, e.g. `s4b-termination-by-the-company`. */
export type AnchorId = Brand<string, "AnchorId">;
/** A person's permanent id: the slug of their canonical name, e.g. `jane-q-roe`. */
export type PersonId = Brand<string, "PersonId">;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when the text is usable as a filing or anchor id: lowercase words joined by single hyphens. */
export function isIdText(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** Returns the filing id made from its company, ISO date and kind. */
export function makeFilingId(parts: { company: string; date: string; kind: string }): FilingId {
  const company = slugify(parts.company, 24);
  const kind = slugify(parts.kind, 40);
  return [company, parts.date, kind].filter(Boolean).join("-") as FilingId;
}

/** Returns the text as a filing id, or throws when it is not one. */
export function asFilingId(text: string): FilingId {
  if (!isIdText(text)) throw new Error(`expected a filing id of lowercase words and hyphens, not "${text}"`);
  return text as FilingId;
}

/** Returns the text as an anchor id, or throws when it is not one. */
export function asAnchorId(text: string): AnchorId {
  if (!isIdText(text)) throw new Error(`expected an anchor id of lowercase words and hyphens, not "${text}"`);
  return text as AnchorId;
}

/** Returns the person id made from a canonical name, or throws when the name has no letters or digits. */
export function makePersonId(name: string): PersonId {
  const slug = slugify(name);
  if (!slug) throw new Error(`expected a person name with letters or digits, not "${name}"`);
  return slug as PersonId;
}
