// Pull requests: get, list, create, update, changed files and commits.
import { validationFailed } from "../state/github-error.ts";
import { renderCommit, renderDiffEntry } from "../representations/git.ts";
import { renderPullRequest, renderPullRequestSimple } from "../representations/pull-requests.ts";
import type { PullRequestRecord } from "../state/records.ts";
import { paginated } from "./pagination.ts";
import { numberParam, repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

/** GitHub lists at most 3000 files of a pull request. */
export const MAX_PULL_REQUEST_FILES = 3000;
/** … and at most 250 of its commits. */
const MAX_PULL_REQUEST_COMMITS = 250;

function pullOf(request: RouteRequest): PullRequestRecord {
  return request.state.pullRequest(repositoryOf(request).fullName, numberParam(request, "pull_number"));
}

/** "owner:branch" or "branch" → branch. */
function branchName(value: string): string {
  return value.includes(":") ? value.slice(value.indexOf(":") + 1) : value;
}

interface CreatePullBody {
  title?: string;
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  maintainer_can_modify?: boolean;
}

interface UpdatePullBody {
  title?: string;
  body?: string;
  state?: "open" | "closed";
  base?: string;
  maintainer_can_modify?: boolean;
}

export const pullRoutes: RouteTable = {
  "pulls/get": (request) => {
    const repository = repositoryOf(request);
    return { status: 200, body: renderPullRequest(request.render, repository, pullOf(request)) };
  },

  "pulls/list": (request) => {
    const repository = repositoryOf(request);
    const state = request.query.get("state") ?? "open";
    const head = request.query.get("head");
    const base = request.query.get("base");
    const direction = request.query.get("direction") ?? (request.query.get("sort") && request.query.get("sort") !== "created" ? "asc" : "desc");
    const pulls = request.state
      .pullRequests(repository.fullName)
      .filter((pull) => state === "all" || pull.state === state)
      .filter((pull) => head === null || `${repository.owner}:${pull.head.ref}` === head || pull.head.ref === head)
      .filter((pull) => base === null || pull.base.ref === base)
      .sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number));
    return paginated(request, pulls, (pull) => renderPullRequestSimple(request.render, repository, pull));
  },

  "pulls/create": (request) => {
    const repository = repositoryOf(request);
    const body = request.body as CreatePullBody;
    const head = branchName(body.head);
    if (!repository.branches.has(body.base)) throw validationFailed("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
    if (!repository.branches.has(head)) throw validationFailed("Validation Failed", [{ resource: "PullRequest", field: "head", code: "invalid" }]);
    const existing = request.state.pullRequests(repository.fullName).find((pull) => pull.state === "open" && pull.head.ref === head && pull.base.ref === body.base);
    if (existing) throw validationFailed("Validation Failed", [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repository.owner}:${head}.` }]);
    const baseSha = repository.branches.get(body.base) as string;
    const headSha = repository.branches.get(head) as string;
    if (request.state.commitsBetween(repository.fullName, baseSha, headSha).length === 0) {
      throw validationFailed("Validation Failed", [{ resource: "PullRequest", code: "custom", message: `No commits between ${body.base} and ${head}` }]);
    }
    const pull = request.state.openPullRequest(repository.fullName, {
      title: body.title ?? head,
      user: request.actor.login,
      head,
      base: body.base,
      body: body.body ?? null,
      draft: body.draft ?? false,
    });
    pull.maintainerCanModify = body.maintainer_can_modify ?? false;
    return { status: 201, body: renderPullRequest(request.render, repository, pull) };
  },

  "pulls/update": (request) => {
    const repository = repositoryOf(request);
    const pull = pullOf(request);
    const body = request.body as UpdatePullBody;
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.maintainer_can_modify !== undefined) pull.maintainerCanModify = body.maintainer_can_modify;
    if (body.base !== undefined) {
      if (!repository.branches.has(body.base)) throw validationFailed("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
      request.state.setBase(repository.fullName, pull.number, body.base);
    }
    if (body.state !== undefined) request.state.setIssueState(repository.fullName, pull.number, body.state, request.actor.login);
    pull.updatedAt = request.state.now();
    return { status: 200, body: renderPullRequest(request.render, repository, pull) };
  },

  "pulls/list-files": (request) => {
    const repository = repositoryOf(request);
    const pull = pullOf(request);
    const files = request.state.compare(repository.fullName, pull.base.sha, pull.head.sha).slice(0, MAX_PULL_REQUEST_FILES);
    return paginated(request, files, (file) => renderDiffEntry(request.render, repository, pull.head.sha, file));
  },

  "pulls/list-commits": (request) => {
    const repository = repositoryOf(request);
    const pull = pullOf(request);
    const commits = request.state.commitsBetween(repository.fullName, pull.base.sha, pull.head.sha).slice(0, MAX_PULL_REQUEST_COMMITS);
    return paginated(request, commits, (commit) => renderCommit(request.render, repository, commit));
  },
};
