// A usage or configuration problem: the CLI prints the sentence and exits with code 2.
import type { Language } from "../core/findings.ts";
import { cliText, type CliMessageId } from "./cli-messages.ts";

export class UsageError extends Error {
  readonly id: CliMessageId;
  readonly params: Record<string, string | number>;
  constructor(id: CliMessageId, params: Record<string, string | number> = {}) {
    super(cliText("en", id, params));
    this.id = id;
    this.params = params;
  }
  text(lang: Language): string {
    return cliText(lang, this.id, this.params);
  }
}
