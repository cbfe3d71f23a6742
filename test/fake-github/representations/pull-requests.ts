// Pull requests (full, simple and minimal), reviews, review requests and teams as GitHub renders them.
import { renderLabel } from "./issues.ts";
import { renderRepository } from "./repository.ts";
import { nodeId, repoApi, repoWeb, type RenderContext } from "./render-context.ts";
import { renderUser } from "./users.ts";
import type { PullRequestRecord, RepositoryRecord, ReviewRecord, TeamRecord } from "../state/records.ts";

export function renderTeam(context: RenderContext, team: TeamRecord) {
  const url = `${context.api}/organizations/${context.state.userId(team.org)}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId("T", team.id),
    url,
    html_url: `${context.web}/orgs/${team.org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: "organization" as const,
    organization_id: context.state.userId(team.org),
    parent: null,
  };
}

function requestedTeams(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord) {
  return pull.requestedTeams.flatMap((slug) => {
    const team = context.state.team(repository.owner, slug);
    return team ? [renderTeam(context, team)] : [];
  });
}

function branch(context: RenderContext, repository: RepositoryRecord, pointer: PullRequestRecord["head"]) {
  return {
    label: `${repository.owner}:${pointer.ref}`,
    ref: pointer.ref,
    sha: pointer.sha,
    user: renderUser(context, repository.owner),
    repo: renderRepository(context, repository),
  };
}

/** pull-request-simple: what lists of pull requests and review requests return. */
export function renderPullRequestSimple(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord) {
  const api = repoApi(context, repository);
  const url = `${api}/pulls/${pull.number}`;
  const web = `${repoWeb(context, repository)}/pull/${pull.number}`;
  const link = (href: string) => ({ href });
  return {
    url,
    id: pull.id,
    node_id: nodeId("PR", pull.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: pull.locked,
    title: pull.title,
    user: renderUser(context, pull.user),
    body: pull.body,
    labels: pull.labels.map((name) => {
      const label = renderLabel(context, repository, name);
      return { ...label, description: label.description ?? "" };
    }),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: pull.assignees[0] === undefined ? null : renderUser(context, pull.assignees[0]),
    assignees: pull.assignees.map((login) => renderUser(context, login)),
    requested_reviewers: pull.requestedReviewers.map((login) => renderUser(context, login)),
    requested_teams: requestedTeams(context, repository, pull),
    head: branch(context, repository, pull.head),
    base: branch(context, repository, pull.base),
    _links: {
      self: link(url),
      html: link(web),
      issue: link(`${api}/issues/${pull.number}`),
      comments: link(`${api}/issues/${pull.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/statuses/${pull.head.sha}`),
    },
    author_association: "MEMBER" as const,
    auto_merge: null,
    draft: pull.draft,
  };
}

/** pull-request: GET /pulls/{n}, and the pull_request object of webhook payloads. */
export function renderPullRequest(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord) {
  const files = context.state.compare(repository.fullName, pull.base.sha, pull.head.sha);
  const simple = renderPullRequestSimple(context, repository, pull);
  return {
    ...simple,
    labels: pull.labels.map((name) => renderLabel(context, repository, name)),
    merged: pull.merged,
    mergeable: pull.state === "open" ? true : null,
    rebaseable: pull.state === "open" ? true : null,
    mergeable_state: pull.state === "open" ? "clean" : "unknown",
    merged_by: null,
    comments: context.state.comments(repository.fullName, pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: context.state.commitsBetween(repository.fullName, pull.base.sha, pull.head.sha).length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length,
  };
}

/** pull-request-minimal: what a check run lists under pull_requests. */
export function renderPullRequestMinimal(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord) {
  const repo = { id: repository.id, url: repoApi(context, repository), name: repository.name };
  return {
    id: pull.id,
    number: pull.number,
    url: `${repoApi(context, repository)}/pulls/${pull.number}`,
    head: { ref: pull.head.ref, sha: pull.head.sha, repo },
    base: { ref: pull.base.ref, sha: pull.base.sha, repo },
  };
}

export function renderReview(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord, review: ReviewRecord) {
  const web = `${repoWeb(context, repository)}/pull/${pull.number}`;
  const pullUrl = `${repoApi(context, repository)}/pulls/${pull.number}`;
  return {
    id: review.id,
    node_id: nodeId("PRR", review.id),
    user: renderUser(context, review.user),
    body: review.body,
    state: review.state,
    html_url: `${web}#pullrequestreview-${review.id}`,
    pull_request_url: pullUrl,
    _links: { html: { href: `${web}#pullrequestreview-${review.id}` }, pull_request: { href: pullUrl } },
    ...(review.state === "PENDING" ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: review.user === pull.user ? ("OWNER" as const) : ("MEMBER" as const),
  };
}
