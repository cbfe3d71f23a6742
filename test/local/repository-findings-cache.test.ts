// A warm check over the whole repository takes the repository-wide rules' findings from its last
// run only while nothing they read has changed: a material removed, a registry edit or another day
// runs them again, though no manual changed.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { runCheck } from "../../bot/local/check/run-check.ts";
import { createTempRepository, projectRoot } from "../support/temp-repository.ts";

const MANUAL = "manuals/community-center/dong-civil/move-in-report.md";
const MATERIAL = "manuals/community-center/dong-civil/files/move-in-report-checklist.txt";
const OTHER_MATERIAL = "manuals/community-center/dong-civil/files/move-in-post-check-form.txt";
const repository = createTempRepository();
afterAll(() => repository.remove());
for (const path of [MANUAL, MATERIAL, OTHER_MATERIAL]) repository.write(path, readFileSync(join(projectRoot, path)));
const lastReviewed = /^last_reviewed: (\S+)$/m.exec(readFileSync(join(projectRoot, MANUAL), "utf8"))![1]!;

const check = (today = "2026-12-03") => runCheck({ root: repository.root, cwd: repository.root, paths: [], cache: true, today });
const rules = async (today?: string) => (await check(today)).findings.filter((f) => f.file === MANUAL).map((f) => `${f.rule}:${f.line}`);

test("repository rules are run again when what they read changes, and only answered from the last run when it has not", async () => {
  expect(await rules()).toEqual([]);
  expect(existsSync(join(repository.root, ".cache/manuals-repository.json"))).toBe(true);
  expect(await rules()).toEqual([]);

  // The material the manual links to is gone: the manual is unchanged, the link is now broken.
  rmSync(join(repository.root, MATERIAL));
  const missing = await rules();
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatch(/^material-link:/);
  // Kept and given again by the next run with nothing changed.
  expect(await rules()).toEqual(missing);

  // Another day: a review date after "today" is an error.
  repository.write(MATERIAL, readFileSync(join(projectRoot, MATERIAL)));
  expect(await rules()).toEqual([]);
  const before = new Date(Date.parse(lastReviewed) - 86_400_000).toISOString().slice(0, 10);
  expect((await rules(before)).some((r) => r.startsWith("review-date:"))).toBe(true);

  // A registry edit: the manual's owner no longer in people.yml.
  expect(await rules()).toEqual([]);
  const people = readFileSync(join(repository.root, "manuals/people.yml"), "utf8");
  const owner = /^owner: (\S+)$/m.exec(readFileSync(join(projectRoot, MANUAL), "utf8"))![1]!;
  repository.write("manuals/people.yml", people.replace(new RegExp(`^${owner}:`, "m"), `${owner}-moved:`));
  expect((await rules()).length).toBeGreaterThan(0);
});
