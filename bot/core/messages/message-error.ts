// An error a person reads: a catalog id and its parameters, worded only when it is shown, in the
// reader's language. UsageError (the CLI), OpsError (scheduled jobs) and the review's
// ConfigurationError are all this, so every face prints them the same way.
import type { Language } from "../findings.ts";
import type { MessageId } from "./ko.ts";
import type { MessageInput } from "./message.ts";
import { say } from "./text.ts";

export class MessageError extends Error {
  readonly id: MessageId;
  readonly params: MessageInput;
  constructor(id: MessageId, params: MessageInput = {}, options?: { cause?: unknown }) {
    // English in `message` keeps logs and stack traces readable for maintainers.
    super(say("en", id, params), options);
    this.name = new.target.name;
    this.id = id;
    this.params = params;
  }
  text(lang: Language): string {
    return say(lang, this.id, this.params);
  }
}

/** A usage or configuration problem the person can fix: the CLI prints the sentence and exits with 2. */
export class UsageError extends MessageError {}
