export * from "./build-catalog.ts";
export * from "./resolve-reference.ts";
export * from "./link-mentions.ts";
export * from "./build-cited-by.ts";
