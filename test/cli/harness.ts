// Runs the `manuals` CLI the two ways tests need: in-process through runCli with captured output,
// and as the real subprocess users run (node bot/cli/bin.mjs).
import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import { join } from "node:path";
import { processContext, type CliContext } from "../../bot/cli/cli-context.ts";
import { runCli } from "../../bot/cli/main.ts";
import { projectRoot } from "../support/temp-repository.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable stream that keeps what is written, for a CLI run in-process. */
export function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

export async function runInProcess(argv: string[], cwd: string): Promise<CliRun> {
  const out = capture();
  const err = capture();
  const context: CliContext = {
    ...processContext(),
    cwd,
    stdout: out.stream,
    stderr: err.stream as unknown as NodeJS.WriteStream,
    stdinIsTTY: false,
    colour: false,
    env: {},
    exitCode: 0,
  };
  const code = await runCli(argv, context);
  return { code, stdout: out.text(), stderr: err.text() };
}

const bin = join(projectRoot, "bot/cli/bin.mjs");

export function runSubprocess(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
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

/** The shape `--format json` prints. */
export interface JsonReport {
  files: number;
  errors: number;
  warnings: number;
  findings: { file: string; line: number; column?: number; rule: string; severity: "error" | "warning"; message: string }[];
}
