export * from "./ledger.ts";
export * from "./anchor-moves.ts";
export * from "./provenance.ts";
export * from "./locate-quote.ts";
export * from "./curated.ts";
export * from "./timeline-strip.ts";
export * from "./people/index.ts";
export * from "./person-resolver.ts";
