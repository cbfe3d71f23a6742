// A scheduled job could not do its work (missing configuration, a service down or answering
// nonsense): a catalog message (bot/core/messages/ops/). The command prints it and exits with 2,
// having changed nothing.
import { MessageError } from "../core/messages/message-error.ts";

export class OpsError extends MessageError {}
