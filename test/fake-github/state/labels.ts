// Labels of a repository and on its issues and pull requests; GitHub matches names case-insensitively.
import { GitHubError, notFound } from "./github-error.ts";
import type { LabelRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

/** The issue or pull request (looked up here rather than in issues.ts, which labels new issues). */
function labelled(state: StateContext, fullName: string, number: number) {
  const record = state.repository(fullName).issues.get(number);
  if (!record) throw notFound();
  return record;
}

/** The repository's label, created with GitHub's default colour when first used. */
export function label(state: StateContext, fullName: string, name: string): LabelRecord {
  const repository = state.repository(fullName);
  const key = name.toLowerCase();
  let record = repository.labels.get(key);
  if (!record) {
    record = { id: state.nextId(), name, color: "ededed", description: null, default: false };
    repository.labels.set(key, record);
  }
  return record;
}

/** Adds labels not yet on the issue; returns the label names now on it. */
export function addLabels(state: StateContext, fullName: string, number: number, names: string[]): string[] {
  const record = labelled(state, fullName, number);
  for (const name of names) {
    const added = label(state, fullName, name);
    if (!record.labels.some((existing) => existing.toLowerCase() === added.name.toLowerCase())) record.labels.push(added.name);
  }
  record.updatedAt = state.now();
  return record.labels;
}

/** Removes a label; throws 404 when the issue does not carry it, as GitHub does. */
export function removeLabel(state: StateContext, fullName: string, number: number, name: string): string[] {
  const record = labelled(state, fullName, number);
  const index = record.labels.findIndex((existing) => existing.toLowerCase() === name.toLowerCase());
  if (index < 0) throw new GitHubError(404, "Label does not exist");
  record.labels.splice(index, 1);
  record.updatedAt = state.now();
  return record.labels;
}

export function setLabels(state: StateContext, fullName: string, number: number, names: string[]): string[] {
  labelled(state, fullName, number).labels = [];
  return addLabels(state, fullName, number, names);
}
