export * from "./diagnostic.ts";
export * from "./slug.ts";
