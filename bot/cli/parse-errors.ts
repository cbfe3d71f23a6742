// The argument parser's own errors (commander's), in the catalog's words: commander says them in
// English only, so its output is silenced and each error code becomes a catalog message, with
// details taken from the command itself where it has them and from commander's quoted names otherwise.
import type { Command, CommanderError, Option } from "commander";
import { UsageError } from "../core/messages/message-error.ts";
import { closeMatch } from "../core/messages/suggestion.ts";

/** `manuals impact`, for hints. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** The first 'quoted' name in commander's message. */
function quoted(error: CommanderError): string {
  return /'([^']*)'/.exec(error.message)?.[1] ?? "";
}

function longOptions(command: Command): string[] {
  const flags: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) for (const option of c.options) if (option.long && !option.hidden) flags.push(option.long);
  return [...flags, "--help"];
}

function example(command: Command, option: Option): string {
  return `npx ${commandPath(command)} ${option.flags.replace(/^-\w, /, "")}`;
}

export function parseError(error: CommanderError, command: Command): UsageError {
  switch (error.code) {
    case "commander.unknownOption": {
      const option = quoted(error);
      return new UsageError("cli.unknown-option", { option, suggestion: option.startsWith("--") ? (closeMatch(option, longOptions(command)) ?? "") : "" });
    }
    case "commander.unknownCommand": {
      const name = quoted(error);
      const names = command.commands.map((c) => c.name());
      return new UsageError("cli.unknown-command", { command: name, suggestion: closeMatch(name, names) ?? "", commands: names.join(", ") });
    }
    case "commander.missingMandatoryOptionValue": {
      const option = command.options.find((o) => o.mandatory && command.getOptionValue(o.attributeName()) === undefined) ?? command.options.find((o) => o.flags === quoted(error));
      return option ? new UsageError("cli.missing-option", { option: option.long ?? option.flags, example: example(command, option) }) : new UsageError("cli.parse-error", { detail: error.message });
    }
    case "commander.optionMissingArgument": {
      const flags = quoted(error);
      const option = command.options.find((o) => o.flags === flags);
      return new UsageError("cli.option-needs-value", { option: option?.long ?? flags, example: option ? example(command, option) : flags });
    }
    case "commander.missingArgument":
      return new UsageError("cli.missing-argument", { argument: quoted(error) });
    case "commander.excessArguments": {
      const expected = command.registeredArguments.length;
      return new UsageError("cli.excess-arguments", { command: commandPath(command), received: command.args.slice(expected).join(" ") });
    }
    default:
      return new UsageError("cli.parse-error", { detail: error.message.replace(/^error: /, "") });
  }
}

/** Choices checked by us, so that a bad value gets a catalog message and a close match (commander's help still lists them). */
export function catalogChoices(command: Command): void {
  for (const option of command.options) {
    const allowed = option.argChoices;
    if (!allowed) continue;
    option.argParser((value: string) => {
      if (allowed.includes(value)) return value;
      throw new UsageError("cli.bad-choice", { option: option.long ?? option.flags, value, allowed: allowed.join(", "), suggestion: closeMatch(value, allowed) ?? "" });
    });
  }
}
