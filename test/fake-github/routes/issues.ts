// Issues (which include pull requests on the issues API), their comments and labels, repository labels.
import { GitHubError, notFound, validationFailed } from "../state/github-error.ts";
import { renderComment, renderIssue, renderLabel } from "../representations/issues.ts";
import { renderUser } from "../representations/users.ts";
import type { IssueRecord, PullRequestRecord } from "../state/records.ts";
import { paginated } from "./pagination.ts";
import { numberParam, repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

type LabelInput = string | { name?: string };

interface IssueBody {
  title?: string | number | null;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: IssueRecord["stateReason"];
  labels?: LabelInput[];
  assignees?: string[];
  assignee?: string | null;
}

function labelNames(labels: LabelInput[] | undefined): string[] {
  return (labels ?? []).flatMap((label) => (typeof label === "string" ? [label] : label.name ? [label.name] : []));
}

function target(request: RouteRequest): { fullName: string; record: IssueRecord | PullRequestRecord } {
  const repository = repositoryOf(request);
  return { fullName: repository.fullName, record: request.state.issueOrPull(repository.fullName, numberParam(request, "issue_number")) };
}

/** GitHub refuses the whole write when one assignee cannot be assigned in the repository. */
function checkAssignees(request: RouteRequest, fullName: string, assignees: string[]): void {
  const invalid = assignees.filter((login) => !request.state.canBeAssigned(fullName, login));
  if (invalid.length > 0) throw validationFailed("Validation Failed", invalid.map(() => ({ resource: "Issue", field: "assignees", code: "invalid" })));
}

function matchesFilters(request: RouteRequest, record: IssueRecord | PullRequestRecord): boolean {
  const query = request.query;
  const state = query.get("state") ?? "open";
  if (state !== "all" && record.state !== state) return false;
  const labels = query.get("labels");
  if (labels) {
    const wanted = labels.split(",").map((label) => label.trim().toLowerCase()).filter(Boolean);
    if (!wanted.every((label) => record.labels.some((name) => name.toLowerCase() === label))) return false;
  }
  const creator = query.get("creator");
  if (creator !== null && record.user.toLowerCase() !== creator.toLowerCase()) return false;
  const assignee = query.get("assignee");
  if (assignee === "none" && record.assignees.length > 0) return false;
  if (assignee === "*" && record.assignees.length === 0) return false;
  if (assignee !== null && assignee !== "none" && assignee !== "*" && !record.assignees.includes(assignee)) return false;
  const since = query.get("since");
  if (since !== null && record.updatedAt < since) return false;
  return true;
}

export const issueRoutes: RouteTable = {
  "issues/list-for-repo": (request) => {
    const repository = repositoryOf(request);
    const sort = request.query.get("sort") ?? "created";
    const direction = request.query.get("direction") ?? "desc";
    const key = (record: IssueRecord | PullRequestRecord) =>
      sort === "updated" ? Date.parse(record.updatedAt) : sort === "comments" ? request.state.comments(repository.fullName, record.number).length : Date.parse(record.createdAt);
    const records = [...repository.issues.values()]
      .filter((record) => matchesFilters(request, record))
      .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (direction === "asc" ? 1 : -1));
    return paginated(request, records, (record) => renderIssue(request.render, repository, record));
  },

  "issues/get": (request) => {
    const { record } = target(request);
    return { status: 200, body: renderIssue(request.render, repositoryOf(request), record) };
  },

  "issues/create": (request) => {
    const repository = repositoryOf(request);
    const body = request.body as IssueBody;
    checkAssignees(request, repository.fullName, body.assignees ?? (body.assignee ? [body.assignee] : []));
    const issue = request.state.createIssue(repository.fullName, {
      title: String(body.title),
      body: body.body ?? null,
      user: request.actor.login,
      labels: labelNames(body.labels),
      assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
    });
    return { status: 201, body: renderIssue(request.render, repository, issue) };
  },

  "issues/update": (request) => {
    const { fullName, record } = target(request);
    const body = request.body as IssueBody;
    checkAssignees(request, fullName, body.assignees ?? (body.assignee ? [body.assignee] : []));
    if (body.title !== undefined && body.title !== null) record.title = String(body.title);
    if (body.body !== undefined) record.body = body.body;
    if (body.labels !== undefined) request.state.setLabels(fullName, record.number, labelNames(body.labels));
    if (body.assignees !== undefined) record.assignees = [...new Set(body.assignees)];
    else if (body.assignee !== undefined) record.assignees = body.assignee === null ? [] : [body.assignee];
    if (body.state !== undefined) request.state.setIssueState(fullName, record.number, body.state, request.actor.login, body.state_reason ?? undefined);
    record.updatedAt = request.state.now();
    return { status: 200, body: renderIssue(request.render, repositoryOf(request), record) };
  },

  "issues/list-comments": (request) => {
    const { fullName, record } = target(request);
    const since = request.query.get("since");
    const comments = request.state.comments(fullName, record.number).filter((comment) => since === null || comment.updatedAt >= since);
    return paginated(request, comments, (comment) => renderComment(request.render, repositoryOf(request), comment));
  },

  "issues/create-comment": (request) => {
    const { fullName, record } = target(request);
    const { body } = request.body as { body: string };
    const comment = request.state.addComment(fullName, record.number, {
      body,
      user: request.actor.login,
      app: request.actor.auth === "installation-token" ? request.actor.app : null,
    });
    return { status: 201, body: renderComment(request.render, repositoryOf(request), comment) };
  },

  "issues/get-comment": (request) => {
    const repository = repositoryOf(request);
    const comment = repository.comments.get(numberParam(request, "comment_id"));
    if (!comment) throw notFound();
    return { status: 200, body: renderComment(request.render, repository, comment) };
  },

  "issues/update-comment": (request) => {
    const repository = repositoryOf(request);
    const { body } = request.body as { body: string };
    const comment = request.state.updateComment(repository.fullName, numberParam(request, "comment_id"), body);
    return { status: 200, body: renderComment(request.render, repository, comment) };
  },

  "issues/delete-comment": (request) => {
    const repository = repositoryOf(request);
    request.state.deleteComment(repository.fullName, numberParam(request, "comment_id"));
    return { status: 204 };
  },

  "issues/list-labels-on-issue": (request) => {
    const { record } = target(request);
    return paginated(request, record.labels, (name) => renderLabel(request.render, repositoryOf(request), name));
  },

  "issues/add-labels": (request) => {
    const { fullName, record } = target(request);
    const names = labelNames((request.body as { labels?: LabelInput[] }).labels);
    if (names.length === 0) throw validationFailed("Invalid request.\n\nNo labels given.");
    const labels = request.state.addLabels(fullName, record.number, names);
    return { status: 200, body: labels.map((name) => renderLabel(request.render, repositoryOf(request), name)) };
  },

  "issues/set-labels": (request) => {
    const { fullName, record } = target(request);
    const labels = request.state.setLabels(fullName, record.number, labelNames((request.body as { labels?: LabelInput[] } | undefined)?.labels));
    return { status: 200, body: labels.map((name) => renderLabel(request.render, repositoryOf(request), name)) };
  },

  "issues/remove-label": (request) => {
    const { fullName, record } = target(request);
    const labels = request.state.removeLabel(fullName, record.number, request.params.name as string);
    return { status: 200, body: labels.map((name) => renderLabel(request.render, repositoryOf(request), name)) };
  },

  "issues/list-assignees": (request) => {
    const repository = repositoryOf(request);
    return paginated(request, request.state.assignableUsers(repository.fullName), (login) => renderUser(request.render, login));
  },

  "issues/list-labels-for-repo": (request) => {
    const repository = repositoryOf(request);
    return paginated(request, [...repository.labels.values()], (label) => renderLabel(request.render, repository, label.name));
  },

  "issues/get-label": (request) => {
    const repository = repositoryOf(request);
    const label = repository.labels.get((request.params.name as string).toLowerCase());
    if (!label) throw notFound();
    return { status: 200, body: renderLabel(request.render, repository, label.name) };
  },

  "issues/create-label": (request) => {
    const repository = repositoryOf(request);
    const body = request.body as { name: string; color?: string; description?: string };
    if (repository.labels.has(body.name.toLowerCase())) {
      throw new GitHubError(422, "Validation Failed", [{ resource: "Label", field: "name", code: "already_exists" }]);
    }
    const label = request.state.label(repository.fullName, body.name);
    if (body.color !== undefined) label.color = body.color.replace(/^#/, "");
    if (body.description !== undefined) label.description = body.description;
    return { status: 201, body: renderLabel(request.render, repository, label.name) };
  },
};
