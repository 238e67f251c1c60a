import type { CheckFinding, CheckKind, CheckValue } from "../../model/checks.ts";

/** What a check module states about one comparison; the id is made from it. */
export interface FindingDraft {
  readonly kind: CheckKind;
  readonly pass: boolean;
  readonly title: string;
  readonly values: readonly CheckValue[];
  readonly computed: string | null;
  readonly difference: string | null;
  readonly note: string | null;
}

/** Returns the finding for a draft, with an id made from its kind, its first figure's section and a hash of its figures' quotes. */
export function buildFinding(draft: FindingDraft): CheckFinding {
  const first = draft.values[0];
  if (!first) throw new Error(`expected a ${draft.kind} check with figures, not "${draft.title}" without any`);
  const hashed = draft.values.map((v) => `${v.source.filing}\u0000${v.source.section}\u0000${v.source.quote}\u0000${v.label}\u0000${v.printed}`).join("\u0001");
  return {
    id: `${draft.kind}-${first.source.section}-${fnv1a(`${draft.title}\u0002${hashed}`)}`,
    kind: draft.kind,
    status: draft.pass ? "pass" : "mismatch",
    title: draft.title,
    values: draft.values,
    computed: draft.computed,
    difference: draft.difference,
    note: draft.note,
  };
}

// FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and platforms, and needs no crypto module in pure code.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
