#!/usr/bin/env node
// Entry point of the `manuals` command. The CLI is TypeScript run by Node's built-in type
// stripping (on by default from Node 22.18); older Node 22 releases are re-run with the flag.
import { spawnSync } from "node:child_process";
import module from "node:module";

// Node's on-disk compile cache makes every start after the first faster (workers included).
module.enableCompileCache?.();

if (process.features.typescript) {
  const { main } = await import("./main.ts");
  await main();
} else {
  const self = new URL(import.meta.url).pathname;
  const result = spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", self, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 2);
}
