// Kept for bot/cli/local-review.ts until the review moves into the core; import UsageError from
// bot/core/messages/message-error.ts instead.
export { UsageError } from "../core/messages/message-error.ts";
