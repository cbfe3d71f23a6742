// The GitHub App end to end: signed webhook deliveries over HTTP to the real app, which talks over
// HTTP to a stateful fake GitHub. Every scenario asserts the end state the fake holds: check runs,
// annotations, the sticky comment, labels and review requests.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_BLOB_TEXT_LIMIT, rateLimited, secondaryRateLimited, serverError, timeout, formatViolation } from "../fake-github/index.ts";

import { edit, REPO, startHarness, type Harness } from "./harness.ts";

const MOVE_IN = "manuals/community-center/dong-civil/move-in-report.md";
const PERMIT = "manuals/district-office/building/building-permit.md";
const TAX = "manuals/district-office/tax/local-tax-exemption.md";
const STICKY = "<!-- work-manuals:summary -->";

let h: Harness;
let branchSeq = 0;
const branch = (name: string) => `${name}-${++branchSeq}`;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  expect(h.fake.violations.map(formatViolation)).toEqual([]);
  expect(h.fake.pendingFaults()).toEqual([]);
});

const tipEdit = (text: string) => edit(text, "## 업무 팁\n\n", "## 업무 팁\n\n- 접수 창구가 붐비는 월요일 오전에는 번호표 발급기를 먼저 점검합니다.\n");
const lawEdit = (text: string) => edit(edit(text, 'article: "제16조"', 'article: "제16조의2"'), "「주민등록법」 제16조(", "「주민등록법」 제16조의2(");
const pr = (n: number) => h.fake.state.pullRequest(REPO, n);
const stickies = (n: number) => h.fake.state.comments(REPO, n).filter((c) => c.body.includes(STICKY));

describe("Manual schema", () => {
  test("a clean edit outside legal content passes both checks and asks nobody", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("tip"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
    expect(h.latest(head, "Legal review")?.summary).toContain("법령 변경 없음");
    expect(pr(number).labels).toEqual([]);
    expect(pr(number).requestedReviewers).toEqual([]);
    expect(pr(number).requestedTeams).toEqual([]);
    expect(stickies(number)).toHaveLength(1);
  });

  test("a broken manual fails with annotations on the right lines", async () => {
    const text = h.file(MOVE_IN).replace("last_reviewed: 2026-08-15", "last_reviewed: 2026-02-30").replace("## 관련기관 현황", "## 관련 기관현황표");
    const lines = text.split("\n");
    const dateLine = lines.findIndex((l) => l.startsWith("last_reviewed")) + 1;
    const headingLine = lines.findIndex((l) => l.startsWith("## 관련 기관현황표")) + 1;
    const { head } = await h.openPullRequest({ branch: branch("broken"), user: "jin-sohee", edits: { [MOVE_IN]: text } });
    const check = h.latest(head, "Manual schema")!;
    expect(check.conclusion).toBe("failure");
    expect(check.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: MOVE_IN, startLine: dateLine, level: "failure" }),
        expect.objectContaining({ path: MOVE_IN, startLine: headingLine, level: "failure" }),
      ]),
    );
    expect(check.summary).toContain(MOVE_IN);
  });

  test("more than 50 findings are all annotated, in batches of 50", async () => {
    const extra = Array.from({ length: 60 }, (_, i) => `- [자료 ${i}](files/missing-${i}.txt)`).join("\n");
    const { head } = await h.openPullRequest({ branch: branch("many"), user: "jin-sohee", edits: { [MOVE_IN]: h.file(MOVE_IN).trimEnd() + "\n" + extra + "\n" } });
    const check = h.latest(head, "Manual schema")!;
    expect(check.conclusion).toBe("failure");
    expect(check.annotations.filter((a) => a.message.includes("missing-")).length).toBe(60);
  });

  test("a manual linking a material that the pull request adds passes", async () => {
    const text = edit(h.file(MOVE_IN), "## 관련자료\n\n", "## 관련자료\n\n- [새 서식](files/new-form.txt)\n");
    const { head } = await h.openPullRequest({ branch: branch("material"), user: "jin-sohee", edits: { [MOVE_IN]: text, "manuals/community-center/dong-civil/files/new-form.txt": "신청인 성명:\n" } });
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
  });
});

describe("Legal review", () => {
  test("a law change requests the owning department's users and team, and labels the pull request", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("law"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("action_required");
    expect(legal.summary).toContain("동 행정민원팀");
    expect(legal.summary).toContain("「주민등록법」");
    expect(legal.summary).toContain("제16조의2");
    expect(legal.text).toContain("```diff");
    expect(pr(number).labels.sort()).toEqual(["법령변경", "부서:동 행정민원팀"].sort());
    expect(pr(number).requestedReviewers).toEqual(["baek-hyunwoo"]);
    expect(pr(number).requestedTeams).toEqual(["dong-civil-reviewers"]);
  });

  describe("a manual longer than GitHub's GraphQL text limit", () => {
    // GraphQL's Blob.text is cut for large blobs; the app must read the whole file or fail closed.
    afterEach(() => {
      h.fake.state.blobTextLimit = DEFAULT_BLOB_TEXT_LIMIT;
    });

    test("a law change past the cut-off is seen: the department is asked, not a green check", async () => {
      const original = h.file(MOVE_IN);
      h.fake.state.blobTextLimit = Math.floor(Buffer.byteLength(original) / 3);
      // Only the 관련법령 text changes, and it lies past the cut-off.
      const { number, head } = await h.openPullRequest({ branch: branch("big-law"), user: "jin-sohee", edits: { [MOVE_IN]: edit(original, "「주민등록법」 제16조(", "「주민등록법」 제16조의2(") } });
      const legal = h.latest(head, "Legal review")!;
      expect(legal.conclusion).toBe("action_required");
      expect(legal.summary).toContain("동 행정민원팀");
      expect(pr(number).requestedReviewers).toEqual(["baek-hyunwoo"]);
      expect(h.latest(head, "Manual schema")!.conclusion).toBe("success");
    });

    test("a manual padded past the cut-off keeps its laws: no false 'law missing' findings", async () => {
      const original = h.file(MOVE_IN);
      h.fake.state.blobTextLimit = 4096;
      const padded = edit(original, "## 업무 팁\n\n", `## 업무 팁\n\n${"- 민원 응대 요령을 기록합니다.\n".repeat(400)}\n`);
      const { head } = await h.openPullRequest({ branch: branch("padded"), user: "jin-sohee", edits: { [MOVE_IN]: padded } });
      const schema = h.latest(head, "Manual schema")!;
      expect(schema.conclusion).toBe("success");
      expect(schema.annotations).toEqual([]);
      expect(h.latest(head, "Legal review")!.conclusion).toBe("success");
    });
  });

  test("approval by a listed reviewer turns Legal review green", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("approve"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    await h.review(number, "baek-hyunwoo", "APPROVED");
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("success");
    expect(legal.summary).toContain("baek-hyunwoo");
    expect(stickies(number)).toHaveLength(1);
    expect(stickies(number)[0]!.body).toContain("✅");
  });

  test("approval by a member of the department's team counts", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("team"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    h.fake.clearRequests();
    await h.review(number, "team-dong", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
    // The team is looked up in one GraphQL query after the pull request's, not team by team over REST.
    expect(h.fake.calls({ path: /\/teams\// })).toEqual([]);
    expect(h.fake.calls({ path: "/graphql" }).length).toBeLessThanOrEqual(3);
  });

  test("the author's own approval never counts, even when the author is a listed reviewer", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("self"), user: "baek-hyunwoo", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    expect(pr(number).requestedReviewers).not.toContain("baek-hyunwoo");
    await h.review(number, "baek-hyunwoo", "APPROVED");
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("action_required");
    expect(legal.summary).toContain("작성자 본인의 승인은 인정되지 않습니다");
  });

  test("an author who adds themselves to the registry in the pull request still cannot approve", async () => {
    const departments = edit(h.file("manuals/departments.yml"), "users: [baek-hyunwoo]", "users: [baek-hyunwoo, mallory]");
    const { number, head } = await h.openPullRequest({ branch: branch("sneaky"), user: "mallory", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)), "manuals/departments.yml": departments } });
    await h.review(number, "mallory", "APPROVED");
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("action_required");
    expect(legal.summary).toContain("관리자");
    expect(pr(number).requestedReviewers.sort()).toEqual(["baek-hyunwoo", "jang-eunji"]);
    expect(pr(number).requestedTeams.sort()).toEqual(["dong-civil-reviewers", "manual-admins"]);
  });

  test("a typo fix after approval keeps the approval; a law change after it voids it", async () => {
    const { number } = await h.openPullRequest({ branch: branch("stale"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    await h.review(number, "baek-hyunwoo", "APPROVED");
    const afterTypo = h.push(number, { [MOVE_IN]: tipEdit(lawEdit(h.file(MOVE_IN))) });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, number, "synchronize"));
    expect(h.latest(afterTypo, "Legal review")?.conclusion).toBe("success");

    const afterLaw = h.push(number, { [MOVE_IN]: edit(tipEdit(lawEdit(h.file(MOVE_IN))), 'article: "제11조"', 'article: "제12조"') });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, number, "synchronize"));
    const legal = h.latest(afterLaw, "Legal review")!;
    expect(legal.conclusion).toBe("action_required");
    expect(legal.summary).toContain("법령 내용이 바뀌어 승인이 무효");
    expect(pr(number).requestedReviewers).toContain("baek-hyunwoo");
  });

  test("a department that needs two approvals waits for the second", async () => {
    const text = edit(h.file(PERMIT), 'article: "제11조"', 'article: "제11조제1항"');
    const { number, head } = await h.openPullRequest({ branch: branch("two"), user: "ryu-seungho", edits: { [PERMIT]: text } });
    await h.review(number, "kang-taeyang", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    expect(h.latest(head, "Legal review")?.summary).toContain("1/2");
    await h.review(number, "moon-sora", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("changes requested block until approved; a dismissal lifts the block", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("block"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    await h.review(number, "baek-hyunwoo", "CHANGES_REQUESTED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("failure");
    const blocking = h.fake.state.pullRequest(REPO, number).reviews.at(-1)!;
    h.fake.state.dismissReview(REPO, number, blocking.id);
    await h.deliver(h.fake.webhooks.pullRequestReview(REPO, number, blocking.id, "dismissed"));
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    await h.review(number, "baek-hyunwoo", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("a comment-only review approves nothing; a non-reviewer's approval is voided with its reason", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("comment"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    await h.review(number, "baek-hyunwoo", "COMMENTED");
    await h.review(number, "someone-else", "APPROVED");
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("action_required");
    expect(legal.summary).toContain("someone-else: 이 부서의 검토자가 아니어서");
  });

  test("moving a manual to another department needs both departments", async () => {
    const moved = edit(h.file(TAX), "department: tax", "department: welfare-policy");
    const { number, head } = await h.openPullRequest({ branch: branch("move"), user: "cho-hyunsoo", edits: { [TAX]: null, "manuals/district-office/welfare-policy/local-tax-exemption.md": moved } });
    const legal = h.latest(head, "Legal review")!;
    expect(legal.summary).toContain("세무과");
    expect(legal.summary).toContain("복지정책과");
    expect(pr(number).labels).toEqual(expect.arrayContaining(["부서:세무과", "부서:복지정책과", "법령변경"]));
    expect(pr(number).requestedTeams.sort()).toEqual(["tax-reviewers", "welfare-reviewers"]);
  });

  test("deleting a manual needs its department", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("delete"), user: "cho-hyunsoo", edits: { [TAX]: null } });
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    expect(pr(number).requestedTeams).toEqual(["tax-reviewers"]);
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
  });

  test("a registry change needs the administrators", async () => {
    const laws = h.file("manuals/laws.yml") + "\nnew-local-rule:\n  name: 한빛구 새 조례\n  kind: 자치법규\n  effective: 2026-01-01\n  url: https://www.law.go.kr/자치법규/한빛구새조례\n";
    const { number, head } = await h.openPullRequest({ branch: branch("registry"), user: "jin-sohee", edits: { "manuals/laws.yml": laws } });
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    expect(pr(number).requestedReviewers).toEqual(["jang-eunji"]);
    expect(pr(number).requestedTeams).toEqual(["manual-admins"]);
    await h.review(number, "team-admin", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("an invalid registry in the pull request is reported on its line in Manual schema", async () => {
    const broken = edit(h.file("manuals/departments.yml"), "  approvals: 2", "  approvals: many");
    const line = broken.split("\n").findIndex((l) => l.includes("approvals: many")) + 1;
    const { head } = await h.openPullRequest({ branch: branch("bad-registry"), user: "jin-sohee", edits: { "manuals/departments.yml": broken } });
    const check = h.latest(head, "Manual schema")!;
    expect(check.conclusion).toBe("failure");
    expect(check.annotations).toEqual(expect.arrayContaining([expect.objectContaining({ path: "manuals/departments.yml", startLine: line })]));
  });
});

describe("reconciling", () => {
  test("a duplicated delivery leaves the same end state and writes nothing new", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("dup"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const event = h.fake.webhooks.pullRequest(REPO, number, "opened");
    const before = { checks: h.checks(head).length, comments: h.fake.state.comments(REPO, number).map((c) => c.body), labels: [...pr(number).labels] };
    h.fake.clearRequests();
    expect([200, 202]).toContain(await h.deliver(event));
    expect([200, 202]).toContain(await h.deliver(event));
    expect(h.checks(head).length).toBe(before.checks);
    expect(h.fake.state.comments(REPO, number).map((c) => c.body)).toEqual(before.comments);
    expect(pr(number).labels).toEqual(before.labels);
    expect(h.fake.calls({ method: "POST" }).filter((c) => !c.path.startsWith("/app/") && c.path !== "/graphql")).toEqual([]);
    expect(h.fake.calls({ method: "PATCH" })).toEqual([]);
  });

  test("the first event of a 3-manual pull request makes at most 8 calls; its redelivery at most 3 and no writes", async () => {
    const permit = edit(h.file(PERMIT), 'article: "제11조"', 'article: "제11조제1항"');
    const tax = edit(h.file(TAX), "## 업무 팁\n\n", "## 업무 팁\n\n- 감면 신청서는 접수 당일 전산에 등록합니다.\n");
    const name = branch("calls");
    const head = h.fake.state.commit(REPO, { parent: h.base, branch: name, files: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)), [PERMIT]: permit, [TAX]: tax } });
    const pull = h.fake.state.openPullRequest(REPO, { title: name, user: "jin-sohee", head: name });
    const event = h.fake.webhooks.pullRequest(REPO, pull.number, "opened");
    // Installation tokens are fetched once per hour per installation, not per event: not counted.
    const calls = () => h.fake.requests.filter((r) => !r.path.startsWith("/app/"));
    const writes = () => calls().filter((r) => r.method !== "GET" && r.path !== "/graphql");
    h.fake.clearRequests();
    await h.deliver(event);
    expect(calls().length).toBeLessThanOrEqual(8);
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
    expect(stickies(pull.number)).toHaveLength(1);
    expect(pr(pull.number).requestedReviewers.sort()).toEqual(["baek-hyunwoo", "kang-taeyang", "moon-sora"].sort());
    const state = { checks: h.checks(head), comments: h.fake.state.comments(REPO, pull.number).map((c) => c.body), labels: [...pr(pull.number).labels] };
    h.fake.clearRequests();
    await h.deliver(event);
    expect(calls().length).toBeLessThanOrEqual(3);
    expect(writes()).toEqual([]);
    expect({ checks: h.checks(head), comments: h.fake.state.comments(REPO, pull.number).map((c) => c.body), labels: pr(pull.number).labels }).toEqual(state);
  });

  test("an event naming a base that has since moved is judged by the new base's registry", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("old-base"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const review = h.fake.state.addReview(REPO, number, { user: "new-reviewer", state: "APPROVED" });
    const event = h.fake.webhooks.pullRequestReview(REPO, number, review.id, "submitted");
    // After the event was sent, the base changes to a branch whose registry lists the reviewer.
    const departments = edit(h.file("manuals/departments.yml"), "users: [baek-hyunwoo]", "users: [baek-hyunwoo, new-reviewer]");
    h.fake.state.commit(REPO, { parent: h.base, branch: branch("release"), files: { "manuals/departments.yml": departments } });
    h.fake.state.setBase(REPO, number, `release-${branchSeq}`);
    await h.deliver(event);
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("an out-of-order synchronize for an old head changes nothing", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("order"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    const stale = h.fake.webhooks.pullRequest(REPO, number, "synchronize");
    const newer = h.push(number, { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, number, "synchronize"));
    const snapshot = { newer: h.checks(newer), old: h.checks(head), labels: [...pr(number).labels], comments: h.fake.state.comments(REPO, number).map((c) => c.body) };
    await h.deliver(stale);
    expect(h.checks(newer)).toEqual(snapshot.newer);
    expect(h.checks(head)).toEqual(snapshot.old);
    expect(pr(number).labels).toEqual(snapshot.labels);
    expect(h.fake.state.comments(REPO, number).map((c) => c.body)).toEqual(snapshot.comments);
  });

  test("labels the bot manages are removed when the legal change goes away; others stay", async () => {
    const { number } = await h.openPullRequest({ branch: branch("labels"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    h.fake.state.addLabels(REPO, number, ["긴급"]);
    const reverted = h.push(number, { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, number, "synchronize"));
    expect(h.latest(reverted, "Legal review")?.conclusion).toBe("success");
    expect(pr(number).labels).toEqual(["긴급"]);
    expect(stickies(number)).toHaveLength(1);
  });

  test("a rerequested check runs the review again without duplicating anything", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("rerun"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const run = h.fake.state.checkRuns(REPO, { headSha: head, name: "Legal review" }).at(-1)!;
    const before = h.checks(head).length;
    expect([200, 202]).toContain(await h.deliver(h.fake.webhooks.checkRunRerequested(REPO, run.id)));
    expect([200, 202]).toContain(await h.deliver(h.fake.webhooks.checkSuiteRerequested(REPO, head)));
    expect(h.checks(head).length).toBe(before);
    expect(stickies(number)).toHaveLength(1);
  });

  test("a new base re-evaluates against the new base's registry", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("rebase"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const departments = edit(h.file("manuals/departments.yml"), "users: [baek-hyunwoo]", "users: [baek-hyunwoo, new-reviewer]");
    h.fake.state.commit(REPO, { parent: h.base, branch: "release", files: { "manuals/departments.yml": departments } });
    h.fake.state.setBase(REPO, number, "release");
    await h.review(number, "new-reviewer", "APPROVED");
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("a wrong signature is rejected and nothing changes", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("sig"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    const checks = h.checks(head).length;
    h.fake.clearRequests();
    const status = await h.deliver(h.fake.webhooks.pullRequest(REPO, number, "synchronize"), "not-the-secret");
    expect(status).toBeGreaterThanOrEqual(400);
    expect(h.fake.requests).toEqual([]);
    expect(h.checks(head).length).toBe(checks);
  });
});

describe("failures", () => {
  test("a 500 is retried and the review completes", async () => {
    h.fake.inject(serverError({ path: "/repos/{owner}/{repo}/pulls/{pull_number}/files" }));
    const { head } = await h.openPullRequest({ branch: branch("r500"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
  });

  test("a 429 rate limit is waited out and retried", async () => {
    h.fake.inject(rateLimited({ path: "/repos/{owner}/{repo}/pulls/{pull_number}/files", retryAfterSeconds: 0 }));
    const { head } = await h.openPullRequest({ branch: branch("r429"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("a secondary rate limit is waited out and retried", async () => {
    h.fake.inject(secondaryRateLimited({ path: "/graphql", retryAfterSeconds: 1 }));
    const { head } = await h.openPullRequest({ branch: branch("r403"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
  });

  test("a timeout is retried", async () => {
    h.fake.inject(timeout({ path: "/graphql", delayMs: 3000 }));
    const { head } = await h.openPullRequest({ branch: branch("slow"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    expect(h.latest(head, "Legal review")?.conclusion).toBe("success");
  });

  test("when GitHub keeps failing, both checks fail closed and say how to rerun", async () => {
    h.fake.inject({ ...serverError({ path: "/graphql" }), times: 4 });
    const { head } = await h.openPullRequest({ branch: branch("down"), user: "jin-sohee", edits: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    for (const name of ["Manual schema", "Legal review"] as const) {
      const check = h.latest(head, name)!;
      expect(check.conclusion).toBe("failure");
      expect(check.summary).toContain("Re-run");
    }
  });

  test("an invalid configuration on the base branch fails closed with a sentence saying what to fix", async () => {
    const broken = h.fake.state.commit(REPO, { parent: h.base, branch: "broken-config", files: { ".github/manuals.yml": "admins:\n  users: []\nlanguage: fr\n" } });
    const head = h.fake.state.commit(REPO, { parent: broken, branch: branch("cfg"), files: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    const pull = h.fake.state.openPullRequest(REPO, { title: "cfg", user: "jin-sohee", head: `cfg-${branchSeq}`, base: "broken-config" });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, pull.number, "opened"));
    const legal = h.latest(head, "Legal review")!;
    expect(legal.conclusion).toBe("failure");
    expect(legal.summary).toContain(".github/manuals.yml");
    expect(legal.summary).toContain("language");
  });

  test("a closed pull request is left alone", async () => {
    const { number, head } = await h.openPullRequest({ branch: branch("closed"), user: "jin-sohee", edits: { [MOVE_IN]: tipEdit(h.file(MOVE_IN)) } });
    const late = h.fake.webhooks.pullRequest(REPO, number, "synchronize");
    h.fake.state.setIssueState(REPO, number, "closed", "jin-sohee");
    const before = h.checks(head).length;
    await h.deliver(late);
    expect(h.checks(head).length).toBe(before);
  });
});

describe("scale", () => {
  test("100 pull requests' events delivered concurrently all end correct", async () => {
    const opened = Array.from({ length: 100 }, (_, i) => {
      const legal = i % 2 === 0;
      const name = branch(`bulk${i}`);
      const head = h.fake.state.commit(REPO, { parent: h.base, branch: name, files: { [MOVE_IN]: legal ? lawEdit(h.file(MOVE_IN)) : tipEdit(h.file(MOVE_IN)) } });
      const pull = h.fake.state.openPullRequest(REPO, { title: name, user: "jin-sohee", head: name });
      return { number: pull.number, head, legal };
    });
    const events = opened.flatMap((p) => [h.fake.webhooks.pullRequest(REPO, p.number, "opened"), h.fake.webhooks.pullRequest(REPO, p.number, "synchronize")]);
    // Deliveries that take longer than GitHub's patience are answered 202 and finish in the background.
    const statuses = await Promise.all(events.map((e) => h.deliver(e)));
    expect(statuses.every((s) => s === 200 || s === 202)).toBe(true);
    for (const p of opened) {
      expect(h.latest(p.head, "Legal review")?.conclusion).toBe(p.legal ? "action_required" : "success");
      expect(h.latest(p.head, "Manual schema")?.conclusion).toBe("success");
      expect(stickies(p.number)).toHaveLength(1);
      expect(pr(p.number).labels.length).toBe(p.legal ? 2 : 0);
    }
  }, 120_000);
});

describe("review requests GitHub refuses", () => {
  test("an unknown team in the registry does not fail the checks; the others are still asked", async () => {
    const departments = edit(h.file("manuals/departments.yml"), "teams: [hanbit-gu/dong-civil-reviewers]", "teams: [hanbit-gu/dong-civil-reviewers, hanbit-gu/no-such-team]");
    const base = h.fake.state.commit(REPO, { parent: h.base, branch: "teams-base", files: { "manuals/departments.yml": departments } });
    const name = branch("refused");
    const head = h.fake.state.commit(REPO, { parent: base, branch: name, files: { [MOVE_IN]: lawEdit(h.file(MOVE_IN)) } });
    const pull = h.fake.state.openPullRequest(REPO, { title: name, user: "jin-sohee", head: name, base: "teams-base" });
    await h.deliver(h.fake.webhooks.pullRequest(REPO, pull.number, "opened"));
    expect(h.latest(head, "Legal review")?.conclusion).toBe("action_required");
    expect(h.latest(head, "Manual schema")?.conclusion).toBe("success");
    expect(pr(pull.number).requestedReviewers).toEqual(["baek-hyunwoo"]);
    expect(pr(pull.number).requestedTeams).toEqual(["dong-civil-reviewers"]);
  });
});

describe("code in manuals", () => {
  test("a pull request adding an .mdx manual fails Manual schema on that file", async () => {
    const mdx = "manuals/community-center/dong-civil/script.mdx";
    const { head } = await h.openPullRequest({ branch: branch("mdx"), user: "jin-sohee", edits: { [mdx]: "export const x = 1;\n\n<Script />\n" } });
    const check = h.latest(head, "Manual schema")!;
    expect(check.conclusion).toBe("failure");
    expect(check.annotations).toEqual([expect.objectContaining({ path: mdx, startLine: 1, level: "failure" })]);
  });
});
