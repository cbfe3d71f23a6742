// What to do so that exactly one issue per key is open with the desired content, and none for keys
// that no longer need one. Pure: the same inputs give the same plan, and applying a plan then
// planning again gives an empty plan (so reruns never duplicate or flap).
import { bodyWithMarker, duplicateComment, keyOf, type DesiredIssue, type ExistingIssue } from "./desired-issue.ts";

export type SyncAction =
  | { kind: "create"; key: string; title: string; body: string; labels: string[]; assignees: string[] }
  | { kind: "update"; key: string; number: number; reopen: boolean; title: string; body: string; labels: string[]; assignees: string[] }
  | { kind: "close"; key: string; number: number; comment: string; reason: "completed" | "duplicate" };

export interface SyncPlanInput {
  /** The job's marker kind, e.g. "due" or "law". */
  kind: string;
  desired: readonly DesiredIssue[];
  /** Issues that may be this job's (both states), e.g. every issue with the job's label. */
  existing: readonly ExistingIssue[];
  /** Keys the job could not judge this time (e.g. a law the service did not find): left as they are. */
  keep?: ReadonlySet<string>;
  /** Comment posted when an issue is closed because nothing is left to do. */
  closingComment: string;
  /** Comment on an extra open issue for a key, closed in favour of the one kept. */
  duplicateComment?: (kept: number) => string;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].map((x) => x.toLowerCase()).sort().join("\n") === [...b].map((x) => x.toLowerCase()).sort().join("\n");

export function planIssueSync(input: SyncPlanInput): SyncAction[] {
  const byKey = new Map<string, ExistingIssue[]>();
  for (const issue of input.existing) {
    const key = keyOf(input.kind, issue.body);
    if (key === null) continue; // not ours, whatever its labels say
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }
  const actions: SyncAction[] = [];
  const desiredKeys = new Set(input.desired.map((d) => d.key));

  for (const [key, issues] of byKey) {
    // Keep one issue per key: the oldest open one, else the most recent closed one (reopened if needed).
    const open = issues.filter((i) => i.state === "open").sort((a, b) => a.number - b.number);
    const kept = open[0] ?? [...issues].sort((a, b) => b.number - a.number)[0]!;
    for (const extra of open.slice(1)) actions.push({ kind: "close", key, number: extra.number, comment: (input.duplicateComment ?? duplicateComment)(kept.number), reason: "duplicate" });
    byKey.set(key, [kept]);
  }

  for (const want of input.desired) {
    const body = bodyWithMarker(input.kind, want);
    const have = byKey.get(want.key)?.[0];
    if (!have) {
      actions.push({ kind: "create", key: want.key, title: want.title, body, labels: want.labels, assignees: want.assignees });
      continue;
    }
    // Labels people added stay; the job's own labels are ensured.
    const labels = [...have.labels, ...want.labels.filter((l) => !have.labels.includes(l))];
    const differs = have.state !== "open" || have.title !== want.title || have.body.trim() !== body.trim() || !sameSet(labels, have.labels) || !sameSet(want.assignees, have.assignees);
    if (differs) actions.push({ kind: "update", key: want.key, number: have.number, reopen: have.state !== "open", title: want.title, body, labels, assignees: want.assignees });
  }

  for (const [key, [have]] of byKey) {
    if (!have || desiredKeys.has(key) || input.keep?.has(key) || have.state !== "open") continue;
    actions.push({ kind: "close", key, number: have.number, comment: input.closingComment, reason: "completed" });
  }
  return actions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
