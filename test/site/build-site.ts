// One Docusaurus build of a manuals repository, as the deploy workflow runs it (the site's own
// config, MANUALS_ROOT pointing at the repository). Shared by the global setup and the tests that
// build a repository of their own.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const docusaurus = join(root, "node_modules/@docusaurus/core/bin/docusaurus.mjs");
export const projectRoot = root;

/** Builds `repo` into `out` and returns the build's log; throws with the log's end when it fails. */
export function buildSite(repo: string, out: string, env: Record<string, string> = {}): string {
  const build = spawnSync(process.execPath, [docusaurus, "build", "site", "--out-dir", out], {
    cwd: root,
    env: { ...process.env, MANUALS_ROOT: repo, MANUALS_SITE_GATE: "warn", NO_COLOR: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const log = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`site build failed (exit ${build.status}):\n${log.slice(-4000)}`);
  return log;
}
