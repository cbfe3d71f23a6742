import { defineConfig } from "vitest/config";

// The default suite: unit, property and end-to-end tests that need no site build.
// The slow Docusaurus build and browser tests live in vitest.site.config.ts (npm run test:site).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/site/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
