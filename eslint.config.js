// Lint configuration: typescript-eslint's recommended type-aware rules over the TypeScript sources,
// and the walls of the house: the core does no I/O and knows no face; faces never import each other;
// the site reads through the core and the local adapter only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const io = ["node:fs", "node:fs/promises", "node:child_process", "node:process", "node:os", "node:net", "node:http", "node:https", "node:worker_threads", "fs", "child_process", "process"];
const wall = (patterns, message) => ({ group: patterns, message });
/** Relative imports that climb out of bot/<part>/ (at any depth) into the named parts of bot/. */
const into = (...parts) => parts.flatMap((part) => ["../", "../../", "../../../", "../../../../"].map((up) => `${up}${part}/**`));

export const walls = [
  {
    files: ["bot/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: io.map((name) => ({ name, message: "The core is pure: I/O belongs to a face (bot/app, bot/cli, bot/local, site)." })), patterns: [wall(["probot", "@octokit/*", "tinypool", ...into("app", "cli", "local", "ops", "site")], "The core imports no face, adapter or GitHub client.")] }],
      "no-restricted-globals": ["error", { name: "process", message: "The core is pure: pass what it needs in." }],
    },
  },
  { files: ["bot/app/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [wall(into("cli", "local", "ops", "site"), "Faces never import each other.")] }] } },
  { files: ["bot/cli/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [wall(into("app", "site"), "Faces never import each other.")] }] } },
  { files: ["bot/local/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [wall(into("app", "site", "ops", "cli"), "The local adapter serves the faces; it imports none of them.")] }] } },
  { files: ["site/**/*.ts", "site/**/*.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [wall(["**/bot/cli/**", "**/bot/app/**", "**/bot/ops/**"], "The site reads manuals through the core and the local adapter only.")] }] } },
];

export default tseslint.config(
  { ignores: ["node_modules/", "site/build/", "site/.docusaurus/", ".cache/", "test/artifacts/", "bench-corpus/", "test/fixtures/", "test/walls/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Rspack loads loaders with require: the one loader of ours is CommonJS.
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable" } }, rules: { "@typescript-eslint/no-require-imports": "off" } },
  ...walls,
);
