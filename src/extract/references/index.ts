export * from "./reference-units.ts";
export * from "./sentence-at.ts";
export * from "./find-terms.ts";
export * from "./find-names.ts";
export * from "./find-references.ts";
export * from "./find-mentions.ts";
export * from "./extract-term-definitions.ts";
export * from "./mention-vocabulary.ts";
