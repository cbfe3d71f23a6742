// `manuals remind due` without the printing: the manuals due per department (the core's
// reviewsDue, as `manuals due` shows them), then one issue per department kept up to date.
import type { Registry } from "../../core/registry.ts";
import { reviewsDue, type DueManual } from "../../core/schedule/review-due.ts";
import type { ManualSummary } from "../../core/validate/manual-summary.ts";
import { fileUrl, type GitHubTarget } from "../github/github-target.ts";
import type { DesiredIssue } from "../issues/desired-issue.ts";
import type { IssueStore } from "../issues/issue-store.ts";
import { syncIssues, type SyncResult } from "../issues/sync-issues.ts";
import { DUE_CLOSING_COMMENT, DUE_KIND, DUE_LABEL, dueIssues } from "./due-issues.ts";

export interface DueReminderParams {
  registry: Registry;
  index: readonly ManualSummary[];
  today: string;
  within: number;
  /** For links to the manuals; without it the links are repository paths. */
  target: Pick<GitHubTarget, "owner" | "repo" | "serverUrl"> | null;
  /** null: only compute (dry run). */
  store: IssueStore | null;
  /** The bot configuration's labels.department_prefix, so issues and pull requests share labels. */
  departmentPrefix?: string;
}

export async function runDueReminders(params: DueReminderParams): Promise<{ due: DueManual[]; issues: DesiredIssue[]; synced: SyncResult[] | null }> {
  const due = reviewsDue(params.index, params.today, params.within);
  const issues = dueIssues({ due, registry: params.registry, within: params.within, departmentPrefix: params.departmentPrefix, link: (path) => (params.target ? fileUrl(params.target, path) : path) });
  const synced = params.store ? await syncIssues({ store: params.store, label: DUE_LABEL, kind: DUE_KIND, desired: issues, closingComment: DUE_CLOSING_COMMENT }) : null;
  return { due, issues, synced };
}
