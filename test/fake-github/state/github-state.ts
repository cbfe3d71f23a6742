// The fake's whole state: the records, ids and clock, and one method per operation. Each operation's
// GitHub rules live in the module of its resource (repositories, git objects, issues, labels,
// comments, pull requests, reviews, teams, check runs, installation tokens); the HTTP routes and the
// tests both call these methods, so a review seeded by a test and one submitted over the API follow
// the same rules.
import type { CheckRunWrite } from "./check-run-writes.ts";
import * as checks from "./check-runs.ts";
import * as commentsOf from "./comments.ts";
import type { Blob, Tree } from "./file-tree.ts";
import type { CommitInput } from "./git-history.ts";
import * as git from "./git-objects.ts";
import { issueInstallationToken } from "./installation-tokens.ts";
import * as issuesOf from "./issues.ts";
import * as labels from "./labels.ts";
import * as pulls from "./pull-requests.ts";
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
  TeamRecord,
} from "./records.ts";
import * as repositories from "./repositories.ts";
import * as reviews from "./reviews.ts";
import { isoSeconds, type StateContext } from "./state-context.ts";
import * as teams from "./teams.ts";

export type { IssueInput } from "./issues.ts";
export type { PullRequestInput } from "./pull-requests.ts";
export type { RepositoryOptions } from "./repositories.ts";
export type { ReviewInput, ReviewRequest } from "./reviews.ts";
export type { TeamOptions } from "./teams.ts";
export type { CheckRunFilter } from "./check-runs.ts";
export { isoSeconds };

/** GitHub's cut-off for GraphQL's Blob.text is undocumented; reports put it near 512 KB. */
export const DEFAULT_BLOB_TEXT_LIMIT = 512 * 1024;

export interface GitHubStateOptions {
  /** The app whose installation tokens the fake issues. Default: id 1, slug "work-manuals". */
  app?: AppIdentity;
  /** The clock for every timestamp the fake writes. Default: the real time. */
  now?: () => Date;
  /** Bytes of a blob GraphQL's Blob.text carries before it is cut (isTruncated). Default DEFAULT_BLOB_TEXT_LIMIT. */
  blobTextLimit?: number;
}

export const GITHUB_ACTIONS_APP: AppIdentity = { id: 15368, slug: "github-actions", name: "GitHub Actions" };

export class GitHubState implements StateContext {
  readonly app: AppIdentity;
  readonly repositories = new Map<string, RepositoryRecord>();
  /** `${org}/${slug}` → team. */
  readonly teams = new Map<string, TeamRecord>();
  readonly tokens = new Map<string, InstallationTokenRecord>();
  /** Login → numeric id, assigned on first sight so that every rendered user has a stable id. */
  readonly users = new Map<string, number>();
  readonly organizations = new Set<string>();
  /** Bytes of Blob.text GraphQL serves whole; a test may lower it at any time to exercise truncation. */
  blobTextLimit: number;
  readonly #clock: () => Date;
  #lastId = 1000;

  constructor(options: GitHubStateOptions = {}) {
    this.app = options.app ?? { id: 1, slug: "work-manuals", name: "Work Manuals" };
    this.#clock = options.now ?? (() => new Date());
    this.blobTextLimit = options.blobTextLimit ?? DEFAULT_BLOB_TEXT_LIMIT;
    if (!Number.isInteger(this.blobTextLimit) || this.blobTextLimit < 0) throw new Error(`blobTextLimit must be a whole number of bytes, not ${options.blobTextLimit}.`);
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

  repository(fullName: string): RepositoryRecord {
    const repository = this.repositories.get(fullName);
    if (!repository) throw new Error(`The fake has no repository ${fullName}; seed it with commit() or createRepository().`);
    return repository;
  }

  // Repositories and assignable users (without a collaborator list anyone can be assigned)

  createRepository(fullName: string, options?: repositories.RepositoryOptions): RepositoryRecord {
    return repositories.createRepository(this, fullName, options);
  }

  setCollaborators(fullName: string, logins: string[]): void {
    repositories.setCollaborators(this, fullName, logins);
  }

  assignableUsers(fullName: string): string[] {
    return repositories.assignableUsers(this, fullName);
  }

  canBeAssigned(fullName: string, login: string): boolean {
    return repositories.canBeAssigned(this, fullName, login);
  }

  // Git data

  commit(fullName: string, input: CommitInput): string {
    return git.commit(this, fullName, input);
  }

  getCommit(fullName: string, sha: string): CommitRecord | undefined {
    return git.getCommit(this, fullName, sha);
  }

  setBranch(fullName: string, branch: string, sha: string): void {
    git.setBranch(this, fullName, branch, sha);
  }

  resolveRef(fullName: string, ref: string): string | undefined {
    return git.resolveRef(this.repository(fullName), ref);
  }

  treeAt(fullName: string, ref: string): Tree | undefined {
    return git.treeAt(this, fullName, ref);
  }

  fileAt(fullName: string, ref: string, path: string): Blob | undefined {
    return git.fileAt(this, fullName, ref, path);
  }

  readFile(fullName: string, ref: string, path: string): string | undefined {
    return git.fileAt(this, fullName, ref, path)?.text();
  }

  /** The blob with this SHA in any commit of the repository (what GET /git/blobs/{sha} serves). */
  blob(fullName: string, sha: string): Blob | undefined {
    return git.blobBySha(this.repository(fullName), sha);
  }

  listFiles(fullName: string, ref: string): string[] {
    return git.listFiles(this, fullName, ref);
  }

  compare(fullName: string, base: string, head: string): FileChangeRecord[] {
    return git.compare(this, fullName, base, head);
  }

  mergeBase(fullName: string, a: string, b: string): string | undefined {
    return git.mergeBase(this.repository(fullName), a, b);
  }

  commitsBetween(fullName: string, base: string, head: string): CommitRecord[] {
    return git.commitsBetween(this.repository(fullName), base, head);
  }

  // Issues and pull requests

  issueOrPull(fullName: string, number: number): IssueRecord | PullRequestRecord {
    return issuesOf.issueOrPull(this, fullName, number);
  }

  pullRequest(fullName: string, number: number): PullRequestRecord {
    return issuesOf.pullRequest(this, fullName, number);
  }

  issue(fullName: string, number: number): IssueRecord {
    return issuesOf.issue(this, fullName, number);
  }

  issues(fullName: string): IssueRecord[] {
    return issuesOf.issues(this, fullName);
  }

  pullRequests(fullName: string): PullRequestRecord[] {
    return issuesOf.pullRequests(this, fullName);
  }

  openPullRequest(fullName: string, input: pulls.PullRequestInput): PullRequestRecord {
    return pulls.openPullRequest(this, fullName, input);
  }

  setHead(fullName: string, number: number, sha: string): PullRequestRecord {
    return pulls.setHead(this, fullName, number, sha);
  }

  setBase(fullName: string, number: number, base: string | BranchPointer): PullRequestRecord {
    return pulls.setBase(this, fullName, number, base);
  }

  createIssue(fullName: string, input: issuesOf.IssueInput): IssueRecord {
    return issuesOf.createIssue(this, fullName, input);
  }

  setIssueState(fullName: string, number: number, state: "open" | "closed", by: string, reason?: IssueRecord["stateReason"]): void {
    issuesOf.setIssueState(this, fullName, number, state, by, reason);
  }

  // Labels

  label(fullName: string, name: string): LabelRecord {
    return labels.label(this, fullName, name);
  }

  addLabels(fullName: string, number: number, names: string[]): string[] {
    return labels.addLabels(this, fullName, number, names);
  }

  removeLabel(fullName: string, number: number, name: string): string[] {
    return labels.removeLabel(this, fullName, number, name);
  }

  setLabels(fullName: string, number: number, names: string[]): string[] {
    return labels.setLabels(this, fullName, number, names);
  }

  // Comments

  comments(fullName: string, number: number): CommentRecord[] {
    return commentsOf.comments(this, fullName, number);
  }

  addComment(fullName: string, number: number, input: { body: string; user: string; app?: AppIdentity | null }): CommentRecord {
    return commentsOf.addComment(this, fullName, number, input);
  }

  updateComment(fullName: string, id: number, body: string): CommentRecord {
    return commentsOf.updateComment(this, fullName, id, body);
  }

  deleteComment(fullName: string, id: number): void {
    commentsOf.deleteComment(this, fullName, id);
  }

  // Reviews and review requests

  addReview(fullName: string, number: number, input: reviews.ReviewInput): ReviewRecord {
    return reviews.addReview(this, fullName, number, input);
  }

  dismissReview(fullName: string, number: number, reviewId: number): ReviewRecord {
    return reviews.dismissReview(this, fullName, number, reviewId);
  }

  requestReviewers(fullName: string, number: number, request: reviews.ReviewRequest): PullRequestRecord {
    return reviews.requestReviewers(this, fullName, number, request);
  }

  removeReviewRequests(fullName: string, number: number, request: reviews.ReviewRequest): PullRequestRecord {
    return reviews.removeReviewRequests(this, fullName, number, request);
  }

  // Teams

  setTeam(org: string, slug: string, members: string[], options?: teams.TeamOptions): TeamRecord {
    return teams.setTeam(this, org, slug, members, options);
  }

  team(org: string, slug: string): TeamRecord | undefined {
    return this.teams.get(`${org}/${slug}`);
  }

  // Check runs

  checkRuns(fullName: string, filter?: checks.CheckRunFilter): CheckRunRecord[] {
    return checks.checkRuns(this, fullName, filter);
  }

  checkSuiteId(fullName: string, app: AppIdentity, headSha: string): number {
    return checks.checkSuiteId(this, fullName, app, headSha);
  }

  createCheckRun(fullName: string, write: CheckRunWrite & { name: string; head_sha: string }, app: AppIdentity = this.app): CheckRunRecord {
    return checks.createCheckRun(this, fullName, write, app);
  }

  updateCheckRun(fullName: string, id: number, write: CheckRunWrite, app?: AppIdentity): CheckRunRecord {
    return checks.updateCheckRun(this, fullName, id, write, app);
  }

  // Installation tokens

  issueInstallationToken(installationId: number): InstallationTokenRecord {
    return issueInstallationToken(this, this.tokens, installationId);
  }
}
