// Runs the `manuals` CLI the two ways tests need: in-process through runCli with captured output,
// and as the real subprocess users run (node bot/cli/bin.mjs).
import { Writable } from "node:stream";
import { processContext, type CliContext } from "../../bot/cli/cli-context.ts";
import { runCli } from "../../bot/cli/main.ts";

export { runManuals as runSubprocess, type CliRun } from "../support/run-manuals.ts";
import type { CliRun } from "../support/run-manuals.ts";

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


/** The shape `--format json` prints. */
export interface JsonReport {
  files: number;
  errors: number;
  warnings: number;
  findings: { file: string; line: number; column?: number; rule: string; severity: "error" | "warning"; message: string }[];
}
