// The fake's whole state and the operations on it. The HTTP routes and the tests share these methods,
// so a review seeded by a test and one submitted over the API follow the same GitHub rules.
import { applyCheckRunWrite, type CheckRunWrite } from "./check-run-writes.ts";
import { compareTrees } from "./file-changes.ts";
import { lookup, walkFiles, type Blob, type Tree } from "./file-tree.ts";
import { commitsBetween, createCommit, mergeBase, resolveRef, type CommitInput } from "./git-history.ts";
import { GitHubError, notFound, validationFailed } from "./github-error.ts";
import type {
  AppIdentity,
  BranchPointer,
  CheckRunRecord,
  CommentRecord,
  CommitRecord,
  FileChangeRecord,
  InstallationTokenRecord,
  IssueRecord,
  LabelRecord,
  PullRequestRecord,
  RepositoryRecord,
  ReviewRecord,
  ReviewState,
  TeamRecord,
} from "./records.ts";

export interface GitHubStateOptions {
  /** The app whose installation tokens the fake issues. Default: id 1, slug "work-manuals". */
  app?: AppIdentity;
  /** The clock for every timestamp the fake writes. Default: the real time. */
  now?: () => Date;
}

export interface RepositoryOptions {
  defaultBranch?: string;
  private?: boolean;
}

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

export interface ReviewInput {
  user: string;
  state: ReviewState;
  /** Default: the pull request's current head SHA. */
  commitId?: string;
  body?: string;
  submittedAt?: string;
}

export interface IssueInput {
  title: string;
  body?: string | null;
  user: string;
  labels?: string[];
  assignees?: string[];
}

export const GITHUB_ACTIONS_APP: AppIdentity = { id: 15368, slug: "github-actions", name: "GitHub Actions" };

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export class GitHubState {
  readonly app: AppIdentity;
  readonly repositories = new Map<string, RepositoryRecord>();
  /** `${org}/${slug}` → team. */
  readonly teams = new Map<string, TeamRecord>();
  readonly tokens = new Map<string, InstallationTokenRecord>();
  /** Login → numeric id, assigned on first sight so that every rendered user has a stable id. */
  readonly users = new Map<string, number>();
  readonly organizations = new Set<string>();
  readonly #clock: () => Date;
  #lastId = 1000;
  readonly #comparisons = new Map<string, FileChangeRecord[]>();

  constructor(options: GitHubStateOptions = {}) {
    this.app = options.app ?? { id: 1, slug: "work-manuals", name: "Work Manuals" };
    this.#clock = options.now ?? (() => new Date());
  }

  /** The login GitHub shows for the app's own comments and reviews. */
  get botLogin(): string {
    return `${this.app.slug}[bot]`;
  }

  now(): string {
    return isoSeconds(this.#clock());
  }

  nowDate(): Date {
    return this.#clock();
  }

  nextId(): number {
    this.#lastId += 1;
    return this.#lastId;
  }

  userId(login: string): number {
    let id = this.users.get(login);
    if (id === undefined) {
      id = this.nextId();
      this.users.set(login, id);
    }
    return id;
  }

  // Repositories and git data

  createRepository(fullName: string, options: RepositoryOptions = {}): RepositoryRecord {
    const [owner, name, ...rest] = fullName.split("/");
    if (!owner || !name || rest.length > 0) throw new Error(`Repository name "${fullName}" must be "owner/name".`);
    if (this.repositories.has(fullName)) throw new Error(`Repository ${fullName} already exists.`);
    this.organizations.add(owner);
    const repository: RepositoryRecord = {
      id: this.nextId(),
      owner,
      name,
      fullName,
      defaultBranch: options.defaultBranch ?? "main",
      private: options.private ?? false,
      createdAt: this.now(),
      commits: new Map(),
      branches: new Map(),
      labels: new Map(),
      issues: new Map(),
      comments: new Map(),
      checkRuns: new Map(),
      checkSuites: new Map(),
    };
    this.repositories.set(fullName, repository);
    return repository;
  }

  /** The repository record; throws when unknown (tests seed repositories before use). */
  repository(fullName: string): RepositoryRecord {
    const repository = this.repositories.get(fullName);
    if (!repository) throw new Error(`The fake has no repository ${fullName}; seed it with commit() or createRepository().`);
    return repository;
  }

  /** Records a commit and returns its SHA. Creates the repository on first use. */
  commit(fullName: string, input: CommitInput): string {
    const repository = this.repositories.get(fullName) ?? this.createRepository(fullName);
    return createCommit(repository, input, this.now()).sha;
  }

  getCommit(fullName: string, sha: string): CommitRecord | undefined {
    return this.repository(fullName).commits.get(sha);
  }

  setBranch(fullName: string, branch: string, sha: string): void {
    const repository = this.repository(fullName);
    if (!repository.commits.has(sha)) throw new Error(`${fullName} has no commit ${sha}.`);
    repository.branches.set(branch, sha);
  }

  resolveRef(fullName: string, ref: string): string | undefined {
    return resolveRef(this.repository(fullName), ref);
  }

  treeAt(fullName: string, ref: string): Tree | undefined {
    const repository = this.repository(fullName);
    const sha = resolveRef(repository, ref);
    if (sha === undefined) throw new Error(`${fullName} has no ref ${ref}.`);
    return repository.commits.get(sha)?.tree;
  }

  /** The file at `path` in `ref`, or undefined when missing (or a folder). */
  fileAt(fullName: string, ref: string, path: string): Blob | undefined {
    const entry = lookup(this.treeAt(fullName, ref), path);
    return entry?.kind === "blob" ? entry : undefined;
  }

  readFile(fullName: string, ref: string, path: string): string | undefined {
    return this.fileAt(fullName, ref, path)?.text();
  }

  listFiles(fullName: string, ref: string): string[] {
    return [...walkFiles(this.treeAt(fullName, ref))].map(([path]) => path);
  }

  /** The files changed from the merge base of `base` and `head` to `head` (three-dot, as GitHub compares). */
  compare(fullName: string, base: string, head: string): FileChangeRecord[] {
    const repository = this.repository(fullName);
    const from = mergeBase(repository, base, head) ?? base;
    const key = `${fullName}:${from}...${head}`;
    let changes = this.#comparisons.get(key);
    if (!changes) {
      changes = compareTrees(repository.commits.get(from)?.tree, repository.commits.get(head)?.tree);
      this.#comparisons.set(key, changes);
    }
    return changes;
  }

  mergeBase(fullName: string, a: string, b: string): string | undefined {
    return mergeBase(this.repository(fullName), a, b);
  }

  commitsBetween(fullName: string, base: string, head: string): CommitRecord[] {
    return commitsBetween(this.repository(fullName), base, head);
  }

  // Issues and pull requests

  #nextNumber(repository: RepositoryRecord): number {
    return repository.issues.size + 1;
  }

  issueOrPull(fullName: string, number: number): IssueRecord | PullRequestRecord {
    const record = this.repository(fullName).issues.get(number);
    if (!record) throw notFound();
    return record;
  }

  pullRequest(fullName: string, number: number): PullRequestRecord {
    const record = this.issueOrPull(fullName, number);
    if (record.kind !== "pull") throw notFound();
    return record;
  }

  issue(fullName: string, number: number): IssueRecord {
    const record = this.issueOrPull(fullName, number);
    if (record.kind !== "issue") throw new Error(`#${number} in ${fullName} is a pull request.`);
    return record;
  }

  /** Issues only (not pull requests), by number. */
  issues(fullName: string): IssueRecord[] {
    return [...this.repository(fullName).issues.values()].filter((record): record is IssueRecord => record.kind === "issue");
  }

  pullRequests(fullName: string): PullRequestRecord[] {
    return [...this.repository(fullName).issues.values()].filter((record): record is PullRequestRecord => record.kind === "pull");
  }

  #pointer(repository: RepositoryRecord, pointer: string | BranchPointer): BranchPointer {
    if (typeof pointer !== "string") {
      if (!repository.commits.has(pointer.sha)) throw new Error(`${repository.fullName} has no commit ${pointer.sha}.`);
      repository.branches.set(pointer.ref, pointer.sha);
      return { ref: pointer.ref, sha: pointer.sha };
    }
    const sha = repository.branches.get(pointer);
    if (sha === undefined) throw new Error(`${repository.fullName} has no branch ${pointer}.`);
    return { ref: pointer, sha };
  }

  openPullRequest(fullName: string, input: PullRequestInput): PullRequestRecord {
    const repository = this.repository(fullName);
    const now = this.now();
    const pull: PullRequestRecord = {
      kind: "pull",
      id: this.nextId(),
      number: this.#nextNumber(repository),
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
      head: this.#pointer(repository, input.head),
      base: this.#pointer(repository, input.base ?? repository.defaultBranch),
      requestedReviewers: [],
      requestedTeams: [],
      reviews: [],
      merged: false,
      mergedAt: null,
      maintainerCanModify: false,
    };
    this.userId(input.user);
    repository.issues.set(pull.number, pull);
    if (input.labels) this.addLabels(fullName, pull.number, input.labels);
    return pull;
  }

  /** A new push to the pull request's branch: the head (and the branch) move to `sha`. */
  setHead(fullName: string, number: number, sha: string): PullRequestRecord {
    const repository = this.repository(fullName);
    const pull = this.pullRequest(fullName, number);
    if (!repository.commits.has(sha)) throw new Error(`${fullName} has no commit ${sha}.`);
    pull.head = { ref: pull.head.ref, sha };
    repository.branches.set(pull.head.ref, sha);
    pull.updatedAt = this.now();
    return pull;
  }

  /** The pull request now targets `base` (a branch name at its tip, or a branch and SHA). */
  setBase(fullName: string, number: number, base: string | BranchPointer): PullRequestRecord {
    const pull = this.pullRequest(fullName, number);
    pull.base = this.#pointer(this.repository(fullName), base);
    pull.updatedAt = this.now();
    return pull;
  }

  createIssue(fullName: string, input: IssueInput): IssueRecord {
    const repository = this.repository(fullName);
    const now = this.now();
    const issue: IssueRecord = {
      kind: "issue",
      id: this.nextId(),
      number: this.#nextNumber(repository),
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
    this.userId(input.user);
    repository.issues.set(issue.number, issue);
    if (input.labels) this.addLabels(fullName, issue.number, input.labels);
    return issue;
  }

  /** Opens or closes an issue or pull request, recording who and when as GitHub does. */
  setIssueState(fullName: string, number: number, state: "open" | "closed", by: string, reason?: IssueRecord["stateReason"]): void {
    const record = this.issueOrPull(fullName, number);
    if (record.state === state) return;
    record.state = state;
    record.updatedAt = this.now();
    if (state === "closed") {
      record.closedAt = record.updatedAt;
      record.closedBy = by;
      record.stateReason = record.kind === "issue" ? (reason ?? "completed") : null;
    } else {
      record.closedAt = null;
      record.closedBy = null;
      record.stateReason = record.kind === "issue" ? "reopened" : null;
    }
  }

  // Labels

  /** The repository's label, created with GitHub's default colour when first used. */
  label(fullName: string, name: string): LabelRecord {
    const repository = this.repository(fullName);
    const key = name.toLowerCase();
    let label = repository.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color: "ededed", description: null, default: false };
      repository.labels.set(key, label);
    }
    return label;
  }

  /** Adds labels not yet on the issue; returns the label names now on it. */
  addLabels(fullName: string, number: number, names: string[]): string[] {
    const record = this.issueOrPull(fullName, number);
    for (const name of names) {
      const label = this.label(fullName, name);
      if (!record.labels.some((existing) => existing.toLowerCase() === label.name.toLowerCase())) record.labels.push(label.name);
    }
    record.updatedAt = this.now();
    return record.labels;
  }

  /** Removes a label; throws 404 when the issue does not carry it, as GitHub does. */
  removeLabel(fullName: string, number: number, name: string): string[] {
    const record = this.issueOrPull(fullName, number);
    const index = record.labels.findIndex((existing) => existing.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new GitHubError(404, "Label does not exist");
    record.labels.splice(index, 1);
    record.updatedAt = this.now();
    return record.labels;
  }

  setLabels(fullName: string, number: number, names: string[]): string[] {
    this.issueOrPull(fullName, number).labels = [];
    return this.addLabels(fullName, number, names);
  }

  // Comments

  comments(fullName: string, number: number): CommentRecord[] {
    return [...this.repository(fullName).comments.values()].filter((comment) => comment.issueNumber === number);
  }

  addComment(fullName: string, number: number, input: { body: string; user: string; app?: AppIdentity | null }): CommentRecord {
    const record = this.issueOrPull(fullName, number);
    const now = this.now();
    const comment: CommentRecord = { id: this.nextId(), issueNumber: record.number, body: input.body, user: input.user, app: input.app ?? null, createdAt: now, updatedAt: now };
    this.userId(input.user);
    this.repository(fullName).comments.set(comment.id, comment);
    return comment;
  }

  updateComment(fullName: string, id: number, body: string): CommentRecord {
    const comment = this.repository(fullName).comments.get(id);
    if (!comment) throw notFound();
    comment.body = body;
    comment.updatedAt = this.now();
    return comment;
  }

  // Reviews and review requests

  /** Submits a review. Like GitHub, this fulfils the reviewer's request and that of their teams. */
  addReview(fullName: string, number: number, input: ReviewInput): ReviewRecord {
    const pull = this.pullRequest(fullName, number);
    const review: ReviewRecord = {
      id: this.nextId(),
      user: input.user,
      state: input.state,
      commitId: input.commitId ?? pull.head.sha,
      body: input.body ?? "",
      submittedAt: input.submittedAt ?? this.now(),
    };
    this.userId(input.user);
    pull.reviews.push(review);
    if (input.state !== "PENDING") {
      const owner = this.repository(fullName).owner;
      pull.requestedReviewers = pull.requestedReviewers.filter((login) => login !== input.user);
      pull.requestedTeams = pull.requestedTeams.filter((slug) => !this.teams.get(`${owner}/${slug}`)?.members.includes(input.user));
    }
    return review;
  }

  dismissReview(fullName: string, number: number, reviewId: number): ReviewRecord {
    const review = this.pullRequest(fullName, number).reviews.find((candidate) => candidate.id === reviewId);
    if (!review) throw notFound();
    review.state = "DISMISSED";
    return review;
  }

  /** Adds review requests as GitHub's API does: never the author, only teams of the owner's organisation. */
  requestReviewers(fullName: string, number: number, request: { reviewers?: string[]; teams?: string[] }): PullRequestRecord {
    const pull = this.pullRequest(fullName, number);
    const owner = this.repository(fullName).owner;
    const reviewers = request.reviewers ?? [];
    const teams = request.teams ?? [];
    if (reviewers.some((login) => login.toLowerCase() === pull.user.toLowerCase())) {
      throw validationFailed("Review cannot be requested from pull request author.");
    }
    const unknownTeams = teams.filter((slug) => !this.teams.has(`${owner}/${slug}`));
    if (unknownTeams.length > 0) {
      throw validationFailed(`Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${fullName} repository.`);
    }
    for (const login of reviewers) if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login);
    for (const slug of teams) if (!pull.requestedTeams.includes(slug)) pull.requestedTeams.push(slug);
    for (const login of reviewers) this.userId(login);
    pull.updatedAt = this.now();
    return pull;
  }

  removeReviewRequests(fullName: string, number: number, request: { reviewers?: string[]; teams?: string[] }): PullRequestRecord {
    const pull = this.pullRequest(fullName, number);
    pull.requestedReviewers = pull.requestedReviewers.filter((login) => !(request.reviewers ?? []).includes(login));
    pull.requestedTeams = pull.requestedTeams.filter((slug) => !(request.teams ?? []).includes(slug));
    return pull;
  }

  // Assignable users (collaborators with push access). A repository without a list assigns anyone.

  readonly #collaborators = new Map<string, string[]>();

  /** Who may be assigned issues in the repository; creating or updating an issue with anyone else is a 422. */
  setCollaborators(fullName: string, logins: string[]): void {
    this.repository(fullName);
    for (const login of logins) this.userId(login);
    this.#collaborators.set(fullName, [...new Set(logins)]);
  }

  /** The repository's assignable users: its collaborators when set, else every user the fake knows. */
  assignableUsers(fullName: string): string[] {
    this.repository(fullName);
    return this.#collaborators.get(fullName) ?? [...this.users.keys()];
  }

  canBeAssigned(fullName: string, login: string): boolean {
    const collaborators = this.#collaborators.get(fullName);
    return !collaborators || collaborators.some((c) => c.toLowerCase() === login.toLowerCase());
  }

  // Teams

  setTeam(org: string, slug: string, members: string[], options: { name?: string; description?: string } = {}): TeamRecord {
    const key = `${org}/${slug}`;
    const team: TeamRecord = {
      id: this.teams.get(key)?.id ?? this.nextId(),
      org,
      slug,
      name: options.name ?? slug,
      description: options.description ?? null,
      members: [...members],
    };
    this.organizations.add(org);
    for (const login of members) this.userId(login);
    this.teams.set(key, team);
    return team;
  }

  team(org: string, slug: string): TeamRecord | undefined {
    return this.teams.get(`${org}/${slug}`);
  }

  // Check runs

  checkRuns(fullName: string, filter: { headSha?: string; name?: string } = {}): CheckRunRecord[] {
    return [...this.repository(fullName).checkRuns.values()].filter(
      (run) => (filter.headSha === undefined || run.headSha === filter.headSha) && (filter.name === undefined || run.name === filter.name),
    );
  }

  checkSuiteId(fullName: string, app: AppIdentity, headSha: string): number {
    const suites = this.repository(fullName).checkSuites;
    const key = `${app.id}:${headSha}`;
    let id = suites.get(key);
    if (id === undefined) {
      id = this.nextId();
      suites.set(key, id);
    }
    return id;
  }

  createCheckRun(fullName: string, write: CheckRunWrite & { name: string; head_sha: string }, app: AppIdentity = this.app): CheckRunRecord {
    const repository = this.repository(fullName);
    const headSha = resolveRef(repository, write.head_sha);
    if (headSha === undefined) throw validationFailed("No commit found for SHA: " + write.head_sha, [{ resource: "CheckRun", field: "head_sha", code: "invalid" }]);
    const now = this.now();
    const run: CheckRunRecord = {
      id: this.nextId(),
      name: write.name,
      headSha,
      status: "queued",
      conclusion: null,
      startedAt: now,
      completedAt: null,
      externalId: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      actions: [],
      app,
      checkSuiteId: this.checkSuiteId(fullName, app, headSha),
      writes: 0,
    };
    applyCheckRunWrite(run, write, now);
    repository.checkRuns.set(run.id, run);
    return run;
  }

  updateCheckRun(fullName: string, id: number, write: CheckRunWrite, app?: AppIdentity): CheckRunRecord {
    const run = this.repository(fullName).checkRuns.get(id);
    if (!run) throw notFound();
    if (app && app.id !== run.app.id) throw new GitHubError(403, "Invalid app_id: the check run belongs to another app.");
    applyCheckRunWrite(run, write, this.now());
    return run;
  }

  // Installation tokens

  issueInstallationToken(installationId: number): InstallationTokenRecord {
    const record: InstallationTokenRecord = {
      token: `ghs_fake${String(this.tokens.size + 1).padStart(6, "0")}i${installationId}`,
      installationId,
      expiresAt: isoSeconds(new Date(this.#clock().getTime() + 60 * 60 * 1000)),
    };
    this.tokens.set(record.token, record);
    return record;
  }
}
