/** How bad a problem is: errors stop the build or the command, warnings are printed and let it go on. */
export type Severity = "error" | "warning";

/** One problem found in the input, located at a file and line, in the project's one message shape. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Project-relative path of the file the problem is in. */
  readonly file: string;
  /** 1-based line, or 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column, when known. */
  readonly column?: number;
  readonly expected: string;
  /** The offending text as found; shortened when printed. */
  readonly found: string;
  /** Permanent kebab-case rule id, so people can search for it. */
  readonly rule: string;
  readonly hint?: string;
}

/** An input problem that leaves a pure stage unable to produce anything; carries its diagnostic. */
export class InputError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = "InputError";
    this.diagnostic = diagnostic;
  }
}

const FOUND_LIMIT = 60;

/** Returns the found value quoted and cut at about sixty characters. */
export function formatFound(found: string): string {
  const oneLine = found.replace(/\s+/g, " ");
  const cut = oneLine.length > FOUND_LIMIT ? `${oneLine.slice(0, FOUND_LIMIT)}…` : oneLine;
  return `"${cut}"`;
}

/** Returns a diagnostic as `file:line:col: expected …, found "…" [rule]` with an optional hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line > 0 ? String(d.line) : undefined, d.column ? String(d.column) : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const level = d.severity === "warning" ? "warning: " : "";
  const head = `${where}: ${level}expected ${d.expected}, found ${formatFound(d.found)} [${d.rule}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Returns the diagnostics ordered by file, line, column and rule, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      a.found.localeCompare(b.found),
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
