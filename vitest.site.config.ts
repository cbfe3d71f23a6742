import { defineConfig } from "vitest/config";

// The slow suite: builds the Docusaurus site once (test/site/global-setup.ts), serves it on
// localhost and drives Debian's Chromium through it. One file at a time: two cores, one browser.
export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    globalSetup: ["test/site/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
