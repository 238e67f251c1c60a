const SMALL = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** A regular-expression source matching one number word ("five", "twenty", "thousand"), case-insensitive use. */
export const NUMBER_WORD = `(?:${[...SMALL, ...TENS.filter(Boolean), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|")})`;

/** A regular-expression source matching a run of number words: "five", "twenty-four", "One Hundred Fifty Thousand". */
export const NUMBER_WORDS = `${NUMBER_WORD}(?:(?:[- ]|\\s+and\\s+)${NUMBER_WORD})*`;

/** A regular-expression source matching a small count in words or digits ("four", "twenty-one", "4"). */
export const COUNT_WORD = `(?:\\d{1,3}|${NUMBER_WORDS})`;

/** Returns the value of number words ("twenty-four" → 24, "One Hundred Fifty Thousand" → 150000) or digits, or undefined. */
export function parseNumberWords(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})*$/.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  const words = trimmed.split(/[\s-]+/).filter((word) => word !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of words) {
    const small = SMALL.indexOf(word);
    const tens = TENS.indexOf(word);
    if (small >= 0) group += small;
    else if (tens >= 2) group += tens * 10;
    else if (word === "hundred") group = (seen ? group : 1) * 100;
    else if (SCALES[word] !== undefined) {
      total += (seen ? group : 1) * SCALES[word]!;
      group = 0;
    } else return undefined;
    seen = true;
  }
  return total + group;
}
