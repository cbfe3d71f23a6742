// `manuals` as a person runs it: bin.mjs in a child process (the Node version check, the exit
// code, what reaches stdout and stderr). Tests that need no process use test/cli/harness.ts's
// runInProcess.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "./samples.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const bin = join(projectRoot, "bot/cli/bin.mjs");

export function runManuals(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}
