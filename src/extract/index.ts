export * from "./check-frontmatter.ts";
export * from "./outline.ts";
export * from "./parse-markdown.ts";
export * from "./filing-doc.ts";
export * from "./people/index.ts";
export * from "./events/index.ts";
export * from "./summary/index.ts";
export * from "./compensation/index.ts";
