import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "./paths.ts";

/** A site built into a temporary folder, with the base path it was built for. */
export interface BuiltSite {
  readonly dir: string;
  readonly base: string;
  /** Pages by their path from the site root including base, e.g. "/dossier/filings/x/". */
  readonly pages: ReadonlyMap<string, string>;
}

/**
 * Builds the site with `astro build` into a fresh temporary folder, served under `base`, from `project`
 * (by default a fresh copy of the repository, so builds running side by side never share Astro's caches),
 * with more environment variables if given (DOSSIER_CONTENT, to build from another content folder).
 */
export function buildSite(base: string, project = copyProject(), environment: Record<string, string> = {}): BuiltSite {
  const dir = mkdtempSync(join(tmpdir(), "dossier-build-"));
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", dir], {
    cwd: project,
    env: { ...buildEnvironment(), ...environment, DOSSIER_BASE: base, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  const pages = new Map<string, string>();
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const path = `${base}${relative(dir, file).replace(/index\.html$/, "")}`;
    pages.set(path, readFileSync(file, "utf8"));
  }
  return { dir, base, pages };
}

/** Returns a copy of the project (code and content, node_modules linked) in a temporary folder to change and build. */
export function copyProject(): string {
  const project = mkdtempSync(join(tmpdir(), "dossier-project-"));
  for (const name of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"]) {
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  }
  // Each package is linked, not node_modules itself: Astro keeps its content store in node_modules/.astro,
  // and builds running side by side must not read each other's filings from one shared store.
  mkdirSync(join(project, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules")).filter((n) => n !== ".astro" && n !== ".vite")) {
    symlinkSync(join(ROOT, "node_modules", name), join(project, "node_modules", name));
  }
  return project;
}

/** Builds a project expecting failure, with more environment variables if given; returns what the build printed. */
export function failingBuild(project: string, environment: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), "dossier-out-"));
  try {
    execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", outDir], {
      cwd: project,
      env: { ...buildEnvironment(), ...environment, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  throw new Error("expected the build to fail, not to succeed");
}

/** The environment without what vitest sets for its own Vite (BASE_URL, MODE, …), which a build would pick up. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  // A build reads the project's own content/ unless a test names another folder.
  delete env.DOSSIER_CONTENT;
  return env;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Returns the ids defined in an HTML page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Returns the href values of the links in an HTML page, entities decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/** Returns the file a site path points at in the build folder, or undefined outside the site. */
export function fileFor(site: BuiltSite, path: string): string | undefined {
  if (!path.startsWith(site.base)) return undefined;
  const rest = path.slice(site.base.length);
  return join(site.dir, rest.endsWith("/") || rest === "" ? `${rest}index.html` : rest);
}
