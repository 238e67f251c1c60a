export * from "./ledger.ts";
export * from "./anchor-moves.ts";
