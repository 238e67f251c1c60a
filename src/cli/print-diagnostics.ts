import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../lib/diagnostic.ts";

/** Prints every diagnostic sorted by file and line to stderr; returns true when any is an error. */
export function printDiagnostics(diagnostics: readonly Diagnostic[]): boolean {
  for (const diagnostic of sortDiagnostics(diagnostics)) console.error(formatDiagnostic(diagnostic));
  return hasErrors(diagnostics);
}
