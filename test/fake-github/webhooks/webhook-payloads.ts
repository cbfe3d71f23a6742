// Webhook deliveries built from the fake's state, so that an event names the same head SHA, reviews and
// check runs the API then serves. Each payload is checked against @octokit/webhooks-schemas; one that
// does not match is an error in the fake and throws at once.
import { randomUUID } from "node:crypto";
import { renderCheckRun } from "../representations/check-runs.ts";
import { renderLabel } from "../representations/issues.ts";
import { renderPullRequest, renderReview, renderTeam } from "../representations/pull-requests.ts";
import { nodeId, repoApi, type RenderContext } from "../representations/render-context.ts";
import { renderRepository } from "../representations/repository.ts";
import { renderApp, renderUser } from "../representations/users.ts";
import type { AppIdentity, CheckRunRecord, PullRequestRecord, RepositoryRecord, ReviewRecord } from "../state/records.ts";
import { checkPayload, pick, pickNested } from "./webhook-schema.ts";

export type PullRequestAction = "opened" | "reopened" | "synchronize" | "ready_for_review" | "edited" | "closed";
export type PullRequestReviewAction = "submitted" | "edited" | "dismissed";

export interface WebhookEvent {
  /** The X-GitHub-Event header, e.g. "pull_request". */
  name: string;
  /** The X-GitHub-Delivery header (a new UUID per event; reuse the event to redeliver). */
  id: string;
  payload: Record<string, unknown>;
}

export interface PullRequestEventOptions {
  /** Login of the sender (default: the pull request's author). */
  sender?: string;
  /** synchronize: the previous head SHA (default: the parent of the head commit). */
  before?: string;
  /** edited: what changed, e.g. { base: { ref: { from: "main" }, sha: { from: "…" } } }. */
  changes?: Record<string, unknown>;
}

export interface ReviewEventOptions {
  sender?: string;
  changes?: Record<string, unknown>;
}

export interface CheckEventOptions {
  sender?: string;
}

export interface WebhookContext {
  render: RenderContext;
  installationId: number;
}

function user(context: RenderContext, login: string) {
  return pick(renderUser(context, login), "user");
}

function repository(context: RenderContext, record: RepositoryRecord) {
  return { ...pick(renderRepository(context, record), "repository"), owner: user(context, record.owner), custom_properties: {} };
}

function organization(context: RenderContext, login: string) {
  const url = `${context.api}/orgs/${login}`;
  const id = context.state.userId(login);
  return {
    login,
    id,
    node_id: nodeId("O", id),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    description: null,
  };
}

/** The fields every event ends with: where it happened, through which installation, and who did it. */
function envelope(context: WebhookContext, record: RepositoryRecord, sender: string) {
  return {
    repository: repository(context.render, record),
    organization: organization(context.render, record.owner),
    installation: { id: context.installationId, node_id: nodeId("MDIz", context.installationId) },
    sender: user(context.render, sender),
  };
}

function pullRequest(context: RenderContext, record: RepositoryRecord, pull: PullRequestRecord) {
  const rest = renderPullRequest(context, record, pull);
  const branch = (side: { label: string; ref: string; sha: string }) => ({ label: side.label, ref: side.ref, sha: side.sha, user: user(context, record.owner), repo: repository(context, record) });
  return {
    ...pick(rest, "pull-request"),
    user: user(context, pull.user),
    assignee: pull.assignees[0] === undefined ? null : user(context, pull.assignees[0]),
    assignees: pull.assignees.map((login) => user(context, login)),
    requested_reviewers: pull.requestedReviewers.map((login) => user(context, login)),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = context.state.team(record.owner, slug);
      return team ? [pick(renderTeam(context, team), "team")] : [];
    }),
    labels: pull.labels.map((name) => pick(renderLabel(context, record, name), "label")),
    head: branch(rest.head),
    base: branch(rest.base),
    active_lock_reason: null,
    merged_by: null,
  };
}

function review(context: RenderContext, record: RepositoryRecord, pull: PullRequestRecord, entry: ReviewRecord) {
  return {
    ...pick(renderReview(context, record, pull, entry), "pull-request-review"),
    user: user(context, entry.user),
    // Webhooks spell review states in lower case; the REST API in upper case.
    state: entry.state.toLowerCase(),
    body: entry.body === "" ? null : entry.body,
    submitted_at: entry.submittedAt,
  };
}

function app(context: RenderContext, identity: AppIdentity) {
  const rest = renderApp(context, identity);
  return { ...pick(rest, "app"), owner: user(context, rest.owner.login), permissions: pickNested(rest.permissions, "app", "permissions") };
}

function checkRunPullRequests(context: RenderContext, record: RepositoryRecord, headSha: string) {
  const repo = { id: record.id, url: repoApi(context, record), name: record.name };
  return context.state
    .pullRequests(record.fullName)
    .filter((pull) => pull.state === "open" && pull.head.sha === headSha)
    .map((pull) => ({ url: `${repoApi(context, record)}/pulls/${pull.number}`, id: pull.id, number: pull.number, head: { ref: pull.head.ref, sha: pull.head.sha, repo }, base: { ref: pull.base.ref, sha: pull.base.sha, repo } }));
}

function checkSuite(context: RenderContext, record: RepositoryRecord, runs: CheckRunRecord[], suiteId: number, headSha: string, identity: AppIdentity) {
  const commit = record.commits.get(headSha);
  const branch = [...record.branches].find(([, sha]) => sha === headSha)?.[0] ?? null;
  const completed = runs.length > 0 && runs.every((run) => run.status === "completed");
  const conclusions = runs.map((run) => run.conclusion);
  const conclusion = !completed ? null : conclusions.includes("failure") ? "failure" : conclusions.includes("action_required") ? "action_required" : conclusions.every((value) => value === "neutral") ? "neutral" : "success";
  const created = runs[0]?.startedAt ?? context.state.now();
  return {
    id: suiteId,
    node_id: nodeId("CS", suiteId),
    head_branch: branch,
    head_sha: headSha,
    status: completed ? "completed" : "in_progress",
    conclusion,
    url: `${repoApi(context, record)}/check-suites/${suiteId}`,
    before: commit?.parents[0] ?? null,
    after: headSha,
    pull_requests: checkRunPullRequests(context, record, headSha),
    app: app(context, identity),
    created_at: created,
    updated_at: context.state.now(),
    commit,
  };
}

export function pullRequestEvent(context: WebhookContext, fullName: string, number: number, action: PullRequestAction, options: PullRequestEventOptions = {}): WebhookEvent {
  const { render } = context;
  const record = render.state.repository(fullName);
  const pull = render.state.pullRequest(fullName, number);
  const payload: Record<string, unknown> = { action, number: pull.number };
  if (action === "synchronize") {
    payload.before = options.before ?? record.commits.get(pull.head.sha)?.parents[0] ?? pull.base.sha;
    payload.after = pull.head.sha;
  }
  if (action === "edited") payload.changes = options.changes ?? {};
  Object.assign(payload, { pull_request: pullRequest(render, record, pull), ...envelope(context, record, options.sender ?? pull.user) });
  return finish("pull_request", action, payload);
}

export function pullRequestReviewEvent(context: WebhookContext, fullName: string, number: number, reviewId: number, action: PullRequestReviewAction, options: ReviewEventOptions = {}): WebhookEvent {
  const { render } = context;
  const record = render.state.repository(fullName);
  const pull = render.state.pullRequest(fullName, number);
  const entry = pull.reviews.find((candidate) => candidate.id === reviewId);
  if (!entry) throw new Error(`Pull request #${number} of ${fullName} has no review ${reviewId}.`);
  const payload: Record<string, unknown> = { action };
  if (action === "edited") payload.changes = options.changes ?? {};
  Object.assign(payload, {
    review: review(render, record, pull, entry),
    pull_request: pick(pullRequest(render, record, pull), "simple-pull-request"),
    ...envelope(context, record, options.sender ?? entry.user),
  });
  return finish("pull_request_review", action, payload);
}

export function checkRunRerequestedEvent(context: WebhookContext, fullName: string, checkRunId: number, options: CheckEventOptions = {}): WebhookEvent {
  const { render } = context;
  const record = render.state.repository(fullName);
  const run = record.checkRuns.get(checkRunId);
  if (!run) throw new Error(`${fullName} has no check run ${checkRunId}.`);
  const rest = renderCheckRun(render, record, run);
  const suiteRuns = render.state.checkRuns(fullName, { headSha: run.headSha }).filter((other) => other.checkSuiteId === run.checkSuiteId);
  const { commit: _commit, ...suite } = checkSuite(render, record, suiteRuns, run.checkSuiteId, run.headSha, run.app);
  const payload = {
    action: "rerequested",
    check_run: {
      id: rest.id,
      node_id: rest.node_id,
      head_sha: rest.head_sha,
      external_id: rest.external_id,
      url: rest.url,
      html_url: rest.html_url,
      details_url: rest.details_url,
      status: rest.status,
      conclusion: rest.conclusion,
      started_at: rest.started_at,
      completed_at: rest.completed_at,
      output: { title: rest.output.title, summary: rest.output.summary, text: rest.output.text, annotations_count: rest.output.annotations_count, annotations_url: rest.output.annotations_url },
      name: rest.name,
      check_suite: suite,
      app: app(render, run.app),
      pull_requests: checkRunPullRequests(render, record, run.headSha),
    },
    ...envelope(context, record, options.sender ?? record.owner),
  };
  return finish("check_run", "rerequested", payload);
}

export function checkSuiteRerequestedEvent(context: WebhookContext, fullName: string, headSha: string, options: CheckEventOptions & { app?: AppIdentity } = {}): WebhookEvent {
  const { render } = context;
  const record = render.state.repository(fullName);
  const identity = options.app ?? render.state.app;
  const suiteId = render.state.checkSuiteId(fullName, identity, headSha);
  const runs = render.state.checkRuns(fullName, { headSha }).filter((run) => run.checkSuiteId === suiteId);
  const { commit, ...suite } = checkSuite(render, record, runs, suiteId, headSha, identity);
  if (!commit) throw new Error(`${fullName} has no commit ${headSha}.`);
  const payload = {
    action: "rerequested",
    check_suite: {
      ...suite,
      latest_check_runs_count: runs.length,
      check_runs_url: `${suite.url}/check-runs`,
      head_commit: {
        id: commit.sha,
        tree_id: commit.sha,
        message: commit.message,
        timestamp: commit.committer.date,
        author: { name: commit.author.name, email: commit.author.email },
        committer: { name: commit.committer.name, email: commit.committer.email },
      },
    },
    ...envelope(context, record, options.sender ?? record.owner),
  };
  return finish("check_suite", "rerequested", payload);
}

function finish(name: string, action: string, payload: Record<string, unknown>): WebhookEvent {
  const plain = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
  const problem = checkPayload(name, action, plain);
  if (problem) throw new Error(`The fake built a ${name}.${action} payload that @octokit/webhooks-schemas rejects: ${problem}`);
  return { name, id: randomUUID(), payload: plain };
}
