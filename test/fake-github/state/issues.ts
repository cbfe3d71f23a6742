// Issues, and the lookups shared with pull requests: both live in one numbering per repository.
import { addLabels } from "./labels.ts";
import { notFound } from "./github-error.ts";
import type { IssueRecord, PullRequestRecord, RepositoryRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface IssueInput {
  title: string;
  body?: string | null;
  user: string;
  labels?: string[];
  assignees?: string[];
}

export function nextNumber(repository: RepositoryRecord): number {
  return repository.issues.size + 1;
}

export function issueOrPull(state: StateContext, fullName: string, number: number): IssueRecord | PullRequestRecord {
  const record = state.repository(fullName).issues.get(number);
  if (!record) throw notFound();
  return record;
}

export function pullRequest(state: StateContext, fullName: string, number: number): PullRequestRecord {
  const record = issueOrPull(state, fullName, number);
  if (record.kind !== "pull") throw notFound();
  return record;
}

export function issue(state: StateContext, fullName: string, number: number): IssueRecord {
  const record = issueOrPull(state, fullName, number);
  if (record.kind !== "issue") throw new Error(`#${number} in ${fullName} is a pull request.`);
  return record;
}

/** Issues only (not pull requests), by number. */
export function issues(state: StateContext, fullName: string): IssueRecord[] {
  return [...state.repository(fullName).issues.values()].filter((record): record is IssueRecord => record.kind === "issue");
}

export function pullRequests(state: StateContext, fullName: string): PullRequestRecord[] {
  return [...state.repository(fullName).issues.values()].filter((record): record is PullRequestRecord => record.kind === "pull");
}

export function createIssue(state: StateContext, fullName: string, input: IssueInput): IssueRecord {
  const repository = state.repository(fullName);
  const now = state.now();
  const record: IssueRecord = {
    kind: "issue",
    id: state.nextId(),
    number: nextNumber(repository),
    title: input.title,
    body: input.body ?? null,
    state: "open",
    stateReason: null,
    user: input.user,
    labels: [],
    assignees: [...new Set(input.assignees ?? [])],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  state.userId(input.user);
  repository.issues.set(record.number, record);
  if (input.labels) addLabels(state, fullName, record.number, input.labels);
  return record;
}

/** Opens or closes an issue or pull request, recording who and when as GitHub does. */
export function setIssueState(state: StateContext, fullName: string, number: number, to: "open" | "closed", by: string, reason?: IssueRecord["stateReason"]): void {
  const record = issueOrPull(state, fullName, number);
  if (record.state === to) return;
  record.state = to;
  record.updatedAt = state.now();
  if (to === "closed") {
    record.closedAt = record.updatedAt;
    record.closedBy = by;
    record.stateReason = record.kind === "issue" ? (reason ?? "completed") : null;
  } else {
    record.closedAt = null;
    record.closedBy = null;
    record.stateReason = record.kind === "issue" ? "reopened" : null;
  }
}
