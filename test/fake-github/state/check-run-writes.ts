// Creating and updating a check run with GitHub's rules: a conclusion completes the run, output
// fields are replaced but annotations are appended, at most 50 annotations per request, columns only
// on single-line annotations.
import { validationFailed } from "./github-error.ts";
import type { AnnotationRecord, CheckConclusion, CheckRunRecord, CheckStatus } from "./records.ts";

/** The request body of "Create a check run" / "Update a check run", as sent to GitHub. */
export interface CheckRunWrite {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  started_at?: string;
  completed_at?: string;
  output?: {
    title?: string;
    summary?: string;
    text?: string;
    annotations?: AnnotationWrite[];
  };
  actions?: { label: string; description: string; identifier: string }[];
}

export interface AnnotationWrite {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export const MAX_ANNOTATIONS_PER_REQUEST = 50;

function annotationRecord(annotation: AnnotationWrite, index: number): AnnotationRecord {
  const sameLine = annotation.start_line === annotation.end_line;
  if (!sameLine && (annotation.start_column !== undefined || annotation.end_column !== undefined)) {
    throw validationFailed("Invalid request.\n\nstart_column and end_column may only be given when start_line equals end_line.", [
      { resource: "CheckRun", field: `output.annotations[${index}]`, code: "invalid" },
    ]);
  }
  if (annotation.end_line < annotation.start_line) {
    throw validationFailed("Invalid request.\n\nend_line must not be before start_line.", [{ resource: "CheckRun", field: `output.annotations[${index}]`, code: "invalid" }]);
  }
  const record: AnnotationRecord = {
    path: annotation.path,
    startLine: annotation.start_line,
    endLine: annotation.end_line,
    level: annotation.annotation_level,
    message: annotation.message,
  };
  if (annotation.start_column !== undefined) record.startColumn = annotation.start_column;
  if (annotation.end_column !== undefined) record.endColumn = annotation.end_column;
  if (annotation.title !== undefined) record.title = annotation.title;
  if (annotation.raw_details !== undefined) record.rawDetails = annotation.raw_details;
  return record;
}

/** Applies `write` to `run` in place (a new run starts from `queued`), or throws the 422 GitHub would send. */
export function applyCheckRunWrite(run: CheckRunRecord, write: CheckRunWrite, now: string): void {
  const annotations = write.output?.annotations ?? [];
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw validationFailed(`Invalid request.\n\nOnly ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request; send the rest in further updates.`, [
      { resource: "CheckRun", field: "output.annotations", code: "too_many" },
    ]);
  }
  const completing = write.conclusion !== undefined || write.status === "completed" || write.completed_at !== undefined;
  if (completing && write.conclusion === undefined && run.conclusion === null) {
    throw validationFailed("Invalid request.\n\nconclusion is required when status is completed or completed_at is given.", [
      { resource: "CheckRun", field: "conclusion", code: "missing_field" },
    ]);
  }
  const records = annotations.map(annotationRecord);
  if (write.name !== undefined) run.name = write.name;
  if (write.details_url !== undefined) run.detailsUrl = write.details_url;
  if (write.external_id !== undefined) run.externalId = write.external_id;
  if (write.started_at !== undefined) run.startedAt = write.started_at;
  if (write.actions !== undefined) run.actions = write.actions;
  if (completing) {
    run.status = "completed";
    if (write.conclusion !== undefined) run.conclusion = write.conclusion;
    run.completedAt = write.completed_at ?? now;
  } else if (write.status !== undefined) {
    run.status = write.status;
    run.conclusion = null;
    run.completedAt = null;
  }
  if (write.output) {
    if (write.output.title !== undefined) run.output.title = write.output.title;
    if (write.output.summary !== undefined) run.output.summary = write.output.summary;
    if (write.output.text !== undefined) run.output.text = write.output.text;
    run.output.annotations.push(...records);
  }
  run.writes += 1;
}
