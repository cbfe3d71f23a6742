// The narrow interface the scheduled jobs need from GitHub's issues; octokit-issues.ts implements it.
import type { ExistingIssue } from "./desired-issue.ts";

export interface IssueFields {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface IssueStore {
  /** Every issue (open and closed, not pull requests) carrying the label. */
  list(label: string): Promise<ExistingIssue[]>;
  /** Returns the new issue's number. */
  create(issue: IssueFields): Promise<number>;
  /** Sets the fields and makes sure the issue is open. */
  update(number: number, issue: IssueFields): Promise<void>;
  close(number: number, comment: string, reason: "completed" | "duplicate"): Promise<void>;
}
