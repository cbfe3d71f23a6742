// Check runs and their annotations as GitHub renders them.
import { renderPullRequestMinimal } from "./pull-requests.ts";
import { nodeId, repoApi, repoWeb, type RenderContext } from "./render-context.ts";
import { renderApp } from "./users.ts";
import type { AnnotationRecord, CheckRunRecord, RepositoryRecord } from "../state/records.ts";

export function renderCheckRun(context: RenderContext, repository: RepositoryRecord, run: CheckRunRecord) {
  const url = `${repoApi(context, repository)}/check-runs/${run.id}`;
  const pulls = context.state.pullRequests(repository.fullName).filter((pull) => pull.state === "open" && pull.head.sha === run.headSha);
  return {
    id: run.id,
    node_id: nodeId("CR", run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? "",
    url,
    html_url: `${repoWeb(context, repository)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${context.web}/apps/${run.app.slug}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: renderApp(context, run.app),
    pull_requests: pulls.map((pull) => renderPullRequestMinimal(context, repository, pull)),
  };
}

export function renderAnnotation(context: RenderContext, repository: RepositoryRecord, run: CheckRunRecord, annotation: AnnotationRecord) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    start_column: annotation.startColumn ?? null,
    end_column: annotation.endColumn ?? null,
    annotation_level: annotation.level,
    title: annotation.title ?? null,
    message: annotation.message,
    raw_details: annotation.rawDetails ?? null,
    blob_href: `${repoWeb(context, repository)}/blob/${run.headSha}/${annotation.path}`,
  };
}
