// A stateful fake of GitHub's REST API (and of the repository contents in its GraphQL API) on localhost,
// checked against GitHub's descriptions, for end-to-end tests of the app and of the scheduled jobs.
export { startFakeGitHub } from "./start-fake-github.ts";
export type { FakeGitHub, FakeGitHubOptions, FakeRenderers, FakeWebhooks, RequestFilter } from "./start-fake-github.ts";
export { DEFAULT_BLOB_TEXT_LIMIT, GitHubState, GITHUB_ACTIONS_APP } from "./state/github-state.ts";
export type { CheckRunFilter, GitHubStateOptions, IssueInput, PullRequestInput, RepositoryOptions, ReviewInput, ReviewRequest, TeamOptions } from "./state/github-state.ts";
export type { CommitInput, FileChanges } from "./state/git-history.ts";
export type { FileChange, FileContent, FileSource } from "./state/file-tree.ts";
export type { CheckRunWrite, AnnotationWrite } from "./state/check-run-writes.ts";
export { MAX_ANNOTATIONS_PER_REQUEST } from "./state/check-run-writes.ts";
export { MAX_PULL_REQUEST_FILES } from "./routes/pulls.ts";
export type * from "./state/records.ts";
export type { FaultSpec, FaultStatus, PendingFault } from "./http/faults.ts";
export { rateLimited, secondaryRateLimited, serverError, timeout } from "./http/fault-presets.ts";
export type { RequestLogEntry, Violation, ViolationKind } from "./http/request-log.ts";
export { formatViolation } from "./http/request-log.ts";
export type { CheckEventOptions, PullRequestAction, PullRequestEventOptions, PullRequestReviewAction, ReviewEventOptions, WebhookEvent } from "./webhooks/webhook-payloads.ts";
export { deliverWebhook, signature } from "./webhooks/deliver-webhook.ts";
export type { DeliveryOptions, DeliveryResult } from "./webhooks/deliver-webhook.ts";
