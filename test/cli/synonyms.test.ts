// `manuals check` validates the search synonyms with the registry: a broken file fails the check
// with its file and line.
import { afterEach, describe, expect, it } from "vitest";
import { runInProcess, type JsonReport } from "./harness.ts";
import { createTempRepository, type TempRepository } from "../support/temp-repository.ts";

let repository: TempRepository | null = null;
afterEach(() => repository?.remove());

describe("manuals check and the synonyms file", () => {
  it("fails on a broken manuals/synonyms.yml, naming its line", async () => {
    repository = createTempRepository();
    repository.write("manuals/synonyms.yml", "# 동의어\n- [과태료, 벌금]\n- [주민증]\n");
    const run = await runInProcess(["check", "--no-cache", "--today", "2026-11-23", "--format", "json"], repository.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(["manuals/synonyms.yml:3 synonyms/minItems"]);
    expect(run.code).toBe(1);
  });

  it("passes a valid one", async () => {
    repository = createTempRepository();
    repository.write("manuals/synonyms.yml", "- [과태료, 벌금]\n");
    const run = await runInProcess(["check", "--no-cache", "--today", "2026-11-23", "--format", "json"], repository.root);
    expect((JSON.parse(run.stdout) as JsonReport).findings).toEqual([]);
    expect(run.code).toBe(0);
  });
});
