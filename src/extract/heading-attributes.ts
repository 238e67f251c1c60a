/** What a `{#id key="value"}` block at the end of a heading line says. */
export interface HeadingAttributes {
  readonly id: string;
  readonly label: string | null;
}

const ATTRIBUTE_BLOCK = /(?<!\\)\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?:\s+[a-z]+="[^"]*")*)\s*\}\s*$/;

/** Returns the attributes block ending a heading's source line and where it starts, if there is one. */
export function parseHeadingAttributes(source: string): { attributes: HeadingAttributes; start: number } | undefined {
  const match = ATTRIBUTE_BLOCK.exec(source);
  if (!match) return undefined;
  const label = /\slabel="([^"]*)"/.exec(match[2] ?? "")?.[1];
  return { attributes: { id: match[1]!, label: label === undefined ? null : decodeEntities(label) }, start: match.index };
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}
