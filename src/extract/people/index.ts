export * from "./extract-people-mentions.ts";
export * from "./parse-people-file.ts";
