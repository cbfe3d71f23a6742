// A throwaway git repository holding a copy of the project's manuals, schemas and bot configuration,
// committed on `main`, and the real `manuals` CLI run in it as a subprocess.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { projectRoot } from "./samples.ts";

import { runManuals, type CliRun } from "./run-manuals.ts";

export type { CliRun } from "./run-manuals.ts";

export interface ManualsRepository {
  root: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, content: string | Buffer): void;
  edit(path: string, change: (text: string) => string): void;
  /** Every file under manuals/, as bytes. */
  snapshot(): Map<string, Buffer>;
  /** Starts a branch from main, applies the edits and commits them. */
  commitOnBranch(branch: string, apply: () => void): void;
  manuals(args: string[]): Promise<CliRun>;
  dispose(): void;
}

// Node's compile cache spares each of the many short CLI runs most of its start-up.
const compileCache = join(tmpdir(), "work-manuals-test-compile-cache");
const identity = ["-c", "user.name=Work Manuals Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"];

export function createManualsRepository(): ManualsRepository {
  const root = mkdtempSync(join(tmpdir(), "manuals-review-"));
  for (const path of ["manuals", "schemas", ".github/manuals.yml"]) cpSync(join(projectRoot, path), join(root, path), { recursive: true });

  const git = (...args: string[]) => {
    const result = spawnSync("git", [...identity, ...args], { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: root, GIT_CONFIG_NOSYSTEM: "1" } });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
    return result.stdout;
  };
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));

  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Manuals as on the base branch");

  const repository: ManualsRepository = {
    root,
    git,
    read: (path) => readFileSync(join(root, path), "utf8"),
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    edit(path, change) {
      repository.write(path, change(repository.read(path)));
    },
    snapshot: () => new Map(files("manuals").map((path) => [path, readFileSync(join(root, path))])),
    commitOnBranch(branch, apply) {
      git("checkout", "-q", "-b", branch, "main");
      apply();
      git("add", "-A");
      git("commit", "-q", "-m", branch);
    },
    manuals: (args) => runManuals(args, root, { HOME: root, NODE_COMPILE_CACHE: compileCache }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return repository;
}
