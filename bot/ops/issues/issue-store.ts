// The narrow interface the scheduled jobs need from GitHub's issues; octokit-issues.ts implements it.
import type { ExistingIssue } from "./desired-issue.ts";

export interface IssueFields {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface IssueStore {
  /** Every issue (not pull requests) that carries the label, open or closed, and every open issue. */
  list(label: string): Promise<ExistingIssue[]>;
  /** Logins that can be assigned issues in the repository (GitHub refuses a write naming anyone else). */
  assignable(): Promise<string[]>;
  /** Returns the new issue's number. */
  create(issue: IssueFields): Promise<number>;
  /** Sets the fields; `reopen` also opens a closed issue. */
  update(number: number, issue: IssueFields, reopen: boolean): Promise<void>;
  close(number: number, comment: string, reason: "completed" | "duplicate"): Promise<void>;
}
