// Whatever bytes arrive, the per-file check (parse + validate) and the repository rules neither
// throw nor produce a finding that cannot be shown: each names the file, a line that exists,
// a rule, a severity and a message in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { listRepository, loadSchemaSet, registrySources } from "../../bot/local/repository.ts";
import { checkManual } from "../../bot/core/check-manual.ts";
import type { Finding } from "../../bot/core/findings.ts";
import { loadRegistry } from "../../bot/core/registry.ts";
import { compileSchemas } from "../../bot/core/schemas.ts";
import { checkRepository } from "../../bot/core/validate/repository-rules/all.ts";
import { arbitraryInput, lineCount, mutatedManual } from "../support/manual-mutations.ts";
import { projectRoot } from "../support/temp-repository.ts";
import { runs } from "../support/property-runs.ts";

const validators = compileSchemas(loadSchemaSet(projectRoot));
const { registry } = loadRegistry(registrySources(projectRoot), validators);
const listing = listRepository(projectRoot);
const samples = listing.manuals.map((file) => new Uint8Array(readFileSync(join(projectRoot, file))));
const FILE = "manuals/community-center/dong-civil/mutated.md";

function problemsWith(finding: Finding, lines: number): string[] {
  const problems: string[] = [];
  if (finding.file !== FILE) problems.push(`file ${finding.file}`);
  // The checker turns its own exceptions into this finding; here it would be a bug.
  if (finding.rule === "check-failed") problems.push(`check failed: ${finding.message.en}`);
  if (!Number.isInteger(finding.line) || finding.line < 1 || finding.line > lines) problems.push(`line ${finding.line} of ${lines}`);
  if (finding.column !== undefined && (!Number.isInteger(finding.column) || finding.column < 1)) problems.push(`column ${finding.column}`);
  if (typeof finding.rule !== "string" || !/^[\w/-]+$/.test(finding.rule)) problems.push(`rule ${finding.rule}`);
  if (finding.severity !== "error" && finding.severity !== "warning") problems.push(`severity ${String(finding.severity)}`);
  if (typeof finding.message?.ko !== "string" || finding.message.ko.trim() === "") problems.push("no Korean message");
  if (typeof finding.message?.en !== "string" || finding.message.en.trim() === "") problems.push("no English message");
  return problems.map((p) => `${finding.rule}@${finding.line}: ${p}`);
}

/** Checks one input the way `manuals check` does and returns what is wrong with its findings. */
function checkInput(input: Uint8Array | string): string[] {
  const { findings, summary } = checkManual(FILE, input, validators);
  const repository = checkRepository({ manuals: [summary], registry, files: listing.files, special: [], today: "2026-11-23" });
  const lines = lineCount(input);
  return [...findings, ...repository].flatMap((finding) => problemsWith(finding, lines));
}

describe("the check on damaged and random input", () => {
  test("the sample manuals as they are: every finding is placed and worded", () => {
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.flatMap((sample) => checkInput(sample))).toEqual([]);
  });

  test("mutated sample manuals: never throws, every finding is placed and worded", () => {
    fc.assert(
      fc.property(mutatedManual(samples), (bytes) => {
        expect(checkInput(bytes)).toEqual([]);
      }),
      runs("check.property", 1000),
    );
  }, 60_000);

  test("random bytes, text and YAML: never throws, every finding is placed and worded", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        expect(checkInput(input)).toEqual([]);
      }),
      runs("check.property", 1000),
    );
  }, 60_000);
});
