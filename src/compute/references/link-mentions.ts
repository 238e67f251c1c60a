import type { LinkedMention, ReferenceCatalog, ReferenceTarget, TextMention } from "../../model/references.ts";
import { referenceKindOf, resolveReference } from "./resolve-reference.ts";

/** The mentions found in one unit of a filing's text, with the section holding them. */
export interface UnitMentions {
  readonly section: string;
  readonly mentions: readonly TextMention[];
}

/**
 * Returns, for each unit of a filing in document order, the mentions to link or list as missing, each
 * with its target. To keep the text readable a section links a term, a person or a target once, at its
 * first mention; a section never cites itself or a section that contains it ("this Section 4").
 */
export function linkMentions(filingId: string, units: readonly UnitMentions[], catalog: ReferenceCatalog): LinkedMention[][] {
  const filing = catalog.filings.find((f) => f.id === filingId);
  if (!filing) return units.map(() => []);
  const sections = new Map(filing.sections.map((s) => [s.id, s]));
  const seen = new Map<string, Set<string>>();
  return units.map((unit) => {
    const section = sections.get(unit.section);
    if (!section) return [];
    const once = seen.get(section.id) ?? seen.set(section.id, new Set()).get(section.id)!;
    return unit.mentions.flatMap((mention) => {
      const target = resolveReference(mention.ask, { filing, section }, catalog);
      if (target === undefined) return [];
      const kind = referenceKindOf(mention.ask);
      const containing = target?.filing === filing.id && target.section !== null && (target.section === section.id || section.ancestors.includes(target.section));
      if (containing && kind !== "term") return [];
      const key = onceKey(mention, target);
      if (once.has(key)) return [];
      once.add(key);
      return [{ ...mention, kind, target }];
    });
  });
}

function onceKey(mention: TextMention, target: ReferenceTarget | null): string {
  if (mention.ask.kind === "term") return `term|${mention.ask.key}`;
  if (mention.ask.kind === "person") return `person|${mention.ask.person}`;
  return target ? `target|${target.filing}#${target.section ?? ""}` : `missing|${mention.text.replace(/\s+/g, " ").toLowerCase()}`;
}
