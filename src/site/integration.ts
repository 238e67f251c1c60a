import type { AstroIntegration } from "astro";
import { formatDiagnostic, hasErrors, sortDiagnostics } from "../lib/diagnostic.ts";
import { readContent } from "./read-content.ts";
import { buildSiteFacts } from "./facts.ts";

/**
 * Astro integration that checks the content before anything is built: frontmatter against the schema,
 * anchors unique, sources unchanged, every published link still there or redirected, and every fact's
 * quote still in the section it names.
 */
export function dossierChecks(): AstroIntegration {
  return {
    name: "dossier-checks",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const report = readContent(process.cwd());
        const facts = buildSiteFacts(report);
        const sorted = sortDiagnostics([...report.diagnostics, ...facts.diagnostics]);
        for (const diagnostic of sorted.filter((d) => d.severity === "warning")) logger.warn(formatDiagnostic(diagnostic));
        if (hasErrors(sorted)) {
          const errors = sorted.filter((d) => d.severity === "error").map(formatDiagnostic);
          throw new Error(`The content has ${errors.length} problem(s):\n${errors.join("\n")}`);
        }
      },
    },
  };
}
