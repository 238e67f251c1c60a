import type { PayUnit, StatedSalary } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findEffectiveDate } from "./periods.ts";
import { findPersonRefs, partyForRole, uniqueRefs } from "./person-refs.ts";
import { findMoney, type MoneyMention } from "./prose-figures.ts";
import { readProse, type ProseSentence } from "./prose.ts";

const SALARY = /\bsalar(?:y|ies)\b/gi;
// Severance measured in salary is a severance term, not a salary (see severance.ts).
const NOT_SALARY = /severance|terminat/i;
const BEFORE_SALARY = /^\s*(?:[\w-]+\s+){0,3}salar(?:y|ies)\b/i;
const OTHER_PAY = /;|\bbonus|\boption|\bfees?\b/i;
const LIST_GAP = /^(?:\s*(?:per|an?)\s+\w+)?\s*(?:,|,?\s+and|,?\s+or)\s*$/;
const UNIT_WORDS: readonly [RegExp, PayUnit][] = [
  [/\bper (?:year|annum)\b|\bannual(?:ly)?\b|\ba year\b/i, "year"],
  [/\bper month\b|\bmonthly\b/i, "month"],
  [/\bper week\b|\bweekly\b/i, "week"],
];

/** Returns the salaries a filing's prose and table notes state, each with the person it names. */
export function extractSalaries(doc: FilingDoc): StatedSalary[] {
  return readProse(doc).flatMap((sentence) => (NOT_SALARY.test(sentence.text) ? [] : salariesOf(doc, sentence)));
}

function salariesOf(doc: FilingDoc, sentence: ProseSentence): StatedSalary[] {
  const amounts = salaryAmounts(sentence.text);
  if (amounts.length === 0) return [];
  const people = uniqueRefs(findPersonRefs(sentence.text));
  const party = people.length === 0 ? partyForRole(doc, sentence.text) : null;
  const effective = findEffectiveDate(sentence.text, doc.frontmatter.date);
  const basis = /employment agreement/i.test(sentence.text) ? "employment agreement" : sentence.block.kind === "note" ? "table note" : "statement";
  return amounts.map((money, index) => {
    // Names go with amounts one to one ("Messrs. A, B and C … $1, $2 and $3 respectively"), or one name takes all.
    const ref = people.length === amounts.length ? people[index] : people.length === 1 ? people[0] : undefined;
    return {
      name: ref?.name ?? party,
      honorific: ref?.honorific ?? null,
      amount: money.cents!,
      unit: (money.per as PayUnit | null) ?? unitOf(sentence.text),
      effective,
      basis,
      source: sentence.source,
    };
  });
}

/** The amounts a salary word governs: a list right after it ("salaries of $1, $2 and $3"), or one right before it. */
function salaryAmounts(text: string): MoneyMention[] {
  const money = findMoney(text).filter((mention) => mention.cents !== null && mention.per !== "share");
  const chosen = new Set<MoneyMention>();
  for (const word of text.matchAll(SALARY)) {
    const wordEnd = word.index + word[0].length;
    // The first amount follows closely, with no other kind of pay named in between.
    const first = money.findIndex((mention) => mention.start >= wordEnd && mention.start - wordEnd <= 120 && !OTHER_PAY.test(text.slice(wordEnd, mention.start)));
    for (let index = first; index >= 0 && index < money.length; index += 1) {
      if (index > first && !LIST_GAP.test(text.slice(money[index - 1]!.end, money[index]!.start))) break;
      chosen.add(money[index]!);
    }
    const before = money.filter((mention) => mention.end <= word.index && BEFORE_SALARY.test(text.slice(mention.end, wordEnd))).at(-1);
    if (before) chosen.add(before);
  }
  return money.filter((mention) => chosen.has(mention));
}

function unitOf(text: string): PayUnit | null {
  return UNIT_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
