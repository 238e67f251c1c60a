export * from "./extract-events.ts";
