// Every broken-manual fixture, checked together in one temporary repository (so the
// repository-wide rules see them all), must produce exactly the findings it states.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeExpectation, discoverFixtures } from "../support/fixture-expectations.ts";
import { runInProcess, type CliRun, type JsonReport } from "./harness.ts";
import { createTempRepository, type TempRepository } from "../support/temp-repository.ts";

const fixtures = discoverFixtures();

describe("manuals check on the broken fixtures", () => {
  let repository: TempRepository;
  let run: CliRun;
  let report: JsonReport;

  beforeAll(async () => {
    repository = createTempRepository({ fixtures });
    run = await runInProcess(["check", "--format", "json", "--today", "2026-11-23", "--no-cache"], repository.root);
    report = JSON.parse(run.stdout) as JsonReport;
  });
  afterAll(() => repository?.remove());

  test("the run fails with findings, not with a usage or internal error", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(report.files).toBe(fixtures.length);
  });

  test("every finding belongs to a fixture (the registry and schemas are clean)", () => {
    const paths = new Set(fixtures.map((f) => f.path));
    expect(report.findings.filter((f) => !paths.has(f.file))).toEqual([]);
  });

  test.each(fixtures.map((fixture) => [fixture.path, fixture] as const))("%s", (_path, fixture) => {
    const actual = report.findings.filter((f) => f.file === fixture.path).map((f) => describeExpectation(f));
    expect(actual.sort()).toEqual(fixture.expected.map(describeExpectation).sort());
    for (const finding of report.findings.filter((f) => f.file === fixture.path)) expect(finding.message.trim()).not.toBe("");
  });
});
