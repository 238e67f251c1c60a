import type { OptionGrant } from "../../model/compensation.ts";
import type { FilingDoc } from "../filing-doc.ts";
import { findPersonRefs } from "./person-refs.ts";
import { readProse } from "./prose.ts";
import { isSummaryCompensationTable } from "./summary-table.ts";

const GRANTED = /\bgranted\s+(?:an?\s+)?options?\s+to\s+(?:purchase|acquire)\s+([\d,]+)\s+shares\b/i;

/**
 * Returns the option grants that notes of a Summary Compensation Table state for people outside it
 * ("Mr. Doe … was granted an option to purchase 300,000 shares"), with the note's sentence as source.
 */
export function extractNoteGrants(doc: FilingDoc): OptionGrant[] {
  const tables = new Set(doc.tables.filter(isSummaryCompensationTable).map((table) => table.section));
  return readProse(doc).flatMap((sentence) => {
    if (sentence.block.kind !== "note" || !tables.has(sentence.block.section)) return [];
    const grant = GRANTED.exec(sentence.text);
    const person = findPersonRefs(sentence.text)[0];
    if (!grant || !person) return [];
    return [
      {
        name: person.name,
        position: null,
        options: Number(grant[1]!.replace(/,/g, "")),
        percentOfTotal: null,
        exercisePrice: null,
        expiration: null,
        value5: null,
        value10: null,
        stated: "note" as const,
        grantTable: null,
        grantDate: null,
        grantDateFairValue: null,
        awardType: null,
        footnotes: [],
        unread: [],
        extra: [],
        source: sentence.source,
      },
    ];
  });
}
