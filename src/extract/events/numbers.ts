const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/** A regular-expression source matching a count as agreements print it: "24", "one", "twenty-four", "one (1)". */
export const COUNT = "(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\\s+\\(\\d{1,3}\\))?";

/** A regular-expression source matching an ordinal up to the twelfth, in words or digits ("second", "2nd"). */
export const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))";

/** Returns the value of a count matched by COUNT; the figure in parentheses wins over the words. */
export function parseCount(text: string): number | undefined {
  const figure = /\((\d{1,3})\)/.exec(text) ?? /^(\d{1,3})$/.exec(text.trim());
  if (figure) return Number(figure[1]);
  const [tens, unit] = text.trim().toLowerCase().split(/[- ]/) as [string, string?];
  const ten = TENS.indexOf(tens);
  if (ten >= 2) return ten * 10 + (unit ? Math.max(UNITS.indexOf(unit), 0) : 0);
  const value = UNITS.indexOf(tens);
  return value >= 0 ? value : undefined;
}

/** Returns the value of an ordinal matched by ORDINAL. */
export function parseOrdinal(text: string): number | undefined {
  const digits = /^(\d{1,2})/.exec(text);
  if (digits) return Number(digits[1]);
  const value = ORDINALS.indexOf(text.toLowerCase());
  return value > 0 ? value : undefined;
}
