import { defineConfig } from "vitest/config";

// `npm run test:browser`: builds the site once, serves it under /dossier/ and drives Debian's Chromium.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One browser at a time: the machines have two cores and Chromium wants both.
    fileParallelism: false,
  },
});
