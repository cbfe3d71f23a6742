// A throwaway manuals repository for the scheduled jobs' tests (the real schemas, registry and bot
// configuration), with manuals written by the core's scaffold so they pass the check, and a way to
// run the `manuals` CLI in it with a chosen environment.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { processContext, type CliContext } from "../../bot/cli/cli-context.ts";
import { localRegistry } from "../../bot/local/registry.ts";
import { runCli } from "../../bot/cli/main.ts";
import { scaffoldManual } from "../../bot/core/new-manual/scaffold.ts";
import { sectionsSpec } from "../../bot/core/sections-spec.ts";
import { capture } from "../cli/harness.ts";
import { createTempRepository, type TempRepository } from "../support/temp-repository.ts";

export interface ManualSpec {
  id: string;
  department: string;
  owner: string;
  deputy?: string;
  laws?: { law: string; article: string; version?: string }[];
  lastReviewed: string;
  cycle?: number;
}

export interface OpsRepository extends TempRepository {
  addManual(spec: ManualSpec): string;
  /** Replaces text in a repository file (a merged pull request, as far as the jobs can tell). */
  edit(path: string, from: string | RegExp, to: string): void;
  read(path: string): string;
  run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }>;
}

export function createOpsRepository(): OpsRepository {
  const repository = createTempRepository();
  const { registry, validators } = localRegistry(repository.root);
  const spec = sectionsSpec(validators.sectionsSchema);
  const read = (path: string) => readFileSync(join(repository.root, path), "utf8");
  return {
    ...repository,
    read,
    addManual(manual) {
      const department = registry.departments[manual.department]!;
      const laws = manual.laws ?? [{ law: Object.keys(registry.laws)[0]!, article: "제1조" }];
      const { path, text } = scaffoldManual(
        {
          id: manual.id,
          title: `${manual.id} 업무`,
          institution: department.institution,
          department: manual.department,
          owner: manual.owner,
          ...(manual.deputy ? { deputy: manual.deputy } : {}),
          laws: laws.map(({ law, article }) => ({ law, article })),
          today: manual.lastReviewed,
          reviewCycleMonths: manual.cycle ?? 12,
        },
        spec,
        registry,
      );
      // A version older than the registry's, where the test asks for one.
      let content = text;
      for (const law of laws) if (law.version) content = content.replace(`  - law: ${law.law}\n    article: "${law.article}"\n    version: ${registry.laws[law.law]!.effective}`, `  - law: ${law.law}\n    article: "${law.article}"\n    version: ${law.version}`);
      repository.write(path, content);
      return path;
    },
    edit(path, from, to) {
      const before = read(path);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`${path}: nothing to replace for ${String(from)}`);
      writeFileSync(join(repository.root, path), after);
    },
    async run(argv, env) {
      const out = capture();
      const err = capture();
      const context: CliContext = { ...processContext(), cwd: repository.root, stdout: out.stream, stderr: err.stream as unknown as NodeJS.WriteStream, stdinIsTTY: false, colour: false, env, exitCode: 0 };
      const code = await runCli(argv, context);
      return { code, stdout: out.text(), stderr: err.text() };
    },
  };
}
