// The issue store over @octokit/rest: list a job's issues (both states, paginated), create, update,
// reopen and close them. Transient errors and rate limits are retried by Octokit's plugins.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { ExistingIssue } from "../issues/desired-issue.ts";
import type { IssueStore } from "../issues/issue-store.ts";
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
    throttle: { onRateLimit: retryTwice, onSecondaryRateLimit: retryTwice },
  });
  octokit.hook.wrap("request", (request, requestOptions) => request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) } }));
  return octokit;
}

export function octokitIssueStore(target: GitHubTarget, options: OctokitOptions = {}): IssueStore {
  const octokit = octokitFor(target, options);
  const repo = { owner: target.owner, repo: target.repo };
  return {
    async list(label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
      return issues
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
    async create(issue) {
      const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
      return data.number;
    },
    async update(number, issue) {
      await octokit.rest.issues.update({ ...repo, issue_number: number, ...issue, state: "open" });
    },
    async close(number, comment, reason) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
      await octokit.rest.issues.update({ ...repo, issue_number: number, state: "closed", state_reason: reason === "duplicate" ? "not_planned" : "completed" });
    },
  };
}
