import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; .ci/run installs it with apt-get when it is missing. */
export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? "/usr/bin/chromium";

/** Why browser tests cannot run here, or undefined when they can. */
export function missingBrowser(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set DOSSIER_CHROMIUM`;
}

/** Starts headless Chromium from the system, never a browser Playwright would download. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without --disable-background-networking Chromium tries to reach Google's servers at start.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}
