// The base branch's schemas, registry or configuration cannot be used: nothing can be judged.
// A catalog id and its parameters like every other error a person reads; the app turns it into
// failing checks, the CLI into exit code 2.
import type { Finding } from "../findings.ts";
import { MessageError } from "../messages/message-error.ts";
import type { MessageId } from "../messages/ko.ts";
import type { MessageInput } from "../messages/message.ts";

export class ConfigurationError extends MessageError {
  readonly findings: Finding[];
  constructor(id: MessageId, params: MessageInput = {}, findings: Finding[] = []) {
    super(id, params);
    this.findings = findings;
  }
}
