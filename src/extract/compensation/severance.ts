import type { Severance } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPersonRefs, partyForRole, uniqueRefs } from "./person-refs.ts";
import { COUNT, countFromText, findMoney } from "./prose-figures.ts";
import { readProse, trimStop, type ProseSentence } from "./prose.ts";

const SEVERANCE = /\bseverance\b/i;
// Severance often goes unnamed: "upon termination … pay Mr. Doe the greater of $100,000 or six months' base salary".
const MONTHS_OF_PAY = new RegExp(String.raw`\b(${COUNT})\s+months['’]?\s+(?:of\s+)?(?:base\s+)?(?:salary|pay|compensation)\b`, "i");
// "for 18 months", "for an additional period of eighteen (18) months".
const FOR_MONTHS = new RegExp(String.raw`\bfor\s+(?:an?\s+(?:additional\s+)?period\s+of\s+)?(${COUNT})(?:\s+\(\d+\))?\s+months\b`, "i");
const MULTIPLE = /\b(\d+(?:\.\d+)?)\s+times\s+(?:(?:his|her|the|its)\s+|\w+['’]s\s+)?(?:annual|base|yearly)\b/i;
const PAY_PERSON = /\bpay\s+(?:to\s+)?(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+\s+/;

/** Returns the severance terms a filing's prose states that carry a figure: months of pay, an amount or a multiple of pay. */
export function extractSeverance(doc: FilingDoc): Severance[] {
  return readProse(doc).flatMap((sentence) => {
    const named = SEVERANCE.test(sentence.text);
    if (!named && !(/\bterminat/i.test(sentence.text) && MONTHS_OF_PAY.test(sentence.text))) return [];
    const term = severanceOf(doc, sentence);
    return term.months === null && term.amount === null && term.multiple === null ? [] : [term];
  });
}

function severanceOf(doc: FilingDoc, sentence: ProseSentence): Severance {
  const text = sentence.text;
  const months = FOR_MONTHS.exec(text) ?? MONTHS_OF_PAY.exec(text);
  const amounts = findMoney(text).filter((money) => money.per !== "share");
  const refs = uniqueRefs(findPersonRefs(text));
  const party = refs.length === 0 ? partyForRole(doc, text) : null;
  return {
    names: [...new Set(refs.map((ref) => ref.name))].concat(party ? [party] : []),
    description: describe(text),
    months: months ? countFromText(months[1]!) : null,
    amount: amounts.length === 1 ? amounts[0]!.cents : null,
    multiple: MULTIPLE.exec(text)?.[1] ?? null,
    source: sentence.source,
  };
}

/** The words from "severance" to the end, else those after "pay Mr. X", else the whole sentence. */
function describe(text: string): string {
  const severance = SEVERANCE.exec(text);
  if (severance) return trimStop(text.slice(severance.index));
  const pay = PAY_PERSON.exec(text);
  return trimStop(pay ? text.slice(pay.index + pay[0].length) : text);
}
