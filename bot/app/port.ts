// The narrow interface between the review and GitHub: what the app reads and writes for one pull
// request. octokit-port.ts implements it over the REST and GraphQL APIs; tests may fake it.
import type { Review } from "../core/evaluate/evaluate.ts";
import type { ChangedFile } from "../core/review-plan.ts";
import type { CheckOutput } from "../core/report/schema-check.ts";

export interface PullRequestState {
  number: number;
  headSha: string;
  baseRef: string;
  baseSha: string;
  author: string;
  open: boolean;
  labels: string[];
  requestedUsers: string[];
  /** Team slugs (without the organisation). */
  requestedTeams: string[];
}

export interface ExistingCheck {
  id: number;
  name: string;
  externalId: string | null;
}

export interface ExistingComment {
  id: number;
  body: string;
}

export interface FileRequest {
  /** A commit SHA. */
  ref: string;
  path: string;
  /** Ask for a folder's listing instead of a file's text. */
  folder?: boolean;
}

/**
 * A file's text (`exists` without text: a binary file, or one too large to read as text), or a
 * folder's entries as repository paths.
 */
export interface FileContent {
  exists: boolean;
  text: string | null;
  entries?: string[];
}

export interface GitHubPort {
  getPullRequest(): Promise<PullRequestState>;
  listChangedFiles(): Promise<ChangedFile[]>;
  /** Many files and folders in one round trip. */
  readFiles(requests: readonly FileRequest[]): Promise<FileContent[]>;
  listReviews(): Promise<Review[]>;
  /** Members of an organisation team written "org/slug"; null when the team does not exist. */
  listTeamMembers(team: string): Promise<string[] | null>;
  listChecks(headSha: string): Promise<ExistingCheck[]>;
  /** Creates a completed check run; annotations beyond 50 are sent in further updates. */
  createCheck(headSha: string, name: string, output: CheckOutput, externalId: string): Promise<void>;
  listComments(): Promise<ExistingComment[]>;
  createComment(body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  addLabels(labels: string[]): Promise<void>;
  removeLabel(label: string): Promise<void>;
  /** Asks for reviews; returns those GitHub refused to ask (e.g. not a collaborator of the repository). */
  requestReviewers(users: string[], teams: string[]): Promise<string[]>;
}
