// The issue store over @octokit/rest: list a job's issues (both states, paginated), create, update,
// reopen and close them. Transient errors and rate limits are retried by Octokit's plugins.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { ExistingIssue } from "../issues/desired-issue.ts";
import type { IssueStore } from "../issues/issue-store.ts";
import { OpsError } from "../ops-error.ts";
import type { GitHubTarget } from "./github-target.ts";

export interface OctokitOptions {
  /** Base of the retry back-off in milliseconds; tests make it small. */
  retryAfterBaseValue?: number;
  timeoutMs?: number;
}

const OpsOctokit = Octokit.plugin(retry, throttling);
// Rate limits (secondary ones included) are waited out and retried twice, then the job fails.
const retryTwice = (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2;

export function octokitFor(target: GitHubTarget, options: OctokitOptions = {}): InstanceType<typeof OpsOctokit> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const octokit = new OpsOctokit({
    auth: target.token,
    baseUrl: target.apiUrl,
    userAgent: "work-manuals-ops",
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    // The throttling plugin also paces writes one a second, as GitHub asks of integrations.
    throttle: { enabled: target.throttle, onRateLimit: retryTwice, onSecondaryRateLimit: retryTwice },
  });
  octokit.hook.wrap("request", (request, requestOptions) => request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) } }));
  return octokit;
}

/** GitHub's refusal, after the plugins' retries, as a sentence that says what to check. */
type Doing = "ops.github-read" | "ops.github-write";
const READING: Doing = "ops.github-read";
const WRITING: Doing = "ops.github-write";

function explain(error: unknown, what: Doing, target: GitHubTarget): OpsError {
  const status = (error as { status?: number }).status;
  const detail = ((error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message ?? String(error)).slice(0, 300);
  return new OpsError(what, { status: status ?? "", where: `${target.apiUrl} ${target.owner}/${target.repo}`, detail }, { cause: error });
}

export function octokitIssueStore(target: GitHubTarget, options: OctokitOptions = {}): IssueStore {
  const store = rawIssueStore(target, options);
  const guard =
    <A extends unknown[], R>(what: Doing, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        throw explain(error, what, target);
      }
    };
  return { list: guard(READING, store.list), assignable: guard(READING, store.assignable), create: guard(WRITING, store.create), update: guard(WRITING, store.update), close: guard(WRITING, store.close) };
}

function rawIssueStore(target: GitHubTarget, options: OctokitOptions): IssueStore {
  const octokit = octokitFor(target, options);
  const repo = { owner: target.owner, repo: target.repo };
  return {
    async list(label) {
      // The job's issues by label (closed ones too, to reopen rather than duplicate), plus every open
      // issue: one whose label someone removed must still be found, or a rerun would open a second.
      const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
      const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: "open", per_page: 100 });
      const byNumber = new Map([...labelled, ...open].map((i) => [i.number, i]));
      return [...byNumber.values()]
        .filter((i) => !i.pull_request)
        .map(
          (i): ExistingIssue => ({
            number: i.number,
            state: i.state === "closed" ? "closed" : "open",
            title: i.title,
            body: i.body ?? "",
            labels: i.labels.map((l) => (typeof l === "string" ? l : l.name ?? "")).filter(Boolean),
            assignees: (i.assignees ?? []).map((a) => a.login),
          }),
        );
    },
    async assignable() {
      const users = await octokit.paginate(octokit.rest.issues.listAssignees, { ...repo, per_page: 100 });
      return users.map((u) => u.login);
    },
    async create(issue) {
      const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
      return data.number;
    },
    async update(number, issue, reopen) {
      await octokit.rest.issues.update({ ...repo, issue_number: number, ...issue, ...(reopen ? { state: "open" as const } : {}) });
    },
    async close(number, comment, reason) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
      await octokit.rest.issues.update({ ...repo, issue_number: number, state: "closed", state_reason: reason === "duplicate" ? "not_planned" : "completed" });
    },
  };
}
