import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests need Chromium and run with `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, "test/browser/**"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Site builds are heavy; two at a time fit the machines' two cores.
    maxWorkers: 2,
  },
});
