// Keeps a job's issues as desired: read what exists, plan, apply. Returns what was done.
import type { DesiredIssue } from "./desired-issue.ts";
import type { IssueStore } from "./issue-store.ts";
import { planIssueSync, type SyncAction, type SyncPlanInput } from "./plan-sync.ts";

export interface SyncResult {
  action: SyncAction["kind"];
  key: string;
  number: number;
  reopened?: boolean;
}

export interface SyncParams extends Omit<SyncPlanInput, "existing"> {
  store: IssueStore;
  /** The label every issue of this job carries; issues are found by it. */
  label: string;
  desired: readonly DesiredIssue[];
}

export async function syncIssues(params: SyncParams): Promise<SyncResult[]> {
  const existing = await params.store.list(params.label);
  // An owner who left (no longer a collaborator) stays named in the body but is not assigned:
  // GitHub would refuse the whole write, and the next run would try again.
  const assignable = new Set((await params.store.assignable()).map((login) => login.toLowerCase()));
  const desired = params.desired.map((issue) => ({ ...issue, assignees: issue.assignees.filter((login) => assignable.has(login.toLowerCase())) }));
  const actions = planIssueSync({ ...params, desired, existing });
  const results: SyncResult[] = [];
  for (const action of actions) {
    if (action.kind === "create") {
      const number = await params.store.create({ title: action.title, body: action.body, labels: action.labels, assignees: action.assignees });
      results.push({ action: "create", key: action.key, number });
    } else if (action.kind === "update") {
      await params.store.update(action.number, { title: action.title, body: action.body, labels: action.labels, assignees: action.assignees }, action.reopen);
      results.push({ action: "update", key: action.key, number: action.number, reopened: action.reopen });
    } else {
      await params.store.close(action.number, action.comment, action.reason);
      results.push({ action: "close", key: action.key, number: action.number });
    }
  }
  return results;
}
