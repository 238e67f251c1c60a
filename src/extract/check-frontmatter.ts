import matter from "gray-matter";
import type { ZodIssue } from "zod";
import type { Diagnostic } from "../lib/diagnostic.ts";
import { FilingFrontmatterSchema, type FilingFrontmatter } from "../model/frontmatter.ts";
import { findFrontmatterLine } from "./frontmatter-lines.ts";
import { valueAt } from "../lib/value-at.ts";

/** The result of reading a filing's Markdown: its validated frontmatter (when valid), body and problems. */
export interface CheckedFrontmatter {
  readonly data: FilingFrontmatter | undefined;
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Returns the file line of a frontmatter field, e.g. ["curated", "events", 0, "quote"]. */
  readonly lineOf: (path: readonly (string | number)[]) => number;
}

/** Returns the frontmatter of a filing Markdown file checked against the schema, with located diagnostics. */
export function checkFilingFrontmatter(text: string, file: string): CheckedFrontmatter {
  if (!/^---\r?\n/.test(text)) {
    const diagnostic = missingFrontmatter(text, file);
    return { data: undefined, body: text, bodyLine: 1, diagnostics: [diagnostic], lineOf: () => 1 };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; a fresh options object disables that so errors are re-raised.
    parsed = matter(text, {});
  } catch (error) {
    return { data: undefined, body: "", bodyLine: 1, diagnostics: [yamlError(error, file)], lineOf: () => 1 };
  }
  const yamlLines = (parsed.matter ?? "").replace(/^\r?\n/, "").split(/\r?\n/);
  const bodyLine = yamlLines.length + 3;
  const lineOf = (path: readonly (string | number)[]) => findFrontmatterLine(yamlLines, path);
  const result = FilingFrontmatterSchema.safeParse(parsed.data);
  if (result.success) return { data: result.data, body: parsed.content, bodyLine, diagnostics: [], lineOf };
  const diagnostics = result.error.issues.flatMap((issue) => splitUnknownKeys(issue)).map((issue) => issueDiagnostic(issue, parsed.data, yamlLines, file));
  return { data: undefined, body: parsed.content, bodyLine, diagnostics, lineOf };
}

/** One diagnostic per unknown field, each on its own line. */
function splitUnknownKeys(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== "unrecognized_keys") return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}

function issueDiagnostic(
  issue: ZodIssue,
  data: Record<string, unknown>,
  yamlLines: readonly string[],
  file: string,
): Diagnostic {
  const fieldPath = issue.code === "unrecognized_keys" ? issue.path.slice(0, -1) : issue.path;
  const field = fieldPath.length ? fieldPath.join(".") : "frontmatter";
  const value = valueAt(data, issue.path);
  return {
    severity: "error",
    file,
    line: findFrontmatterLine(yamlLines, issue.path),
    expected: `${expectedText(issue)} in field "${field}"`,
    found: describeValue(value, issue),
    rule: "frontmatter-invalid",
    hint: hintFor(issue),
  };
}

function expectedText(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined" ? `a value (the field is required)` : `${article(issue.expected)}`;
    case "unrecognized_keys":
      // After splitUnknownKeys the path ends with the unknown key: one entry means a top-level field.
      return issue.path.length <= 1 ? `only the known fields (${Object.keys(FilingFrontmatterSchema.shape).join(", ")})` : "only the known fields";
    default:
      return issue.message;
  }
}

function describeValue(value: unknown, issue: ZodIssue): string {
  if (issue.code === "unrecognized_keys") return issue.keys.join(", ");
  if (value === undefined) return "nothing";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" ? value : JSON.stringify(value);
}

function hintFor(issue: ZodIssue): string | undefined {
  if (issue.code === "unrecognized_keys") return "Remove the unknown field or check its spelling.";
  if (issue.code === "invalid_type" && issue.received === "undefined") return "Add the field; see the README for the shape.";
  return undefined;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function missingFrontmatter(text: string, file: string): Diagnostic {
  return {
    severity: "error",
    file,
    line: 1,
    expected: "a YAML frontmatter block opened by a line of three dashes",
    found: text.split(/\r?\n/, 1)[0] ?? "",
    rule: "frontmatter-missing",
    hint: "Start the file with --- then the fields, then --- again; run npm run ingest to make one.",
  };
}

function yamlError(error: unknown, file: string): Diagnostic {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return {
    severity: "error",
    file,
    line: typeof mark?.line === "number" ? mark.line + 1 : 1,
    expected: "valid YAML in the frontmatter",
    found: reason,
    rule: "frontmatter-yaml",
  };
}
