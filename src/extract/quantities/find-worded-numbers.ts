import { NUMBER_WORDS, parseNumberWords } from "./number-words.ts";

/** A number printed in words with its figures in parentheses, before it gets its source. */
export interface WordedMatch {
  readonly printed: string;
  readonly words: number | null;
  readonly figures: number;
  readonly money: boolean;
  readonly noun: string | null;
}

// "one (1) year", "thirty (30) days", "Ten Thousand Dollars ($10,000)".
const WORDED = new RegExp(`\\b(${NUMBER_WORDS})(\\s+dollars)?\\s*\\(\\s*(\\$\\s?)?(\\d{1,3}(?:,\\d{3})*|\\d+)(\\.\\d{2})?\\s*\\)(?:\\s+([A-Za-z]+))?`, "gi");

/** Returns the numbers a sentence prints both in words and in figures, with the value each says. */
export function findWordedNumbers(text: string): WordedMatch[] {
  return [...text.matchAll(WORDED)].map((match) => {
    const money = Boolean(match[2] || match[3]);
    const figures = Number(match[4]!.replace(/,/g, ""));
    const cents = match[5] ? Number(match[5].slice(1)) : 0;
    const words = parseNumberWords(match[1]!);
    const noun = match[6] ?? null;
    return {
      printed: match[0].slice(0, noun ? match[0].length - noun.length : match[0].length).trim() + (noun ? ` ${noun}` : ""),
      words: words === undefined ? null : money ? words * 100 : words,
      figures: money ? figures * 100 + cents : figures,
      money,
      noun: money ? null : noun,
    };
  });
}
