import type { AstroIntegration } from "astro";
import { formatDiagnostic, hasErrors, sortDiagnostics } from "../lib/diagnostic.ts";
import { readContent } from "./read-content.ts";
import { buildSiteFacts } from "./facts.ts";
import { checkContentFolder, currentContentFolder } from "./content-folder.ts";

/**
 * Astro integration that checks the content before anything is built: the content folder there and holding
 * filings, frontmatter against the schema,
 * anchors unique, sources unchanged, every published link still there or redirected, and every fact's
 * quote still in the section it names.
 */
export function dossierChecks(): AstroIntegration {
  return {
    name: "dossier-checks",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const folder = currentContentFolder();
        const missing = checkContentFolder(folder, "filings");
        if (hasErrors(missing)) throw contentError(`There is nothing to build:\n${missing.map(formatDiagnostic).join("\n")}`);
        const report = readContent(folder);
        const facts = buildSiteFacts(report);
        const sorted = sortDiagnostics([...report.diagnostics, ...facts.diagnostics]);
        for (const diagnostic of sorted.filter((d) => d.severity === "warning")) logger.warn(formatDiagnostic(diagnostic));
        if (hasErrors(sorted)) {
          const errors = sorted.filter((d) => d.severity === "error").map(formatDiagnostic);
          throw contentError(`The content has ${errors.length} problem(s):\n${errors.join("\n")}`);
        }
      },
    },
  };
}

/** A build failure caused by the content: the messages say where, so Astro is given no stack trace to print. */
function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = "";
  return error;
}
