// Makes the pull request show the report, touching only what differs: a check run is created only
// when its content changed (its external_id carries a hash of the content), the sticky comment is
// updated in place, labels are added or removed one by one, and reviews are requested only from
// those not yet asked. Running it twice, or for a duplicated delivery, changes nothing more. Two app
// instances converge through GitHub itself: a check run's external_id is its content, so two equal
// runs are one result, and after writing each instance settles (below).
import { createHash } from "node:crypto";
import { CHECK_NAMES, type Report } from "../core/report/report.ts";
import type { CheckOutput } from "../core/report/schema-check.ts";
import { inputsChanged, type ReviewInputs } from "../core/review/review-inputs.ts";
import type { GitHubPort, PullRequestInfo } from "./port.ts";

export function contentId(output: CheckOutput): string {
  return "wm:" + createHash("sha256").update(JSON.stringify(output)).digest("hex").slice(0, 32);
}

/** Returns whether a check run was created. */
export async function reconcileChecks(port: GitHubPort, headSha: string, outputs: [string, CheckOutput][]): Promise<boolean> {
  const existing = await port.listChecks(headSha);
  let created = false;
  for (const [name, output] of outputs) {
    const id = contentId(output);
    if (existing.some((c) => c.name === name && c.externalId === id)) continue;
    await port.createCheck(headSha, name, output, id);
    created = true;
  }
  return created;
}

export interface Reconciled {
  /** Reviewers GitHub refused to ask, for the log: the checks still say who must approve. */
  refused: string[];
  /** Whether anything was written (nothing is, for a duplicated delivery). */
  wrote: boolean;
}

export async function reconcile({ port, pr, report }: { port: GitHubPort; pr: PullRequestInfo; report: Report }): Promise<Reconciled> {
  let wrote = await reconcileChecks(port, pr.headSha, [
    [CHECK_NAMES.schema, report.schema],
    [CHECK_NAMES.legal, report.legal],
  ]);

  // The first sticky comment is the one kept current.
  const [sticky] = await port.listComments();
  if (!sticky || sticky.body !== report.comment) wrote = true;
  if (!sticky) await port.createComment(report.comment);
  else if (sticky.body !== report.comment) await port.updateComment(sticky.id, report.comment);

  const current = new Set(pr.labels);
  const desired = new Set(report.labels);
  const add = [...desired].filter((l) => !current.has(l));
  if (add.length) await port.addLabels(add);
  const remove = [...current].filter((label) => report.managesLabel(label) && !desired.has(label));
  for (const label of remove) await port.removeLabel(label);
  if (add.length || remove.length) wrote = true;

  const author = pr.author.toLowerCase();
  const requestedUsers = new Set(pr.requestedUsers.map((u) => u.toLowerCase()));
  const requestedTeams = new Set(pr.requestedTeams.map((t) => t.toLowerCase()));
  const users = report.reviewRequests.users.filter((u) => u.toLowerCase() !== author && !requestedUsers.has(u.toLowerCase()));
  const teams = report.reviewRequests.teams.filter((t) => !requestedTeams.has((t.split("/").pop() ?? t).toLowerCase()));
  if (users.length || teams.length) return { refused: await port.requestReviewers(users, teams), wrote: true };
  return { refused: [], wrote };
}

/**
 * After writing, reads the pull request again (one query) as another app instance may have written
 * at the same time: every sticky comment after the first is deleted, and when the review's inputs
 * are still those it read, the first one is made to say what this review says. Returns the pull
 * request as it is now when its inputs changed (then it must be reviewed again), else null.
 */
export async function settle({ port, reviewed, report }: { port: GitHubPort; reviewed: ReviewInputs; report: Report }): Promise<PullRequestInfo | null> {
  const [pullRequest, reviews] = await Promise.all([port.pullRequest(), port.reviews()]);
  const [kept, ...extra] = await port.listComments();
  for (const comment of extra) await port.deleteComment(comment.id);
  if (inputsChanged(reviewed, { pullRequest, reviews })) return pullRequest.open ? pullRequest : null;
  if (kept && kept.body !== report.comment) await port.updateComment(kept.id, report.comment);
  return null;
}
