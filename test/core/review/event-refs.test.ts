// The review reads the files at the head and base an event names, in the same step as the pull
// request itself; the pull request as the source reports it then decides. An event for an old head
// decides nothing; an event naming a base that has since moved is judged at the new base.
import { describe, expect, it } from "vitest";
import { reviewPullRequest } from "../../../bot/core/review/review-pull-request.ts";
import { files as f } from "../../support/departments.ts";
import { mapSource, type Files } from "../../support/map-source.ts";
import { setArticle, replaceOnce } from "../../support/manual-edits.ts";
import { sha } from "../../support/pull-request.ts";
import { sampleRepository } from "../../support/samples.ts";

const today = "2026-05-01";

function repository() {
  const base = sampleRepository();
  const head = new Map(base);
  head.set(f.taxExemption, setArticle(head.get(f.taxExemption)!, "local-tax-special-cases-act", "제17조", "제17조의2"));
  // A newer base whose registry also lists "new-reviewer" for the tax department.
  const newerBase = new Map(base);
  newerBase.set(f.departments, replaceOnce(base.get(f.departments)!, "users: [han-dongwook, seo-yuna]", "users: [han-dongwook, seo-yuna, new-reviewer]"));
  const newerHead = new Map(head);
  newerHead.set(f.departments, newerBase.get(f.departments)!);
  return new Map<string, Files>([
    [sha("base"), base],
    [sha("head"), head],
    [sha("newer-base"), newerBase],
    [sha("newer-head"), newerHead],
  ]);
}

const pullRequest = (headSha: string, baseSha: string, open = true) => ({ number: 7, headSha, baseSha, baseRef: "main", author: "cho-hyunsoo", open, labels: [], requestedUsers: [], requestedTeams: [] });
const approval = { id: 1, user: "new-reviewer", state: "APPROVED" as const, commitId: sha("head"), submittedAt: "2026-05-01T09:00:00Z" };

describe("the head and base an event names", () => {
  it("an event for a head that is no longer the pull request's decides nothing", async () => {
    const source = mapSource({ pullRequest: pullRequest(sha("newer-head"), sha("base")), commits: repository(), reviews: [] });
    const result = await reviewPullRequest({ source, eventHeadSha: sha("head"), eventBaseSha: sha("base"), today });
    expect(result.status).toBe("stale");
    expect(result.pullRequest.headSha).toBe(sha("newer-head"));
  });

  it("an event for a closed pull request decides nothing", async () => {
    const source = mapSource({ pullRequest: pullRequest(sha("head"), sha("base"), false), commits: repository(), reviews: [] });
    expect((await reviewPullRequest({ source, eventHeadSha: sha("head"), eventBaseSha: sha("base"), today })).status).toBe("closed");
  });

  it("an event naming an old base is judged by the registry at the pull request's base now", async () => {
    // new-reviewer is listed only at the newer base: the approval counts only if that base is read.
    const commits = repository();
    commits.set(sha("head"), new Map([...commits.get(sha("head"))!].map(([path, text]) => [path, path === f.departments ? commits.get(sha("newer-base"))!.get(path)! : text])));
    const source = mapSource({ pullRequest: pullRequest(sha("head"), sha("newer-base")), commits, reviews: [approval] });
    const result = await reviewPullRequest({ source, eventHeadSha: sha("head"), eventBaseSha: sha("base"), today });
    if (result.status !== "done") throw new Error(result.status);
    expect(result.pullRequest.baseSha).toBe(sha("newer-base"));
    expect(result.evaluation.state).toBe("approved");

    const judgedAtOldBase = await reviewPullRequest({ source: mapSource({ pullRequest: pullRequest(sha("head"), sha("base")), commits, reviews: [approval] }), eventHeadSha: sha("head"), eventBaseSha: sha("base"), today });
    if (judgedAtOldBase.status !== "done") throw new Error(judgedAtOldBase.status);
    expect(judgedAtOldBase.evaluation.state).not.toBe("approved");
  });
});
