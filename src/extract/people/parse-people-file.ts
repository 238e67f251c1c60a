import type { ZodIssue } from "zod";
import type { Diagnostic } from "../../lib/diagnostic.ts";
import { AliasEntrySchema, PeopleFileSchema, nameKey, type AliasEntry } from "../../model/people.ts";
import { findPeopleLine } from "./people-file-lines.ts";
import { valueAt } from "../../lib/value-at.ts";

/** The curated alias list read from content/people.yaml: its valid entries and its problems. */
export interface PeopleFile {
  readonly entries: readonly AliasEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

const HINT = "Write each entry as `- name: Canonical Name` with `aliases:` listing the other printed forms; see the comment at the top of the file.";

/**
 * Returns the entries of the already-parsed people file with diagnostics located at its lines. Invalid entries are
 * reported and left out; the others are kept, so one typo does not drop every alias.
 */
export function parsePeopleFile(data: unknown, file: string, text: string): PeopleFile {
  if (data === null || data === undefined) return { entries: [], diagnostics: [] };
  const lines = text.split(/\r?\n/);
  const lineOf = (path: readonly (string | number)[]) => findPeopleLine(lines, path);
  const people = typeof data === "object" && !Array.isArray(data) ? (data as { people?: unknown }).people : undefined;
  if (!Array.isArray(people)) {
    const outer = PeopleFileSchema.safeParse(data);
    const issues = outer.success ? [] : outer.error.issues;
    return { entries: [], diagnostics: issues.flatMap(splitUnknownKeys).map((issue) => invalid(issue, data, file, lineOf(issue.path))) };
  }
  const entries: { entry: AliasEntry; index: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  const unknown = PeopleFileSchema.safeParse({ ...(data as object), people: [] });
  if (!unknown.success) diagnostics.push(...unknown.error.issues.flatMap(splitUnknownKeys).map((issue) => invalid(issue, data, file, lineOf(issue.path))));
  people.forEach((entry, index) => {
    const result = AliasEntrySchema.safeParse(entry);
    const line = lineOf(["people", index]);
    if (result.success) entries.push({ entry: { ...result.data, line }, index });
    else {
      for (const issue of result.error.issues.flatMap(splitUnknownKeys)) {
        const path = ["people", index, ...issue.path];
        diagnostics.push(invalid({ ...issue, path }, data, file, lineOf(path)));
      }
    }
  });
  const conflicting = conflicts(entries, (path) => ({ file, line: lineOf(path) }));
  return { entries: entries.map(({ entry }) => entry), diagnostics: [...diagnostics, ...conflicting] };
}

/** One diagnostic per unknown field, each at its own line. */
function splitUnknownKeys(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== "unrecognized_keys") return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}

function invalid(issue: ZodIssue, data: unknown, file: string, line: number): Diagnostic {
  const fieldPath = issue.code === "unrecognized_keys" ? issue.path.slice(0, -1) : issue.path;
  const field = fieldPath.length ? fieldPath.join(".") : "the file";
  const found = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : describe(valueAt(data, issue.path));
  const known = fieldPath.length ? "only the fields name and aliases" : "only the field people";
  const expected = issue.code === "unrecognized_keys" ? known : issue.code === "invalid_type" ? `${issue.expected === "array" ? "a list" : `a ${issue.expected}`}` : issue.message;
  return { severity: "error", file, line, expected: `${expected} in ${field}`, found, rule: "people-file-invalid", hint: HINT };
}

/** Two entries for one name, or one printed form claimed by two people, would merge people by accident. */
function conflicts(entries: readonly { entry: AliasEntry; index: number }[], at: (path: (string | number)[]) => { file: string; line: number }): Diagnostic[] {
  const owners = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { entry, index } of entries) {
    if (owners.has(nameKey(entry.name)) && owners.get(nameKey(entry.name)) === entry.name) {
      diagnostics.push({ severity: "error", ...at(["people", index, "name"]), expected: "one entry per person", found: entry.name, rule: "people-name-duplicate", hint: "Merge the two entries' aliases into one." });
      continue;
    }
    [entry.name, ...entry.aliases].forEach((form, position) => {
      const owner = owners.get(nameKey(form));
      if (owner === undefined || nameKey(owner) === nameKey(entry.name)) return void owners.set(nameKey(form), entry.name);
      const path = position === 0 ? ["people", index, "name"] : ["people", index, "aliases", position - 1];
      diagnostics.push({ severity: "error", ...at(path), expected: `a printed name that belongs to one person, not also to "${owner}"`, found: form, rule: "people-alias-conflict", hint: "Keep the alias under the one person the filings mean by it." });
    });
  }
  return diagnostics;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  return typeof value === "string" ? value : JSON.stringify(value);
}
