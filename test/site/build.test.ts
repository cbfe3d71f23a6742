// The build itself: clean of broken-link warnings, and stopped by a manual the core rejects,
// with the file and line in the message.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("site build", () => {
  it("reports no broken links or anchors", () => {
    const log = inject("buildLog");
    expect(log).toContain("[SUCCESS]");
    expect(log).not.toMatch(/broken link|broken anchor|couldn't be resolved/i);
  });

  it("fails on a manual the core rejects, naming its file and line", () => {
    const work = mkdtempSync(join(tmpdir(), "work-manuals-gate-"));
    try {
      const repo = join(work, "repo");
      cpSync(inject("siteRepo"), repo, { recursive: true, filter: (src) => !src.includes(`${join("repo", ".git")}`) });
      rmSync(join(repo, "manuals/community-center/dong-civil/hostile-probe.md"));
      copyFileSync(join(root, "test/site/fixtures/rejected-manual.md"), join(repo, "manuals/community-center/dong-civil/rejected-probe.md"));
      const build = spawnSync(process.execPath, [join(root, "node_modules/@docusaurus/core/bin/docusaurus.mjs"), "build", "site", "--out-dir", join(work, "build")], {
        cwd: root,
        env: { ...process.env, MANUALS_ROOT: repo, MANUALS_SITE_GATE: "", NO_COLOR: "1" },
        encoding: "utf8",
      });
      const output = `${build.stdout}\n${build.stderr}`;
      expect(build.status).not.toBe(0);
      expect(output).toContain("사이트를 만들지 않았습니다");
      expect(output).toContain("manuals/community-center/dong-civil/rejected-probe.md");
      expect(output).toMatch(/^\s+10:\d+\s+오류\s+.*laws\[\d\]\.version.*not-a-date/m);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
