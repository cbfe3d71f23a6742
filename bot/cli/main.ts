// The `manuals` command: parses arguments and hands each subcommand the process context.
// Usage and configuration errors exit with 2 and one sentence in the chosen language (Korean by
// default, the argument parser's own errors included); findings exit with 1.
import { Command, CommanderError, Option } from "commander";
import type { Language } from "../core/findings.ts";
import { MessageError } from "../core/messages/message-error.ts";
import { say } from "../core/messages/text.ts";
import { processContext, type CliContext } from "./cli-context.ts";
import { registerCheck } from "./commands/check.ts";
import { registerDue } from "./commands/due.ts";
import { registerHandover } from "./commands/handover.ts";
import { registerImpact } from "./commands/impact.ts";
import { registerLaws } from "./commands/laws.ts";
import { registerNew } from "./commands/new.ts";
import { registerRemind } from "./commands/remind.ts";
import { registerReview } from "./commands/review.ts";
import { registerStatus } from "./commands/status.ts";
import { catalogChoices, commandPath, parseError } from "./parse-errors.ts";

/** Thrown out of commander's exit: the catalog's error and the command it concerns (for the help hint). */
class ParseFailure extends Error {
  readonly error: MessageError;
  readonly command: Command;
  constructor(error: MessageError, command: Command) {
    super(error.message);
    this.error = error;
    this.command = command;
  }
}

const HELP = new Set(["commander.helpDisplayed", "commander.help", "commander.version"]);

/** The language asked for, read before parsing so that parse errors are worded in it too. */
export function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = argv.length - 1; i >= 0; i--) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i]!.startsWith("--lang=") ? argv[i]!.slice("--lang=".length) : undefined;
    if (value === "ko" || value === "en") return value;
  }
  return env.MANUALS_LANG === "en" ? "en" : "ko";
}

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

export function buildProgram(context: CliContext): Command {
  const program = new Command("manuals")
    .description("업무매뉴얼 검사·검토 도구 / Work Manuals: check and review public-service work manuals")
    .addOption(new Option("--lang <lang>", "메시지 언어 / message language").choices(["ko", "en"]).default(context.env.MANUALS_LANG === "en" ? "en" : "ko"))
    // commander words its errors in English: they are silenced here and said from the catalog.
    .configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => context.stderr.write(s), outputError: () => {} });
  registerCheck(program, context);
  registerReview(program, context);
  registerImpact(program, context);
  registerDue(program, context);
  registerHandover(program, context);
  registerNew(program, context);
  registerLaws(program, context);
  registerRemind(program, context);
  registerStatus(program, context);
  for (const command of everyCommand(program)) {
    catalogChoices(command);
    command.showHelpAfterError(false).exitOverride((error) => {
      throw HELP.has(error.code) ? error : new ParseFailure(parseError(error, command), command);
    });
  }
  return program;
}

export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const program = buildProgram(context);
  const lang = languageOf(argv, context.env);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for is a success; help shown because no command was given is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ParseFailure) {
      context.stderr.write(`manuals: ${error.error.text(lang)}\n${say(lang, "cli.help-hint", { command: commandPath(error.command) })}\n`);
      return 2;
    }
    if (error instanceof MessageError) {
      context.stderr.write(`manuals: ${error.text(lang)}\n`);
      return 2;
    }
    throw error;
  }
}

export async function main(): Promise<void> {
  const context = processContext();
  const argv = process.argv.slice(2);
  try {
    process.exitCode = await runCli(argv, context);
  } catch (error) {
    // An unexpected failure is a bug, not the user's fault: say so plainly, keep the detail.
    process.stderr.write(`manuals: ${say(languageOf(argv, process.env), "cli.internal-error", { detail: (error as Error).stack ?? String(error) })}\n`);
    process.exitCode = 2;
  }
}
