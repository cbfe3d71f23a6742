// The fake's in-memory state, one record type per GitHub resource. Records are plain mutable objects:
// tests seed them through GitHubState's methods, read them directly, and may adjust a field by hand.
// Timestamps are ISO strings without milliseconds, as GitHub writes them.
import type { Tree } from "./file-tree.ts";
import type { FileChangeRecord } from "./file-changes.ts";

export type { FileChangeRecord };

/** The GitHub App (or Actions) on whose behalf a check run or comment was written. */
export interface AppIdentity {
  id: number;
  slug: string;
  name: string;
}

export interface GitActor {
  name: string;
  email: string;
  date: string;
}

export interface CommitRecord {
  sha: string;
  parents: string[];
  /** undefined for a commit that leaves the repository empty. */
  tree: Tree | undefined;
  message: string;
  author: GitActor;
  committer: GitActor;
  /** The GitHub account the commit is linked to, when it was made as a login. */
  login: string | null;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface IssueRecord {
  kind: "issue";
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  /** Login of the author. */
  user: string;
  /** Label names, in the order they were added. */
  labels: string[];
  /** Logins. */
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface BranchPointer {
  ref: string;
  sha: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface ReviewRecord {
  id: number;
  user: string;
  state: ReviewState;
  /** The head SHA the review was submitted on. */
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface PullRequestRecord extends Omit<IssueRecord, "kind"> {
  kind: "pull";
  draft: boolean;
  head: BranchPointer;
  base: BranchPointer;
  /** Logins whose review is requested and not yet given. */
  requestedReviewers: string[];
  /** Team slugs (of the repository owner's organisation) whose review is requested. */
  requestedTeams: string[];
  reviews: ReviewRecord[];
  merged: boolean;
  mergedAt: string | null;
  maintainerCanModify: boolean;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  /** Set when an app's installation token wrote the comment. */
  app: AppIdentity | null;
  createdAt: string;
  updatedAt: string;
}

export type CheckStatus = "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
export type CheckConclusion = "action_required" | "cancelled" | "failure" | "neutral" | "success" | "skipped" | "stale" | "timed_out";

export interface AnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
  level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckOutputRecord {
  title: string | null;
  summary: string | null;
  text: string | null;
  /** Every annotation sent in the creation and all updates, in order: GitHub appends, never replaces. */
  annotations: AnnotationRecord[];
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: CheckOutputRecord;
  actions: { label: string; description: string; identifier: string }[];
  app: AppIdentity;
  checkSuiteId: number;
  /** How many requests wrote this check run (creation + updates). */
  writes: number;
}

export interface TeamRecord {
  id: number;
  org: string;
  slug: string;
  name: string;
  description: string | null;
  /** Logins. */
  members: string[];
}

export interface RepositoryRecord {
  id: number;
  owner: string;
  name: string;
  /** "owner/name" */
  fullName: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  commits: Map<string, CommitRecord>;
  /** Branch name → commit SHA. */
  branches: Map<string, string>;
  /** Lower-cased name → label (GitHub matches label names case-insensitively). */
  labels: Map<string, LabelRecord>;
  /** Issues and pull requests share one numbering, as on GitHub. */
  issues: Map<number, IssueRecord | PullRequestRecord>;
  comments: Map<number, CommentRecord>;
  checkRuns: Map<number, CheckRunRecord>;
  /** `${appId}:${headSha}` → check suite id. */
  checkSuites: Map<string, number>;
  /** Logins that may be assigned issues; null when anyone may (no list was set). */
  collaborators: string[] | null;
}

export interface InstallationTokenRecord {
  token: string;
  installationId: number;
  expiresAt: string;
}
