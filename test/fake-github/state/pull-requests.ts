// Pull requests: opening one on a branch, a push moving its head, retargeting its base.
import { addLabels } from "./labels.ts";
import { nextNumber, pullRequest } from "./issues.ts";
import type { BranchPointer, PullRequestRecord, RepositoryRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface PullRequestInput {
  title: string;
  /** Login of the author. */
  user: string;
  /** A branch name (its tip is the head), or a branch and SHA (the branch is moved there, as a push would). */
  head: string | BranchPointer;
  /** Default: the repository's default branch at its tip. */
  base?: string | BranchPointer;
  body?: string | null;
  draft?: boolean;
  labels?: string[];
}

function pointer(repository: RepositoryRecord, to: string | BranchPointer): BranchPointer {
  if (typeof to !== "string") {
    if (!repository.commits.has(to.sha)) throw new Error(`${repository.fullName} has no commit ${to.sha}.`);
    repository.branches.set(to.ref, to.sha);
    return { ref: to.ref, sha: to.sha };
  }
  const sha = repository.branches.get(to);
  if (sha === undefined) throw new Error(`${repository.fullName} has no branch ${to}.`);
  return { ref: to, sha };
}

export function openPullRequest(state: StateContext, fullName: string, input: PullRequestInput): PullRequestRecord {
  const repository = state.repository(fullName);
  const now = state.now();
  const pull: PullRequestRecord = {
    kind: "pull",
    id: state.nextId(),
    number: nextNumber(repository),
    title: input.title,
    body: input.body ?? null,
    state: "open",
    stateReason: null,
    user: input.user,
    labels: [],
    assignees: [],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    draft: input.draft ?? false,
    head: pointer(repository, input.head),
    base: pointer(repository, input.base ?? repository.defaultBranch),
    requestedReviewers: [],
    requestedTeams: [],
    reviews: [],
    merged: false,
    mergedAt: null,
    maintainerCanModify: false,
  };
  state.userId(input.user);
  repository.issues.set(pull.number, pull);
  if (input.labels) addLabels(state, fullName, pull.number, input.labels);
  return pull;
}

/** A new push to the pull request's branch: the head (and the branch) move to `sha`. */
export function setHead(state: StateContext, fullName: string, number: number, sha: string): PullRequestRecord {
  const repository = state.repository(fullName);
  const pull = pullRequest(state, fullName, number);
  if (!repository.commits.has(sha)) throw new Error(`${fullName} has no commit ${sha}.`);
  pull.head = { ref: pull.head.ref, sha };
  repository.branches.set(pull.head.ref, sha);
  pull.updatedAt = state.now();
  return pull;
}

/** The pull request now targets `base` (a branch name at its tip, or a branch and SHA). */
export function setBase(state: StateContext, fullName: string, number: number, base: string | BranchPointer): PullRequestRecord {
  const pull = pullRequest(state, fullName, number);
  pull.base = pointer(state.repository(fullName), base);
  pull.updatedAt = state.now();
  return pull;
}
