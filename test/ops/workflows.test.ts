// The workflows are valid and everything their scripts call exists: each `npx manuals …` names a
// real command with real flags (and its --help runs), each npm script is in package.json, each
// local file exists. Also: untrusted event data never reaches a shell, jobs writing issues have
// the permission, and the site deploy waits for the checks.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../bot/cli/main.ts";
import { processContext } from "../../bot/cli/cli-context.ts";
import { runInProcess } from "../cli/harness.ts";
import { projectRoot } from "../support/temp-repository.ts";
import { localScripts, manualsCalls, npmScripts, readWorkflows, type Workflow } from "./workflow-files.ts";

const workflows = readWorkflows();
const packageJson = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
const program = buildProgram({ ...processContext(), env: {} });

function steps(workflow: Workflow) {
  return Object.entries(workflow.data.jobs ?? {}).flatMap(([job, j]) => (j.steps ?? []).map((step, index) => ({ job, index, step })));
}

/** Resolves `laws check` to the commander subcommand, following only real subcommand names. */
function resolve(words: string[]): { command: Command; path: string[] } | null {
  let command: Command = program;
  const path: string[] = [];
  for (const word of words) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) break;
    command = sub;
    path.push(word);
  }
  return path.length ? { command, path } : null;
}

function knownFlags(command: Command): Set<string> {
  const flags = new Set<string>(["--help", "-h", "--lang"]);
  for (const option of command.options) {
    if (option.long) flags.add(option.long);
    if (option.short) flags.add(option.short);
  }
  return flags;
}

const calls = workflows.flatMap((w) => steps(w).flatMap(({ job, step }) => manualsCalls(step.run ?? "").map((call) => ({ file: w.file, job, ...call }))));

describe("workflows", () => {
  it("are the expected set", () => {
    expect(workflows.map((w) => w.file)).toEqual(expect.arrayContaining(["ci.yml", "review-due.yml", "law-amendments.yml", "handover.yml", "manuals-app.yml"]));
  });

  describe.each(workflows.map((w) => [w.file, w] as const))("%s", (_file, workflow) => {
    it("parses as YAML without errors or duplicate keys", () => {
      expect(workflow.errors).toEqual([]);
    });

    it("has a name, triggers and jobs whose steps each either use an action or run a script", () => {
      expect(typeof workflow.data.name).toBe("string");
      expect(workflow.data.on).toBeTruthy();
      const jobs = Object.entries(workflow.data.jobs ?? {});
      expect(jobs.length).toBeGreaterThan(0);
      for (const [id, job] of jobs) {
        expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
        if (job.uses) {
          // a reusable workflow call: a local one must exist
          if (job.uses.startsWith("./")) expect(existsSync(join(projectRoot, job.uses)), `${id}: ${job.uses}`).toBe(true);
          continue;
        }
        expect(job["runs-on"], `${id}: runs-on`).toBeTruthy();
        expect(job.steps?.length, `${id}: steps`).toBeGreaterThan(0);
        for (const step of job.steps ?? []) expect([step.uses, step.run].filter(Boolean).length, `${id}: step ${step.name ?? step.uses}`).toBe(1);
      }
      for (const [id, job] of jobs) for (const need of [job.needs ?? []].flat()) expect(Object.keys(workflow.data.jobs!), `${id} needs ${need}`).toContain(need);
    });

    it("uses actions pinned to a version, and local actions that exist", () => {
      for (const { step } of steps(workflow)) {
        if (!step.uses) continue;
        if (step.uses.startsWith("./")) expect(existsSync(join(projectRoot, step.uses)), step.uses).toBe(true);
        else expect(step.uses, step.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
      }
    });

    it("calls only npm scripts that exist and local files that exist", () => {
      for (const { job, step } of steps(workflow)) {
        for (const script of npmScripts(step.run ?? "")) expect(Object.keys(packageJson.scripts), `${job}: npm run ${script}`).toContain(script);
        for (const path of localScripts(step.run ?? "")) expect(existsSync(join(projectRoot, path)), `${job}: ${path}`).toBe(true);
      }
    });

    it("never puts untrusted event data or inputs into a shell script (they go through env)", () => {
      for (const { job, step } of steps(workflow)) expect(step.run ?? "", job).not.toMatch(/\$\{\{\s*(github\.event\.|inputs\.|github\.head_ref)/);
    });

    it("runs on Node 24 wherever it sets Node up", () => {
      for (const { step } of steps(workflow)) if (step.uses?.startsWith("actions/setup-node@")) expect(String(step.with?.["node-version"])).toBe("24");
    });
  });

  it("call `npx manuals` with real commands and flags", () => {
    expect(new Set(calls.map((c) => resolve(c.words)?.path.join(" ")))).toEqual(new Set(["check", "review", "remind due", "laws check", "handover"]));
    for (const call of calls) {
      const resolved = resolve(call.words);
      expect(resolved, `${call.file}: ${call.line}`).not.toBeNull();
      expect(resolved!.command.commands, `${call.file}: ${call.line} names a command group, not a command`).toEqual([]);
      const known = knownFlags(resolved!.command);
      for (const flag of call.flags) expect([...known], `${call.file}: ${call.line}: ${flag}`).toContain(flag);
    }
  });

  it("the script reader notices an unknown flag or command", () => {
    const [call] = manualsCalls('npx manuals laws check --issues --bogus ${DEPT:+--department "$DEPT"} >> "$GITHUB_STEP_SUMMARY"');
    expect(call).toMatchObject({ words: ["laws", "check"], flags: ["--issues", "--bogus", "--department"] });
    expect([...knownFlags(resolve(call!.words)!.command)]).not.toContain("--bogus");
    expect(resolve(manualsCalls("npx manuals remind")[0]!.words)!.command.commands.length).toBeGreaterThan(0);
    expect(resolve(["nosuch"])).toBeNull();
  });

  it.each([...new Set(calls.map((c) => resolve(c.words)!.path.join(" ")))])("`manuals %s --help` runs", async (path) => {
    const run = await runInProcess([...path.split(" "), "--help"], projectRoot);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: manuals ${path}`);
  });

  it("the CI gate runs what .ci/run runs", () => {
    const ci = workflows.find((w) => w.file === "ci.yml")!;
    const scripts = steps(ci).map(({ step }) => step.run ?? "").join("\n");
    const ciRun = readFileSync(join(projectRoot, ".ci/run"), "utf8");
    for (const script of ["typecheck", "lint", "test:site"]) {
      expect(ciRun).toContain(`npm run --silent ${script}`.replace("--silent test:site", "test:site"));
      expect(npmScripts(scripts)).toContain(script);
    }
    expect(npmScripts(scripts)).toContain("test");
    expect(scripts).toMatch(/npm ci/);
    expect(calls.filter((c) => c.file === "ci.yml").map((c) => [c.words[0], c.flags.includes("--format")])).toEqual([
      ["check", true],
      ["review", true],
    ]);
    expect(ci.data.on).toMatchObject({ pull_request: null, push: { branches: ["main"] } });
    const manualsJob = ci.data.jobs!.manuals!;
    expect(manualsJob.steps![0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@/), with: { "fetch-depth": 0 } });
  });

  it("jobs that keep issues or open pull requests have the permissions, and run one at a time", () => {
    const need: Record<string, string[]> = { "review-due.yml": ["issues"], "law-amendments.yml": ["issues", "contents", "pull-requests"], "handover.yml": ["contents", "pull-requests"] };
    for (const [file, scopes] of Object.entries(need)) {
      const workflow = workflows.find((w) => w.file === file)!;
      for (const scope of scopes) expect((workflow.data.permissions as Record<string, string>)[scope], `${file}: ${scope}`).toBe("write");
    }
    for (const file of ["review-due.yml", "law-amendments.yml"]) expect(workflows.find((w) => w.file === file)!.data.concurrency, file).toBeTruthy();
  });

  it("scheduled workflows have valid cron lines and can be run by hand", () => {
    for (const workflow of workflows) {
      const on = workflow.data.on as Record<string, unknown> | undefined;
      if (!on || typeof on !== "object" || !("schedule" in on)) continue;
      for (const entry of on.schedule as { cron: string }[]) expect(entry.cron.split(/\s+/), workflow.file).toHaveLength(5);
      expect(on, workflow.file).toHaveProperty("workflow_dispatch");
    }
  });

  it("the handover workflow takes from, to and department and opens a pull request", () => {
    const handover = workflows.find((w) => w.file === "handover.yml")!;
    const inputs = (handover.data.on as { workflow_dispatch: { inputs: Record<string, { required?: boolean }> } }).workflow_dispatch.inputs;
    expect(Object.keys(inputs).sort()).toEqual(["department", "from", "to"]);
    expect([inputs.from!.required, inputs.to!.required, inputs.department!.required]).toEqual([true, true, false]);
    expect(steps(handover).some(({ step }) => step.uses?.startsWith("peter-evans/create-pull-request@"))).toBe(true);
  });

  it("the site deploy, when present, publishes main only after the checks pass", () => {
    const deploy = workflows.find((w) => w.file === "deploy-site.yml");
    if (!deploy) return;
    const on = deploy.data.on as Record<string, unknown>;
    const jobs = Object.values(deploy.data.jobs ?? {});
    const callsCi = jobs.some((j) => typeof j.uses === "string" && j.uses.endsWith("/ci.yml"));
    const afterCi = "workflow_run" in on && JSON.stringify(on.workflow_run).includes('"CI"');
    expect(callsCi || afterCi, "deploy-site.yml must call ci.yml (needs) or run on workflow_run of CI").toBe(true);
    if (callsCi) {
      const ciJob = Object.entries(deploy.data.jobs!).find(([, j]) => typeof j.uses === "string" && j.uses.endsWith("/ci.yml"))![0];
      const deployJobs = Object.entries(deploy.data.jobs!).filter(([id]) => id !== ciJob);
      for (const [id, job] of deployJobs) expect([job.needs ?? []].flat().length, `${id} must need the checks`).toBeGreaterThan(0);
    }
  });
});
