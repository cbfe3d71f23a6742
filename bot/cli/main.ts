// The `manuals` command: parses arguments and hands each subcommand the process context.
// Usage and configuration errors exit with 2 and one sentence; findings exit with 1.
import { Command, CommanderError, Option } from "commander";
import type { Language } from "../core/findings.ts";
import { processContext, type CliContext } from "./cli-context.ts";
import { registerCheck } from "./commands/check.ts";
import { registerDue } from "./commands/due.ts";
import { registerHandover } from "./commands/handover.ts";
import { registerImpact } from "./commands/impact.ts";
import { registerLaws } from "./commands/laws.ts";
import { registerNew } from "./commands/new.ts";
import { registerRemind } from "./commands/remind.ts";
import { registerReview } from "./commands/review.ts";
import { ConfigurationError } from "../core/review/configuration-error.ts";
import { UsageError } from "./usage-error.ts";

export function buildProgram(context: CliContext): Command {
  const program = new Command("manuals")
    .description("업무매뉴얼 검사·검토 도구 / Work Manuals: check and review public-service work manuals")
    .addOption(new Option("--lang <lang>", "메시지 언어 / message language").choices(["ko", "en"]).default(context.env.MANUALS_LANG === "en" ? "en" : "ko"))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => context.stderr.write(s) });
  registerCheck(program, context);
  registerReview(program, context);
  registerImpact(program, context);
  registerDue(program, context);
  registerHandover(program, context);
  registerNew(program, context);
  registerLaws(program, context);
  registerRemind(program, context);
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
}

export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.help" || error.code === "commander.version" ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof ConfigurationError) {
      const lang = (program.opts().lang as Language | undefined) ?? "ko";
      context.stderr.write(`manuals: ${error instanceof UsageError ? error.text(lang) : error.text[lang]}\n`);
      return 2;
    }
    throw error;
  }
}

export async function main(): Promise<void> {
  const context = processContext();
  try {
    process.exitCode = await runCli(process.argv.slice(2), context);
  } catch (error) {
    // An unexpected failure is a bug, not the user's fault: say so plainly, keep the detail.
    process.stderr.write(`manuals: 내부 오류가 발생했습니다 / internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
