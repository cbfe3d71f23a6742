// What a command needs from the process, passed in so tests can run the CLI in-process.
import { todayIn } from "../core/calendar.ts";
import { UsageError } from "../core/messages/message-error.ts";

export interface CliContext {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdinIsTTY: boolean;
  colour: boolean;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** `--today` or the current date in Korea (manual dates are Korean dates). */
  parseToday(value?: string): string;
}

export function processContext(): CliContext {
  const colour = process.env.NO_COLOR ? false : process.env.FORCE_COLOR ? true : process.stdout.isTTY === true;
  return {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    colour,
    env: process.env,
    exitCode: 0,
    parseToday(value) {
      if (value === undefined) return todayIn(process.env.MANUALS_TZ ?? "Asia/Seoul");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError("cli.bad-date", { option: "--today", value });
      return value;
    },
  };
}
