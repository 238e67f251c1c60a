import type { TermDefinition } from "../../model/references.ts";
import { findDefinitions } from "./find-terms.ts";
import type { ReferenceUnit } from "./reference-units.ts";
import { sentenceAt, quoteSentences } from "./sentence-at.ts";

/** Returns the terms a filing defines in its prose, in document order, each with its section and defining sentence. */
export function extractTermDefinitions(units: readonly ReferenceUnit[], bodyLine = 1): TermDefinition[] {
  return units
    .filter((unit) => unit.kind === "prose")
    .flatMap((unit) => {
      const sentences = quoteSentences(unit.text);
      return findDefinitions(unit.text).map((d) => ({
        key: d.key,
        term: d.term,
        forms: d.forms,
        section: unit.section,
        definition: sentenceAt(sentences, unit.text, d.start).text,
        line: unit.line + bodyLine - 1,
      }));
    });
}
