// What the app reads and writes for one pull request. Reading is the core's ReviewSource; writing is
// what reconcile needs to make GitHub show the report. octokit-port.ts implements both.
import type { CheckOutput } from "../core/report/schema-check.ts";
import type { ReviewSource } from "../core/review/source.ts";

export type { PullRequestInfo } from "../core/review/source.ts";

export interface ExistingCheck {
  id: number;
  name: string;
  externalId: string | null;
}

export interface ExistingComment {
  id: number;
  body: string;
}

export interface GitHubPort extends ReviewSource {
  listChecks(headSha: string): Promise<ExistingCheck[]>;
  /** Creates a completed check run; annotations beyond 50 are sent in further updates. */
  createCheck(headSha: string, name: string, output: CheckOutput, externalId: string): Promise<void>;
  listComments(): Promise<ExistingComment[]>;
  createComment(body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** Deletes a comment; one already gone is not an error. */
  deleteComment(id: number): Promise<void>;
  addLabels(labels: string[]): Promise<void>;
  removeLabel(label: string): Promise<void>;
  /** Asks for reviews; returns those GitHub refused to ask (e.g. not a collaborator of the repository). */
  requestReviewers(users: string[], teams: string[]): Promise<string[]>;
}
