// Makes the pull request show the report, touching only what differs: a check run is created only
// when its content changed (its external_id carries a hash of the content), the sticky comment is
// updated in place, labels are added or removed one by one, and reviews are requested only from
// those not yet asked. Running it twice, or for a duplicated delivery, changes nothing more.
import { createHash } from "node:crypto";
import { CHECK_NAMES, type Report } from "../core/report/report.ts";
import type { CheckOutput } from "../core/report/schema-check.ts";
import type { GitHubPort, PullRequestInfo } from "./port.ts";

export function contentId(output: CheckOutput): string {
  return "wm:" + createHash("sha256").update(JSON.stringify(output)).digest("hex").slice(0, 32);
}

export async function reconcileChecks(port: GitHubPort, headSha: string, outputs: [string, CheckOutput][]): Promise<void> {
  const existing = await port.listChecks(headSha);
  for (const [name, output] of outputs) {
    const id = contentId(output);
    if (existing.some((c) => c.name === name && c.externalId === id)) continue;
    await port.createCheck(headSha, name, output, id);
  }
}

/** Returns the reviewers GitHub refused to ask, for the log: the checks still say who must approve. */
export async function reconcile({ port, pr, report }: { port: GitHubPort; pr: PullRequestInfo; report: Report }): Promise<string[]> {
  await reconcileChecks(port, pr.headSha, [
    [CHECK_NAMES.schema, report.schema],
    [CHECK_NAMES.legal, report.legal],
  ]);

  // The first sticky comment is the one kept current.
  const [sticky] = await port.listComments();
  if (!sticky) await port.createComment(report.comment);
  else if (sticky.body !== report.comment) await port.updateComment(sticky.id, report.comment);

  const current = new Set(pr.labels);
  const desired = new Set(report.labels);
  const add = [...desired].filter((l) => !current.has(l));
  if (add.length) await port.addLabels(add);
  for (const label of current) if (report.managesLabel(label) && !desired.has(label)) await port.removeLabel(label);

  const author = pr.author.toLowerCase();
  const requestedUsers = new Set(pr.requestedUsers.map((u) => u.toLowerCase()));
  const requestedTeams = new Set(pr.requestedTeams.map((t) => t.toLowerCase()));
  const users = report.reviewRequests.users.filter((u) => u.toLowerCase() !== author && !requestedUsers.has(u.toLowerCase()));
  const teams = report.reviewRequests.teams.filter((t) => !requestedTeams.has((t.split("/").pop() ?? t).toLowerCase()));
  if (users.length || teams.length) return port.requestReviewers(users, teams);
  return [];
}
