// Check runs: create, update (annotations appended), get, list for a ref, list annotations.
import { GitHubError, validationFailed } from "../state/github-error.ts";
import { renderAnnotation, renderCheckRun } from "../representations/check-runs.ts";
import type { CheckRunWrite } from "../state/check-run-writes.ts";
import type { AppIdentity, CheckRunRecord } from "../state/records.ts";
import { pageOf, paginated } from "./pagination.ts";
import { numberParam, repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

function writingApp(request: RouteRequest): AppIdentity {
  if (!request.actor.app) throw new GitHubError(403, "You must authenticate via a GitHub App to create or update check runs.");
  return request.actor.app;
}

function runOf(request: RouteRequest): CheckRunRecord {
  const run = repositoryOf(request).checkRuns.get(numberParam(request, "check_run_id"));
  if (!run) throw new GitHubError(404, "Not Found");
  return run;
}

/** filter=latest (the default) keeps the newest run per app and name, as GitHub does. */
function latestOnly(runs: CheckRunRecord[]): CheckRunRecord[] {
  const newest = new Map<string, CheckRunRecord>();
  for (const run of runs) {
    const key = `${run.app.id}:${run.name}`;
    const kept = newest.get(key);
    if (!kept || run.id > kept.id) newest.set(key, run);
  }
  return runs.filter((run) => newest.get(`${run.app.id}:${run.name}`) === run);
}

export const checkRoutes: RouteTable = {
  "checks/create": (request) => {
    const repository = repositoryOf(request);
    const run = request.state.createCheckRun(repository.fullName, request.body as CheckRunWrite & { name: string; head_sha: string }, writingApp(request));
    return { status: 201, body: renderCheckRun(request.render, repository, run) };
  },

  "checks/update": (request) => {
    const repository = repositoryOf(request);
    const run = request.state.updateCheckRun(repository.fullName, numberParam(request, "check_run_id"), request.body as CheckRunWrite, writingApp(request));
    return { status: 200, body: renderCheckRun(request.render, repository, run) };
  },

  "checks/get": (request) => ({ status: 200, body: renderCheckRun(request.render, repositoryOf(request), runOf(request)) }),

  "checks/list-annotations": (request) => {
    const repository = repositoryOf(request);
    const run = runOf(request);
    return paginated(request, run.output.annotations, (annotation) => renderAnnotation(request.render, repository, run, annotation));
  },

  "checks/list-for-ref": (request) => {
    const repository = repositoryOf(request);
    const ref = request.params.ref as string;
    const sha = request.state.resolveRef(repository.fullName, ref);
    if (sha === undefined) throw validationFailed(`No commit found for SHA: ${ref}`);
    const name = request.query.get("check_name");
    const status = request.query.get("status");
    const appId = request.query.get("app_id");
    let runs = request.state
      .checkRuns(repository.fullName, { headSha: sha })
      .filter((run) => (name === null || run.name === name) && (status === null || run.status === status) && (appId === null || String(run.app.id) === appId));
    if ((request.query.get("filter") ?? "latest") === "latest") runs = latestOnly(runs);
    runs.sort((a, b) => b.id - a.id);
    const { items, headers } = pageOf(request, runs);
    return { status: 200, headers, body: { total_count: runs.length, check_runs: items.map((run) => renderCheckRun(request.render, repository, run)) } };
  },
};
