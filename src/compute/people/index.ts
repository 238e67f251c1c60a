export * from "./build-people-registry.ts";
export * from "./merge-names.ts";
export * from "./resolve-person-facts.ts";
