// Issues, labels and issue comments as GitHub renders them. Pull requests are issues too: the issues
// API lists them with a `pull_request` link.
import { nodeId, repoApi, repoWeb, type RenderContext } from "./render-context.ts";
import { renderApp, renderUser } from "./users.ts";
import type { CommentRecord, IssueRecord, PullRequestRecord, RepositoryRecord } from "../state/records.ts";

export function renderLabel(context: RenderContext, repository: RepositoryRecord, name: string) {
  const label = context.state.label(repository.fullName, name);
  return {
    id: label.id,
    node_id: nodeId("LA", label.id),
    url: `${repoApi(context, repository)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

function reactions(url: string) {
  return { url: `${url}/reactions`, total_count: 0, "+1": 0, "-1": 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
}

export function renderIssue(context: RenderContext, repository: RepositoryRecord, issue: IssueRecord | PullRequestRecord) {
  const api = repoApi(context, repository);
  const url = `${api}/issues/${issue.number}`;
  const web = `${repoWeb(context, repository)}/${issue.kind === "pull" ? "pull" : "issues"}/${issue.number}`;
  const rendered = {
    id: issue.id,
    node_id: nodeId(issue.kind === "pull" ? "PR" : "I", issue.id),
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: web,
    timeline_url: `${url}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(context, issue.user),
    labels: issue.labels.map((name) => renderLabel(context, repository, name)),
    assignee: issue.assignees[0] === undefined ? null : renderUser(context, issue.assignees[0]),
    assignees: issue.assignees.map((login) => renderUser(context, login)),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: context.state.comments(repository.fullName, issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy === null ? null : renderUser(context, issue.closedBy),
    author_association: "MEMBER" as const,
    reactions: reactions(url),
  };
  if (issue.kind !== "pull") return rendered;
  return {
    ...rendered,
    draft: issue.draft,
    pull_request: {
      url: `${api}/pulls/${issue.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: issue.mergedAt,
    },
  };
}

export function renderComment(context: RenderContext, repository: RepositoryRecord, comment: CommentRecord) {
  const api = repoApi(context, repository);
  const issue = context.state.issueOrPull(repository.fullName, comment.issueNumber);
  const url = `${api}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    url,
    html_url: `${repoWeb(context, repository)}/${issue.kind === "pull" ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderUser(context, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.app ? ("NONE" as const) : ("MEMBER" as const),
    performed_via_github_app: comment.app ? renderApp(context, comment.app) : null,
    reactions: reactions(url),
  };
}
