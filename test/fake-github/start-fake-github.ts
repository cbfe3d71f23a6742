// Starts the fake GitHub on a free localhost port and hands the test its state, traffic log, contract
// violations and fault injection.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadContract } from "./openapi/contract.ts";
import { Delays } from "./http/delays.ts";
import { FaultQueue, type FaultSpec, type PendingFault } from "./http/faults.ts";
import { createRequestListener } from "./http/handle-request.ts";
import type { RequestLogEntry, Violation } from "./http/request-log.ts";
import { renderCheckRun } from "./representations/check-runs.ts";
import { renderIssue, renderComment } from "./representations/issues.ts";
import { renderPullRequest, renderReview } from "./representations/pull-requests.ts";
import type { RenderContext } from "./representations/render-context.ts";
import { renderRepository } from "./representations/repository.ts";
import { renderUser } from "./representations/users.ts";
import { routeTable } from "./routes/route-table.ts";
import { GitHubState } from "./state/github-state.ts";
import type { AppIdentity } from "./state/records.ts";
import {
  checkRunRerequestedEvent,
  checkSuiteRerequestedEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  type CheckEventOptions,
  type PullRequestAction,
  type PullRequestEventOptions,
  type PullRequestReviewAction,
  type ReviewEventOptions,
  type WebhookEvent,
} from "./webhooks/webhook-payloads.ts";

export interface FakeGitHubOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** The app whose installation tokens the fake issues (default: id 1, slug "work-manuals", bot "work-manuals[bot]"). */
  app?: AppIdentity;
  /** Clock for every timestamp the fake writes (default: real time). */
  now?: () => Date;
  /** Tokens that stand for users (token → login); other unknown tokens act as "github-actions[bot]". */
  tokenUsers?: Record<string, string>;
  /** Base of web URLs in responses (default https://github.com). */
  webUrl?: string;
  /** The installation id webhook payloads carry (default 1). */
  installationId?: number;
  /**
   * Bytes of a blob that GraphQL's Blob.text carries before it is cut and isTruncated is true (default
   * 512 KiB, DEFAULT_BLOB_TEXT_LIMIT). Set it low to test a reader of large manuals with small files;
   * `fake.state.blobTextLimit` changes it later.
   */
  blobTextLimit?: number;
}

export interface RequestFilter {
  method?: string;
  /** Exact path (percent-decoded comparison) or RegExp on the path. */
  path?: string | RegExp;
  operationId?: string;
}

/** The REST API's JSON for state records (what GET on the resource returns). */
export interface FakeRenderers {
  pullRequest(repository: string, number: number): unknown;
  issue(repository: string, number: number): unknown;
  repository(repository: string): unknown;
  review(repository: string, number: number, reviewId: number): unknown;
  comment(repository: string, commentId: number): unknown;
  checkRun(repository: string, checkRunId: number): unknown;
  user(login: string): unknown;
}

/**
 * Webhook events built from the current state and checked against @octokit/webhooks-schemas.
 * Each call makes a new delivery id; deliver the same event twice to test a redelivery.
 */
export interface FakeWebhooks {
  pullRequest(repository: string, number: number, action: PullRequestAction, options?: PullRequestEventOptions): WebhookEvent;
  pullRequestReview(repository: string, number: number, reviewId: number, action: PullRequestReviewAction, options?: ReviewEventOptions): WebhookEvent;
  /** check_run.rerequested for a completed check run. */
  checkRunRerequested(repository: string, checkRunId: number, options?: CheckEventOptions): WebhookEvent;
  /** check_suite.rerequested for the app's suite on `headSha`. */
  checkSuiteRerequested(repository: string, headSha: string, options?: CheckEventOptions): WebhookEvent;
}

export interface FakeGitHub {
  /** Base URL, e.g. http://127.0.0.1:40123 — use as Octokit's baseUrl. */
  readonly url: string;
  readonly state: GitHubState;
  /** Every request served, in order of completion. */
  readonly requests: RequestLogEntry[];
  /** Departures from GitHub's documented contract; a passing test leaves this empty. */
  readonly violations: Violation[];
  readonly render: FakeRenderers;
  readonly webhooks: FakeWebhooks;
  inject(fault: FaultSpec): void;
  /** Injected faults not yet used up. */
  pendingFaults(): PendingFault[];
  /** Logged requests matching the filter (all when omitted). */
  calls(filter?: RequestFilter): RequestLogEntry[];
  /** Empties the request log (e.g. after seeding through the API, before the measured part). */
  clearRequests(): void;
  close(): Promise<void>;
}

function matchesFilter(entry: RequestLogEntry, filter: RequestFilter): boolean {
  if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.operationId !== undefined && entry.operationId !== filter.operationId) return false;
  if (filter.path instanceof RegExp) return filter.path.test(entry.path);
  if (filter.path !== undefined) return entry.path === filter.path || decodeURIComponent(entry.path) === filter.path;
  return true;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const contract = await loadContract();
  const state = new GitHubState({
    ...(options.app ? { app: options.app } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.blobTextLimit !== undefined ? { blobTextLimit: options.blobTextLimit } : {}),
  });
  const render: RenderContext = { state, api: "", web: options.webUrl ?? "https://github.com" };
  const faults = new FaultQueue();
  const delays = new Delays();
  const requests: RequestLogEntry[] = [];
  const violations: Violation[] = [];
  const listener = createRequestListener({
    contract,
    routes: routeTable,
    state,
    render,
    faults,
    delays,
    log: requests,
    violations,
    authentication: { tokenUsers: options.tokenUsers ?? {} },
  });
  const server = createServer({ keepAliveTimeout: 5_000 }, listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  render.api = `http://127.0.0.1:${port}`;

  const repository = (fullName: string) => state.repository(fullName);
  const renderers: FakeRenderers = {
    pullRequest: (fullName, number) => renderPullRequest(render, repository(fullName), state.pullRequest(fullName, number)),
    issue: (fullName, number) => renderIssue(render, repository(fullName), state.issueOrPull(fullName, number)),
    repository: (fullName) => renderRepository(render, repository(fullName)),
    review: (fullName, number, reviewId) => {
      const pull = state.pullRequest(fullName, number);
      const review = pull.reviews.find((candidate) => candidate.id === reviewId);
      if (!review) throw new Error(`Pull request #${number} of ${fullName} has no review ${reviewId}.`);
      return renderReview(render, repository(fullName), pull, review);
    },
    comment: (fullName, commentId) => {
      const comment = repository(fullName).comments.get(commentId);
      if (!comment) throw new Error(`${fullName} has no comment ${commentId}.`);
      return renderComment(render, repository(fullName), comment);
    },
    checkRun: (fullName, checkRunId) => {
      const run = repository(fullName).checkRuns.get(checkRunId);
      if (!run) throw new Error(`${fullName} has no check run ${checkRunId}.`);
      return renderCheckRun(render, repository(fullName), run);
    },
    user: (login) => renderUser(render, login),
  };
  const hooks = { render, installationId: options.installationId ?? 1 };
  const webhooks: FakeWebhooks = {
    pullRequest: (fullName, number, action, eventOptions) => pullRequestEvent(hooks, fullName, number, action, eventOptions),
    pullRequestReview: (fullName, number, reviewId, action, eventOptions) => pullRequestReviewEvent(hooks, fullName, number, reviewId, action, eventOptions),
    checkRunRerequested: (fullName, checkRunId, eventOptions) => checkRunRerequestedEvent(hooks, fullName, checkRunId, eventOptions),
    checkSuiteRerequested: (fullName, headSha, eventOptions) => checkSuiteRerequestedEvent(hooks, fullName, headSha, eventOptions),
  };

  return {
    url: render.api,
    state,
    requests,
    violations,
    render: renderers,
    webhooks,
    inject: (fault) => faults.inject(fault),
    pendingFaults: () => faults.pending(),
    calls: (filter = {}) => requests.filter((entry) => matchesFilter(entry, filter)),
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        delays.closeAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
