// Check runs and the app's check suite per head. Creating a run never looks for an existing one with
// the same name or external_id: GitHub keeps both, and so two app instances racing make two.
import { applyCheckRunWrite, type CheckRunWrite } from "./check-run-writes.ts";
import { resolveRef } from "./git-history.ts";
import { GitHubError, notFound, validationFailed } from "./github-error.ts";
import type { AppIdentity, CheckRunRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface CheckRunFilter {
  headSha?: string;
  name?: string;
}

/** Every run matching the filter, oldest first (all of them, not only the latest per name). */
export function checkRuns(state: StateContext, fullName: string, filter: CheckRunFilter = {}): CheckRunRecord[] {
  return [...state.repository(fullName).checkRuns.values()].filter(
    (run) => (filter.headSha === undefined || run.headSha === filter.headSha) && (filter.name === undefined || run.name === filter.name),
  );
}

export function checkSuiteId(state: StateContext, fullName: string, app: AppIdentity, headSha: string): number {
  const suites = state.repository(fullName).checkSuites;
  const key = `${app.id}:${headSha}`;
  let id = suites.get(key);
  if (id === undefined) {
    id = state.nextId();
    suites.set(key, id);
  }
  return id;
}

export function createCheckRun(state: StateContext, fullName: string, write: CheckRunWrite & { name: string; head_sha: string }, app: AppIdentity): CheckRunRecord {
  const repository = state.repository(fullName);
  const headSha = resolveRef(repository, write.head_sha);
  if (headSha === undefined) throw validationFailed("No commit found for SHA: " + write.head_sha, [{ resource: "CheckRun", field: "head_sha", code: "invalid" }]);
  const now = state.now();
  const run: CheckRunRecord = {
    id: state.nextId(),
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
    checkSuiteId: checkSuiteId(state, fullName, app, headSha),
    writes: 0,
  };
  applyCheckRunWrite(run, write, now);
  repository.checkRuns.set(run.id, run);
  return run;
}

/** Updates a run; another app's run is a 403, as on GitHub. */
export function updateCheckRun(state: StateContext, fullName: string, id: number, write: CheckRunWrite, app?: AppIdentity): CheckRunRecord {
  const run = state.repository(fullName).checkRuns.get(id);
  if (!run) throw notFound();
  if (app && app.id !== run.app.id) throw new GitHubError(403, "Invalid app_id: the check run belongs to another app.");
  applyCheckRunWrite(run, write, state.now());
  return run;
}
