export { ingestFiling, type IngestInput, type IngestResult } from "./ingest-filing.ts";
export { writeMarkdownBody } from "./write-markdown.ts";
export type { DocNode } from "./document.ts";
