// A scheduled job could not do its work (missing configuration, a service down or answering
// nonsense). The command prints the sentence and exits with 2, having changed nothing.
import type { Language, Text } from "../core/findings.ts";

export class OpsError extends Error {
  readonly text: Text;
  constructor(text: Text, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = "OpsError";
    this.text = text;
  }
  say(lang: Language): string {
    return this.text[lang];
  }
}
