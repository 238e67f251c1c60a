const MAX_SLUG_LENGTH = 64;

/**
 * Returns a lowercase, hyphen-separated slug of the text, cut at a word boundary near 64 characters.
 * Dots inside words vanish ("Web.com" → "webcom") so company names stay one word.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\w)[.'’](?=\w)/g, "$1")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug;
}
