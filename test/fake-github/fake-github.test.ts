// The fake GitHub, exercised over HTTP with @octokit/rest as the app and the scheduled jobs will use it.
// Every test ends with no contract violations and no unused injected faults unless it is about them.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import fc from "fast-check";
import { blobText } from "./graphql/blob-text.ts";
import { routeTable } from "./routes/route-table.ts";
import { checkPayload } from "./webhooks/webhook-schema.ts";
import {
  DEFAULT_BLOB_TEXT_LIMIT,
  deliverWebhook,
  GitHubState,
  formatViolation,
  rateLimited,
  secondaryRateLimited,
  serverError,
  startFakeGitHub,
  timeout,
  type FakeGitHub,
  type FileChange,
} from "./index.ts";

const REPO = "seoul-gu/manuals";
const owner = "seoul-gu";
const repo = "manuals";
/** Failed requests are expected here; octokit's request log would print each one. */
const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
/** What an app's JWT looks like to the fake: three base64url parts. */
const APP_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2lnbmF0dXJl";

let fake: FakeGitHub;
let octokit: Octokit;
let expectCleanEnd = true;

beforeEach(async () => {
  fake = await startFakeGitHub({ tokenUsers: { "lee-token": "lee" } });
  octokit = new Octokit({ log, baseUrl: fake.url, auth: "actions-token" });
  expectCleanEnd = true;
});

afterEach(async () => {
  await fake.close();
  if (expectCleanEnd) {
    expect(fake.violations.map(formatViolation)).toEqual([]);
    expect(fake.pendingFaults()).toEqual([]);
  }
});

/** main with two manuals and a README, and a branch "edit" one commit ahead. */
function seedPullRequest(headFiles: Record<string, FileChange>, user = "kim") {
  const base = fake.state.commit(REPO, {
    branch: "main",
    files: { "manuals/a.md": "# A\n\none\ntwo\nthree\n", "manuals/b.md": "# B\n\nsame\n", "README.md": "hello\n" },
  });
  const head = fake.state.commit(REPO, { branch: "edit", files: headFiles });
  const pull = fake.state.openPullRequest(REPO, { title: "Edit manuals", user, head: "edit" });
  return { base, head, pull };
}

async function appOctokit(): Promise<Octokit> {
  const app = new Octokit({ log, baseUrl: fake.url, auth: APP_JWT });
  const { data } = await app.rest.apps.createInstallationAccessToken({ installation_id: 42 });
  return new Octokit({ log, baseUrl: fake.url, auth: data.token });
}

describe("git data", () => {
  test("commits inherit files from their parent, null deletes, and SHAs are 40 hex and stable", async () => {
    const first = fake.state.commit(REPO, { branch: "main", files: { "a.md": "a", "dir/b.md": "b" } });
    const second = fake.state.commit(REPO, { branch: "main", files: { "a.md": null, "dir/c.md": "c" } });
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(fake.state.listFiles(REPO, second)).toEqual(["dir/b.md", "dir/c.md"]);
    expect(fake.state.listFiles(REPO, first)).toEqual(["a.md", "dir/b.md"]);
    expect(fake.state.resolveRef(REPO, "main")).toBe(second);

    const byKim = fake.state.commit(REPO, { branch: "main", files: { "a.md": "again" }, author: "kim", message: "Restore a.md" });
    const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: byKim });
    expect([data.author?.login, data.commit.author?.email, data.commit.message, data.parents.map((parent) => parent.sha)]).toEqual(["kim", "kim@users.noreply.github.com", "Restore a.md", [second]]);
    expect(data.files?.map((file) => [file.filename, file.status])).toEqual([["a.md", "added"]]);

    const again = await startFakeGitHub();
    try {
      expect(again.state.commit(REPO, { branch: "main", files: { "a.md": "a", "dir/b.md": "b" } })).toBe(first);
    } finally {
      await again.close();
    }
  });

  test("a commit shares every untouched folder with its parent, so a 100,000-file repository is cheap to change", () => {
    const files = new Map<string, () => string>();
    for (let index = 0; index < 100_000; index += 1) {
      const path = `manuals/inst-${index % 10}/dept-${index % 100}/m${index}.md`;
      files.set(path, () => `# Manual ${index}\n`);
    }
    const seeding = performance.now();
    const base = fake.state.commit(REPO, { branch: "main", files });
    const seedSeconds = (performance.now() - seeding) / 1000;
    const changing = performance.now();
    const head = fake.state.commit(REPO, { branch: "edit", files: { "manuals/inst-3/dept-3/m3.md": "# changed\n" } });
    const changes = fake.state.compare(REPO, base, head);
    const changeSeconds = (performance.now() - changing) / 1000;

    const baseRoot = fake.state.treeAt(REPO, base)?.entries.get("manuals");
    const headRoot = fake.state.treeAt(REPO, head)?.entries.get("manuals");
    if (baseRoot?.kind !== "tree" || headRoot?.kind !== "tree") throw new Error("manuals/ is not a folder");
    expect(headRoot).not.toBe(baseRoot);
    expect(headRoot.entries.get("inst-4")).toBe(baseRoot.entries.get("inst-4"));
    expect(changes.map((file) => [file.filename, file.status])).toEqual([["manuals/inst-3/dept-3/m3.md", "modified"]]);
    expect(fake.state.readFile(REPO, head, "manuals/inst-9/dept-99/m99999.md")).toBe("# Manual 99999\n");
    // Sharing is proven by identity above; these loose bounds only catch gross slowdowns on a loaded machine.
    expect(seedSeconds).toBeLessThan(10);
    expect(changeSeconds).toBeLessThan(0.5);
  });
});

describe("pull request files", () => {
  test("statuses added, removed, modified and renamed (exact and similar content) with previous_filename, line counts and patches", async () => {
    const { pull } = seedPullRequest({
      "manuals/a.md": "# A\n\none\n2\nthree\n",
      "manuals/b.md": null,
      "manuals/moved-b.md": "# B\n\nsame\n",
      "README.md": null,
      "docs/readme.md": "hello\n",
      "manuals/new.md": "# New\n",
    });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull.number });
    expect(files.map((file) => [file.filename, file.status, file.previous_filename ?? null, file.additions, file.deletions])).toEqual([
      ["docs/readme.md", "renamed", "README.md", 0, 0],
      ["manuals/a.md", "modified", null, 1, 1],
      ["manuals/moved-b.md", "renamed", "manuals/b.md", 0, 0],
      ["manuals/new.md", "added", null, 1, 0],
    ]);
    expect(files.find((file) => file.filename === "manuals/a.md")?.patch).toBe("@@ -1,5 +1,5 @@\n # A\n \n one\n-two\n+2\n three");
  });

  test("a rename with an edit is still a rename when most of the content is kept; a removed file is listed as removed", async () => {
    const long = Array.from({ length: 20 }, (_, index) => `line ${index}`).join("\n");
    fake.state.commit(REPO, { branch: "main", files: { "old.md": long, "gone.md": "bye\n" } });
    fake.state.commit(REPO, { branch: "edit", files: { "old.md": null, "gone.md": null, "new.md": long.replace("line 3", "line three") } });
    const pull = fake.state.openPullRequest(REPO, { title: "Move", user: "kim", head: "edit" });
    const { data } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.number });
    expect(data.map((file) => [file.filename, file.status, file.previous_filename ?? null, file.changes])).toEqual([
      ["gone.md", "removed", null, 1],
      ["new.md", "renamed", "old.md", 2],
    ]);
  });

  test("files are compared from the merge base: changes that reached the base branch later are not the pull request's", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n\nedited\n" });
    const moved = fake.state.commit(REPO, { branch: "main", files: { "manuals/b.md": "# B\n\nchanged on main\n" } });
    fake.state.setBase(REPO, pull.number, "main");
    expect(fake.state.pullRequest(REPO, pull.number).base.sha).toBe(moved);
    const { data } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.number });
    expect(data.map((file) => file.filename)).toEqual(["manuals/a.md"]);
  });

  test("pagination follows per_page and page with a Link header, and GitHub's cap of 3000 files holds", async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 3005; index += 1) files[`m/${String(index).padStart(4, "0")}.md`] = `${index}\n`;
    fake.state.commit(REPO, { branch: "main", files: { "keep.md": "x\n" } });
    fake.state.commit(REPO, { branch: "edit", files });
    const pull = fake.state.openPullRequest(REPO, { title: "Many", user: "kim", head: "edit" });

    const first = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.number, per_page: 100, page: 1 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('page=2>; rel="next"');
    expect(first.headers.link).toContain('page=30>; rel="last"');
    const last = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.number, per_page: 100, page: 30 });
    expect(last.headers.link).not.toContain('rel="next"');
    expect(last.headers.link).toContain('rel="prev"');

    fake.clearRequests();
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull.number, per_page: 100 });
    expect(all).toHaveLength(3000);
    expect(all[2999]?.filename).toBe("m/2999.md");
    expect(fake.calls({ operationId: "pulls/list-files" })).toHaveLength(30);
  });
});

describe("reviews, review requests and teams", () => {
  test("reviews are listed in order with state, commit_id and submitted_at, paginated; dismissal is visible", async () => {
    const { pull, head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const approval = fake.state.addReview(REPO, pull.number, { user: "lee", state: "APPROVED" });
    fake.state.addReview(REPO, pull.number, { user: "park", state: "CHANGES_REQUESTED" });
    fake.state.addReview(REPO, pull.number, { user: "choi", state: "COMMENTED" });
    fake.state.dismissReview(REPO, pull.number, approval.id);

    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 2 });
    expect(reviews.map((review) => [review.user?.login, review.state, review.commit_id])).toEqual([
      ["lee", "DISMISSED", head],
      ["park", "CHANGES_REQUESTED", head],
      ["choi", "COMMENTED", head],
    ]);
    expect(reviews.every((review) => typeof review.submitted_at === "string")).toBe(true);
    expect(fake.calls({ operationId: "pulls/list-reviews" })).toHaveLength(2);
  });

  test("review requests: users and teams are added once, the author is refused with 422, unknown teams too, and a review fulfils the request", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.state.setTeam(owner, "welfare-reviewers", ["lee", "park"]);

    await expect(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers: ["kim"] })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, team_reviewers: ["nobody"] })).rejects.toMatchObject({ status: 422 });
    await octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers: ["choi"], team_reviewers: ["welfare-reviewers"] });
    await octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers: ["choi"] });

    const requested = await octokit.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: pull.number });
    expect(requested.data.users.map((user) => user.login)).toEqual(["choi"]);
    expect(requested.data.teams.map((team) => team.slug)).toEqual(["welfare-reviewers"]);

    fake.state.addReview(REPO, pull.number, { user: "lee", state: "APPROVED" });
    expect(fake.state.pullRequest(REPO, pull.number)).toMatchObject({ requestedReviewers: ["choi"], requestedTeams: [] });
  });

  test("team members are paginated and an unknown team is 404", async () => {
    fake.state.setTeam(owner, "legal", ["a", "b", "c"]);
    const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org: owner, team_slug: "legal", per_page: 2 });
    expect(members.map((member) => member.login)).toEqual(["a", "b", "c"]);
    await expect(octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: "missing" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("check runs", () => {
  test("annotations accumulate across updates in batches of 50; output text is replaced; more than 50 in one request is refused with 422", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const app = await appOctokit();
    const annotations = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({ path: "manuals/a.md", start_line: from + index, end_line: from + index, annotation_level: "failure" as const, message: `finding ${from + index}` }));

    const created = await app.rest.checks.create({ owner, repo, name: "Manual schema", head_sha: head, status: "in_progress", output: { title: "Checking", summary: "first", annotations: annotations(1, 50) } });
    await app.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: { title: "Checking", summary: "second", annotations: annotations(51, 50) } });
    const done = await app.rest.checks.update({ owner, repo, check_run_id: created.data.id, conclusion: "failure", output: { title: "120 findings", summary: "done", annotations: annotations(101, 20) } });
    await expect(app.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: { title: "x", summary: "x", annotations: annotations(200, 51) } })).rejects.toMatchObject({ status: 422 });

    expect(done.data).toMatchObject({ status: "completed", conclusion: "failure", output: { title: "120 findings", summary: "done", annotations_count: 120 } });
    const [run] = fake.state.checkRuns(REPO, { headSha: head });
    expect(run?.output.annotations.map((annotation) => annotation.startLine)).toEqual(Array.from({ length: 120 }, (_, index) => index + 1));
    expect(run?.app.slug).toBe("work-manuals");
    expect(run?.writes).toBe(3);

    const listed = await app.paginate(app.rest.checks.listAnnotations, { owner, repo, check_run_id: created.data.id, per_page: 100 });
    expect(listed).toHaveLength(120);
  });

  test("columns on a multi-line annotation and completion without a conclusion are refused as GitHub does", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const app = await appOctokit();
    const multiLine = { path: "manuals/a.md", start_line: 1, end_line: 2, start_column: 1, end_column: 3, annotation_level: "warning" as const, message: "m" };
    await expect(app.rest.checks.create({ owner, repo, name: "Manual schema", head_sha: head, output: { title: "t", summary: "s", annotations: [multiLine] } })).rejects.toMatchObject({ status: 422 });
    await expect(app.rest.checks.create({ owner, repo, name: "Manual schema", head_sha: head, status: "completed" })).rejects.toMatchObject({ status: 422 });
    expect(fake.state.checkRuns(REPO)).toEqual([]);
  });

  test("listing for a ref filters by check_name and app_id and keeps the latest run per name unless filter=all", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const app = await appOctokit();
    await app.rest.checks.create({ owner, repo, name: "Legal review", head_sha: head, conclusion: "failure", output: { title: "t", summary: "old" } });
    const newer = await app.rest.checks.create({ owner, repo, name: "Legal review", head_sha: head, conclusion: "success", output: { title: "t", summary: "new" } });
    await app.rest.checks.create({ owner, repo, name: "Manual schema", head_sha: head, status: "queued" });
    await octokit.rest.checks.create({ owner, repo, name: "Legal review", head_sha: head, status: "queued" }); // GitHub Actions' run of the same name

    const latest = await app.rest.checks.listForRef({ owner, repo, ref: head, check_name: "Legal review", app_id: 1 });
    expect(latest.data.total_count).toBe(1);
    expect(latest.data.check_runs[0]?.id).toBe(newer.data.id);
    const all = await app.rest.checks.listForRef({ owner, repo, ref: "edit", check_name: "Legal review", filter: "all" });
    expect(all.data.check_runs.map((run) => run.app?.slug)).toEqual(["github-actions", "work-manuals", "work-manuals"]);
    expect(all.data.check_runs[0]?.pull_requests.map((pull) => pull.number)).toEqual([1]);
  });
});

describe("issues, comments and labels", () => {
  test("the app's comment carries the bot login, is updated in place, and lists once", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const app = await appOctokit();
    const created = await app.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "<!-- sticky --> first" });
    await app.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: "<!-- sticky --> second" });
    const comments = await app.paginate(app.rest.issues.listComments, { owner, repo, issue_number: pull.number });
    expect(comments.map((comment) => [comment.user?.login, comment.body, comment.performed_via_github_app?.slug])).toEqual([["work-manuals[bot]", "<!-- sticky --> second", "work-manuals"]]);
    expect(fake.state.comments(REPO, pull.number)).toHaveLength(1);
  });

  test("labels are added once, removed, and removing an absent label is 404", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: ["legal-change", "welfare"] });
    const again = await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: ["Legal-Change"] });
    expect(again.data.map((label) => label.name)).toEqual(["legal-change", "welfare"]);
    const left = await octokit.rest.issues.removeLabel({ owner, repo, issue_number: pull.number, name: "welfare" });
    expect(left.data.map((label) => label.name)).toEqual(["legal-change"]);
    await expect(octokit.rest.issues.removeLabel({ owner, repo, issue_number: pull.number, name: "welfare" })).rejects.toMatchObject({ status: 404 });
    expect(fake.state.pullRequest(REPO, pull.number).labels).toEqual(["legal-change"]);
  });

  test("issues are created, found by label and creator, updated and closed; pull requests appear with a pull_request link", async () => {
    seedPullRequest({ "manuals/a.md": "# A\n" });
    const created = await octokit.rest.issues.create({ owner, repo, title: "복지정책과: 검토 기한 지난 매뉴얼", body: "- [ ] a", labels: ["review-due", "welfare"], assignees: ["lee"] });
    await octokit.rest.issues.create({ owner, repo, title: "Other", labels: ["review-due"] });

    const byLabels = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: "review-due,welfare", creator: "github-actions[bot]" });
    expect(byLabels.map((issue) => issue.number)).toEqual([created.data.number]);
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, per_page: 1 });
    expect(open.map((issue) => [issue.number, issue.pull_request === undefined])).toEqual([
      [3, true],
      [2, true],
      [1, false],
    ]);

    await octokit.rest.issues.update({ owner, repo, issue_number: created.data.number, state: "closed", body: "nothing due" });
    const closed = await octokit.rest.issues.listForRepo({ owner, repo, state: "closed" });
    expect(closed.data.map((issue) => [issue.number, issue.state, issue.state_reason, issue.assignees?.map((user) => user.login)])).toEqual([[2, "closed", "completed", ["lee"]]]);
    expect(fake.state.issue(REPO, 2)).toMatchObject({ body: "nothing due", closedBy: "github-actions[bot]" });
  });
});

describe("contents and the workflow path to a pull request", () => {
  test("a file comes base64 (or raw), a folder as a listing, a missing path or ref as 404", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# 가\n" });
    const file = await octokit.rest.repos.getContent({ owner, repo, path: "manuals/a.md", ref: head });
    if (Array.isArray(file.data) || file.data.type !== "file") throw new Error("expected a file");
    expect(Buffer.from(file.data.content, "base64").toString("utf8")).toBe("# 가\n");
    expect(file.data.sha).toBe(fake.state.fileAt(REPO, head, "manuals/a.md")?.sha);

    const raw = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path: "manuals/b.md", mediaType: { format: "raw" } });
    expect(raw.data).toBe("# B\n\nsame\n");

    const folder = await octokit.rest.repos.getContent({ owner, repo, path: "" });
    expect(Array.isArray(folder.data) && folder.data.map((entry) => [entry.path, entry.type])).toEqual([
      ["README.md", "file"],
      ["manuals", "dir"],
    ]);
    await expect(octokit.rest.repos.getContent({ owner, repo, path: "manuals/none.md" })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.getContent({ owner, repo, path: "README.md", ref: "no-such-branch" })).rejects.toMatchObject({ status: 404 });
  });

  test("a job branches from main, commits a file and opens a pull request whose files show the change", async () => {
    fake.state.commit(REPO, { branch: "main", files: { "manuals/a.md": "owner: kim\n" } });
    const main = await octokit.rest.git.getRef({ owner, repo, ref: "heads/main" });
    await octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/handover", sha: main.data.object.sha });
    await expect(octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/handover", sha: main.data.object.sha })).rejects.toMatchObject({ status: 422 });
    const current = await octokit.rest.repos.getContent({ owner, repo, path: "manuals/a.md", ref: "handover" });
    const sha = Array.isArray(current.data) ? "" : current.data.sha;
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path: "manuals/a.md", branch: "handover", message: "x", content: Buffer.from("x").toString("base64") }),
    ).rejects.toMatchObject({ status: 422 });
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: "manuals/a.md",
      branch: "handover",
      sha,
      message: "Hand over manuals from kim to lee",
      content: Buffer.from("owner: lee\n").toString("base64"),
    });
    expect(put.status).toBe(200);
    const pull = await octokit.rest.pulls.create({ owner, repo, title: "담당자 변경: kim → lee", head: "handover", base: "main" });
    await expect(octokit.rest.pulls.create({ owner, repo, title: "again", head: "handover", base: "main" })).rejects.toMatchObject({ status: 422 });

    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.data.number });
    expect(files.data.map((file) => [file.filename, file.status])).toEqual([["manuals/a.md", "modified"]]);
    expect(fake.state.readFile(REPO, "handover", "manuals/a.md")).toBe("owner: lee\n");
    expect(fake.state.readFile(REPO, "main", "manuals/a.md")).toBe("owner: kim\n");
    expect(fake.state.pullRequest(REPO, pull.data.number)).toMatchObject({ user: "github-actions[bot]", head: { ref: "handover", sha: put.data.commit.sha } });
  });
});

describe("GraphQL: parsed and validated with graphql, answered over the fake's records", () => {
  test("a pull request with its labels, review requests, reviews (no pending ones), comments, the head's check suites and a team's members", async () => {
    const { head, pull } = seedPullRequest({ "manuals/a.md": "# A!\n" });
    fake.state.setTeam(owner, "reviewers", ["lee", "park"]);
    fake.state.addLabels(REPO, pull.number, ["urgent"]);
    fake.state.requestReviewers(REPO, pull.number, { reviewers: ["choi"], teams: ["reviewers"] });
    fake.state.addReview(REPO, pull.number, { user: "lee", state: "APPROVED" });
    fake.state.addReview(REPO, pull.number, { user: "park", state: "PENDING" });
    const app = await appOctokit();
    await app.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "from the bot" });
    for (const name of ["Lint", "Lint", "Build"]) await app.rest.checks.create({ owner, repo, name, head_sha: head, status: "completed", conclusion: "success", external_id: `x-${name}` });
    const result = await octokit.graphql<Record<string, unknown>>(
      `query {
        repository(owner: "${owner}", name: "${repo}") {
          pullRequest(number: ${pull.number}) {
            number state headRefOid baseRefName author { __typename login }
            labels(first: 10) { totalCount nodes { name } }
            reviewRequests(first: 10) { nodes { requestedReviewer { __typename ... on User { login } ... on Team { slug } } } }
            reviews(first: 10) { totalCount nodes { state author { login } commit { oid } } }
            comments(first: 1) { totalCount pageInfo { hasNextPage } nodes { body author { __typename login } } }
          }
          object(oid: "${head}") { ... on Commit { checkSuites(first: 10) { nodes { app { slug } latest: checkRuns(first: 10, filterBy: { checkType: LATEST }) { nodes { name externalId } } all: checkRuns(first: 10, filterBy: { checkType: ALL }) { totalCount } } } } }
        }
        organization(login: "${owner}") { team(slug: "reviewers") { members(first: 1) { totalCount pageInfo { hasNextPage } nodes { login } } } none: team(slug: "nobody") { slug } }
      }`,
    );
    expect(result).toEqual({
      repository: {
        pullRequest: {
          number: pull.number,
          state: "OPEN",
          headRefOid: head,
          baseRefName: "main",
          author: { __typename: "User", login: "kim" },
          labels: { totalCount: 1, nodes: [{ name: "urgent" }] },
          reviewRequests: { nodes: [{ requestedReviewer: { __typename: "User", login: "choi" } }] },
          reviews: { totalCount: 1, nodes: [{ state: "APPROVED", author: { login: "lee" }, commit: { oid: head } }] },
          comments: { totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [{ body: "from the bot", author: { __typename: "Bot", login: "work-manuals" } }] },
        },
        object: { checkSuites: { nodes: [{ app: { slug: "work-manuals" }, latest: { nodes: [{ name: "Lint", externalId: "x-Lint" }, { name: "Build", externalId: "x-Build" }] }, all: { totalCount: 3 } }] } },
      },
      organization: { team: { members: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ login: "lee" }] } }, none: null },
    });
  });

  test("GitHub Enterprise Server addresses reach the same API", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A!\n" });
    const enterprise = new Octokit({ log, baseUrl: `${fake.url}/api/v3`, auth: "actions-token" });
    const { data } = await enterprise.rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(data.number).toBe(pull.number);
    const result = await enterprise.graphql<{ repository: { pullRequest: { number: number } } }>(`query { repository(owner: "${owner}", name: "${repo}") { pullRequest(number: ${pull.number}) { number } } }`);
    expect(result.repository.pullRequest.number).toBe(pull.number);
    expect(fake.calls().map((c) => c.path)).toEqual([`/repos/${REPO}/pulls/${pull.number}`, "/graphql"]);
  });

  test("aliased object(expression) lookups at a SHA or a branch, with null for missing paths, binary detection and escaped strings", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A 가\n", 'manuals/quote "q".md': "quoted\n", "files/form.bin": new Uint8Array([0x25, 0x50, 0x00, 0x01]) });
    const result = await octokit.graphql<{ repository: Record<string, unknown> }>(
      `query Files($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          f0: object(expression: "${head}:manuals/a.md") { ... on Blob { text isBinary byteSize } }
          f1: object(expression: "main:manuals/a.md") { ... on Blob { text } }
          f2: object(expression: "edit:manuals/quote \\"q\\".md") { ... on Blob { text } }
          f3: object(expression: "edit:files/form.bin") { ... on Blob { text isBinary byteSize } }
          f4: object(expression: "edit:manuals/missing.md") { ... on Blob { text } }
          f5: object(expression: "edit:manuals/\\u0061.md") { ... on Blob { byteSize } }
        }
      }`,
      { owner, name: repo },
    );
    expect(result.repository).toEqual({
      f0: { text: "# A 가\n", isBinary: false, byteSize: Buffer.byteLength("# A 가\n") },
      f1: { text: "# A\n\none\ntwo\nthree\n" },
      f2: { text: "quoted\n" },
      f3: { text: null, isBinary: true, byteSize: 4 },
      f4: null,
      f5: { byteSize: Buffer.byteLength("# A 가\n") },
    });
    expect(fake.calls({ operationId: "graphql" })).toHaveLength(1);
  });

  test("aliased multi-object queries: trees with nested entries, commits, lookups by oid, HEAD, named fragments, variables and operationName", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A 가\n", "manuals/sub/c.md": "c\n" });
    const blob = fake.state.fileAt(REPO, head, "manuals/a.md");
    const query = `
      query Other { repository(owner: "nobody", name: "nothing") { name } }
      query Files($owner: String!, $name: String!, $head: String!, $blob: GitObjectID!) {
        repo: repository(owner: $owner, name: $name) {
          nameWithOwner
          folder: object(expression: "edit:manuals/") { __typename ... on Tree { entries { name path type mode extension object { __typename ... on Blob { byteSize } } } } }
          root: object(expression: "main:") { ... on Tree { entries { name } } }
          commit: object(expression: $head) { __typename ... on Commit { oid messageHeadline tree { entries { name } } } }
          byOid: object(oid: $blob) { ...whole }
          atHead: object(expression: "HEAD:README.md") { ...whole }
          missing: object(oid: "0000000000000000000000000000000000000000") { __typename }
          treeAsBlob: object(expression: "edit:manuals") { ... on Blob { text } }
        }
      }
      fragment whole on Blob { text byteSize isTruncated abbreviatedOid }`;
    const { data } = await octokit.request("POST /graphql", { query, operationName: "Files", variables: { owner, name: repo, head, blob: blob?.sha } });
    expect(data).toEqual({
      data: {
        repo: {
          nameWithOwner: REPO,
          folder: {
            __typename: "Tree",
            entries: [
              { name: "a.md", path: "manuals/a.md", type: "blob", mode: 0o100644, extension: ".md", object: { __typename: "Blob", byteSize: Buffer.byteLength("# A 가\n") } },
              { name: "b.md", path: "manuals/b.md", type: "blob", mode: 0o100644, extension: ".md", object: { __typename: "Blob", byteSize: Buffer.byteLength("# B\n\nsame\n") } },
              { name: "sub", path: "manuals/sub", type: "tree", mode: 0o40000, extension: null, object: { __typename: "Tree" } },
            ],
          },
          root: { entries: [{ name: "README.md" }, { name: "manuals" }] },
          commit: { __typename: "Commit", oid: head, messageHeadline: fake.state.getCommit(REPO, head)?.message, tree: { entries: [{ name: "README.md" }, { name: "manuals" }] } },
          byOid: { text: "# A 가\n", byteSize: Buffer.byteLength("# A 가\n"), isTruncated: false, abbreviatedOid: blob?.sha.slice(0, 7) },
          atHead: { text: "hello\n", byteSize: 6, isTruncated: false, abbreviatedOid: fake.state.fileAt(REPO, "main", "README.md")?.sha.slice(0, 7) },
          missing: null,
          treeAsBlob: {},
        },
      },
    });
  });

  test("what GitHub refuses is answered with GitHub's errors and recorded; a real field the fake lacks is 'unimplemented'; a missing repository is NOT_FOUND beside the data", async () => {
    expectCleanEnd = false; // every request here is one GitHub refuses or the fake cannot answer
    seedPullRequest({ "manuals/a.md": "# A\n" });
    const ask = async (query: string, variables?: Record<string, unknown>) => (await octokit.request("POST /graphql", { query, ...(variables ? { variables } : {}) })).data as unknown;
    const repository = `repository(owner: "${owner}", name: "${repo}")`;

    const unknownField = `query { ${repository} { f0: object(expression: "main:README.md") { ... on Blob { txt } } } }`;
    expect(await ask(unknownField)).toEqual({
      errors: [
        {
          path: ["query", "repository", "f0", "... on Blob", "txt"],
          extensions: { code: "undefinedField", typeName: "Blob", fieldName: "txt" },
          locations: [{ line: 1, column: unknownField.indexOf("txt") + 1 }],
          message: "Field 'txt' doesn't exist on type 'Blob'",
        },
      ],
    });
    // The app's client sees the same refusal as an exception carrying GitHub's message.
    await expect(octokit.graphql(unknownField)).rejects.toThrow("Field 'txt' doesn't exist on type 'Blob'");
    expect(await ask(`{ ${repository} { object(path: "README.md") { __typename } } }`)).toMatchObject({ errors: [{ message: expect.stringMatching(/Unknown argument "path" on field "Repository.object"/) }] });
    expect(await ask(`query ($name: String!) { repository(owner: "${owner}", name: $name) { name } }`)).toMatchObject({ errors: [{ message: expect.stringMatching(/^Variable "\$name" .*String!/) }] });
    expect(await ask(`{ ${repository} { f0: object(expression: "main:README.md" { text } } }`)).toMatchObject({ errors: [{ message: expect.stringMatching(/^Parse error: Expected Name, found "\{" at \[1, \d+\]$/) }] });

    expect(await ask(`{ ${repository} { f0: object(expression: "main:README.md") { ... on Blob { commitUrl } } } }`)).toMatchObject({
      data: { repository: { f0: null } },
      errors: [{ path: ["repository", "f0", "commitUrl"], message: expect.stringMatching(/^Blob.commitUrl is a GitHub field the fake does not answer/) }],
    });
    expect(await ask(`mutation { addStar(input: { starrableId: "x" }) { clientMutationId } }`)).toMatchObject({ errors: [{ message: expect.stringMatching(/queries only/) }] });

    expect(await ask(`{ repository(owner: "${owner}", name: "missing") { name } }`)).toEqual({
      data: { repository: null },
      errors: [{ type: "NOT_FOUND", path: ["repository"], locations: [{ line: 1, column: 3 }], message: `Could not resolve to a Repository with the name '${owner}/missing'.` }],
    });

    expect(fake.violations.map((violation) => violation.kind)).toEqual(["graphql", "graphql", "graphql", "graphql", "graphql", "unimplemented", "unimplemented"]);
  });
});

describe("blobs as GitHub serves them", () => {
  const blobQuery = (paths: string[]) =>
    `{ repository(owner: "${owner}", name: "${repo}") { ${paths.map((path, index) => `f${index}: object(expression: ${JSON.stringify(`main:${path}`)}) { ... on Blob { text isTruncated byteSize isBinary oid } }`).join(" ")} } }`;

  test("Blob.text stops at the limit on a UTF-8 character boundary with isTruncated; byteSize and oid stay the whole blob's", async () => {
    fake.state.blobTextLimit = 10;
    const files: Record<string, FileChange> = {
      "exact.md": "1234567890", // 10 bytes: whole
      "over.md": "12345678901", // 11 bytes: the last one is cut
      "fits.md": "1234567가", // 7 + 3 = 10 bytes: whole
      "straddle.md": "12345678가", // the cut falls after the first of 가's three bytes
      "emoji.md": "1234567😀", // the cut falls after the third of 😀's four bytes
      "form.bin": new Uint8Array([0x25, 0x50, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    };
    fake.state.commit(REPO, { branch: "main", files });
    const paths = Object.keys(files);
    const result = await octokit.graphql<{ repository: Record<string, unknown> }>(blobQuery(paths));
    const blob = (path: string) => fake.state.fileAt(REPO, "main", path);
    const expected = (path: string, text: string | null, isTruncated: boolean) => ({ text, isTruncated, byteSize: blob(path)?.size, isBinary: text === null, oid: blob(path)?.sha });
    expect(Object.values(result.repository)).toEqual([
      expected("exact.md", "1234567890", false),
      expected("over.md", "1234567890", true),
      expected("fits.md", "1234567가", false),
      expected("straddle.md", "12345678", true),
      expected("emoji.md", "1234567", true),
      expected("form.bin", null, false),
    ]);
  });

  test("the default limit is 512 KiB, and startFakeGitHub's blobTextLimit option sets another", async () => {
    expect(fake.state.blobTextLimit).toBe(DEFAULT_BLOB_TEXT_LIMIT);
    expect(DEFAULT_BLOB_TEXT_LIMIT).toBe(512 * 1024);
    const overByOne = "가".repeat(Math.ceil((DEFAULT_BLOB_TEXT_LIMIT + 1) / 3)); // 524,289 bytes
    fake.state.commit(REPO, { branch: "main", files: { "at-limit.md": "a".repeat(DEFAULT_BLOB_TEXT_LIMIT), "over.md": overByOne } });
    const result = await octokit.graphql<{ repository: Record<string, { text: string; isTruncated: boolean }> }>(blobQuery(["at-limit.md", "over.md"]));
    expect(result.repository.f0?.isTruncated).toBe(false);
    expect(result.repository.f0?.text).toHaveLength(DEFAULT_BLOB_TEXT_LIMIT);
    expect(result.repository.f1?.isTruncated).toBe(true);
    expect(result.repository.f1?.text).toBe("가".repeat(Math.floor(DEFAULT_BLOB_TEXT_LIMIT / 3)));

    const small = await startFakeGitHub({ blobTextLimit: 4 });
    try {
      small.state.commit(REPO, { branch: "main", files: { "a.md": "12345" } });
      const client = new Octokit({ log, baseUrl: small.url, auth: "actions-token" });
      const answer = await client.graphql<{ repository: Record<string, unknown> }>(blobQuery(["a.md"]));
      expect(answer.repository.f0).toMatchObject({ text: "1234", isTruncated: true, byteSize: 5 });
      expect(small.violations).toEqual([]);
    } finally {
      await small.close();
    }
    expect(() => new GitHubState({ blobTextLimit: -1 })).toThrow(/blobTextLimit/);
  });

  test("for any text and limit the cut is the longest prefix of whole characters within the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.nat({ max: 200 }), (source, limit) => {
        const bytes = Buffer.from(source, "utf8");
        const { text, truncated } = blobText(bytes, limit);
        const size = Buffer.byteLength(text);
        expect(truncated).toBe(bytes.length > limit);
        expect(bytes.toString("utf8").startsWith(text)).toBe(true);
        expect(size).toBeLessThanOrEqual(limit);
        // Whole characters only, and no shorter than one character (≤ 4 bytes) below the limit.
        expect(bytes.subarray(0, size).equals(Buffer.from(text, "utf8"))).toBe(true);
        if (truncated) expect(size).toBeGreaterThan(limit - 4);
      }),
      { numRuns: 500 },
    );
  });

  test("GET /git/blobs/{sha} serves any blob of the repository whole, base64 in 60-character lines or raw; an unknown SHA is 404, a malformed one 422", async () => {
    fake.state.blobTextLimit = 16;
    const large = `${"가".repeat(100)}\n`;
    const binary = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe]);
    const { pull } = seedPullRequest({ "manuals/a.md": large, "files/form.bin": binary });
    const listed = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull.number });
    const sha = listed.data.find((file) => file.filename === "manuals/a.md")?.sha as string;

    // GraphQL cuts it; the blob API gives all of it.
    const cut = await octokit.graphql<{ repository: { object: { text: string; isTruncated: boolean; oid: string } } }>(
      `{ repository(owner: "${owner}", name: "${repo}") { object(expression: "edit:manuals/a.md") { ... on Blob { text isTruncated oid } } } }`,
    );
    expect(cut.repository.object).toEqual({ text: "가".repeat(5), isTruncated: true, oid: sha });
    const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
    expect(data).toMatchObject({ sha, size: Buffer.byteLength(large), encoding: "base64", url: `${fake.url}/repos/${REPO}/git/blobs/${sha}` });
    expect(Buffer.from(data.content, "base64").toString("utf8")).toBe(large);
    expect(data.content.split("\n").map((line) => line.length <= 60)).not.toContain(false);

    // A blob no pull request shows (unchanged since the seed commit) is found as well.
    const readme = fake.state.fileAt(REPO, "main", "README.md")?.sha as string;
    expect(Buffer.from((await octokit.rest.git.getBlob({ owner, repo, file_sha: readme })).data.content, "base64").toString()).toBe("hello\n");
    const raw = await octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { owner, repo, file_sha: fake.state.fileAt(REPO, "edit", "files/form.bin")?.sha as string, mediaType: { format: "raw" } });
    expect(Buffer.from(raw.data as unknown as ArrayBuffer)).toEqual(Buffer.from(binary));

    const elsewhere = fake.state.fileAt(REPO, "main", "README.md") && fake.state.commit("seoul-gu/other", { branch: "main", files: { "only-here.md": "elsewhere\n" } });
    const foreign = fake.state.fileAt("seoul-gu/other", elsewhere as string, "only-here.md")?.sha as string;
    await expect(octokit.rest.git.getBlob({ owner, repo, file_sha: foreign })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getBlob({ owner, repo, file_sha: "0".repeat(40) })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getBlob({ owner, repo, file_sha: "abc" })).rejects.toMatchObject({ status: 422 });
    expect(fake.calls({ operationId: "git/get-blob" }).map((entry) => entry.status)).toEqual([200, 200, 200, 404, 404, 422]);
  });
});

describe("two app instances writing at once (GitHub has no lock, neither has the fake)", () => {
  test("both look, find nothing and create: two sticky comments and two check runs, both listed; filter=latest shows the newer run; converging deletes the extra once", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A!\n" });
    // Two processes, each with its own installation token.
    const instances = await Promise.all([appOctokit(), appOctokit()]);
    const issue = { owner, repo, issue_number: pull.number };
    const marker = "<!-- work-manuals:sticky -->";

    const seen = await Promise.all(instances.map((app) => app.paginate(app.rest.issues.listComments, issue)));
    expect(seen).toEqual([[], []]);
    const comments = await Promise.all(instances.map((app, index) => app.rest.issues.createComment({ ...issue, body: `${marker} ${index}` })));
    const runs = await Promise.all(
      instances.map((app) => app.rest.checks.create({ owner, repo, name: "Legal review", head_sha: pull.head.sha, external_id: `legal-review:${pull.head.sha}`, status: "in_progress" })),
    );

    const listed = await instances[0]?.paginate(instances[0].rest.issues.listComments, issue);
    expect(listed?.map((comment) => comment.body).sort()).toEqual([`${marker} 0`, `${marker} 1`]);
    const all = await octokit.rest.checks.listForRef({ owner, repo, ref: pull.head.sha, check_name: "Legal review", filter: "all" });
    expect(all.data.check_runs.map((run) => run.external_id)).toEqual([`legal-review:${pull.head.sha}`, `legal-review:${pull.head.sha}`]);
    const newest = Math.max(...runs.map((run) => run.data.id));
    const latest = await octokit.rest.checks.listForRef({ owner, repo, ref: pull.head.sha, check_name: "Legal review" });
    expect(latest.data.check_runs.map((run) => run.id)).toEqual([newest]);

    // Converging: each instance keeps the oldest comment and deletes the others, at the same moment.
    const ids = comments.map((comment) => comment.data.id);
    const extra = Math.max(...ids);
    const deletions = await Promise.allSettled(instances.map((app) => app.rest.issues.deleteComment({ owner, repo, comment_id: extra })));
    expect(deletions.map((outcome) => (outcome.status === "fulfilled" ? outcome.value.status : (outcome.reason as { status: number }).status)).sort()).toEqual([204, 404]);
    expect(fake.state.comments(REPO, pull.number).map((comment) => comment.id)).toEqual([Math.min(...ids)]);
  });

  test("a slow request does not hold up another instance's: the later arrival is written first and gets the smaller id", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A!\n" });
    const [slowApp, fastApp] = await Promise.all([appOctokit(), appOctokit()]);
    const issue = { owner, repo, issue_number: pull.number };
    // Long enough that the other instance's request finishes first even on a busy machine.
    fake.inject({ method: "POST", path: `/repos/${REPO}/issues/${pull.number}/comments`, delayMs: 1500 });
    const slow = slowApp?.rest.issues.createComment({ ...issue, body: "slow" });
    await expect.poll(() => fake.pendingFaults()).toEqual([]); // the slow request has arrived and is held
    const fast = await fastApp?.rest.issues.createComment({ ...issue, body: "fast" });
    const slowDone = await slow;
    expect(fast?.data.id).toBeLessThan(slowDone?.data.id as number);
    expect(fake.state.comments(REPO, pull.number).map((comment) => comment.body)).toEqual(["fast", "slow"]);
    const writes = fake.calls({ operationId: "issues/create-comment" });
    expect(writes.map((entry) => entry.fault)).toEqual([false, true]); // logged in order of completion
    expect((writes[1]?.startedAt as number) <= (writes[0]?.startedAt as number)).toBe(true);
  });
});

describe("the contract with GitHub's OpenAPI description", () => {
  test("a request body GitHub would not accept is answered 500 with the reason and recorded", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const app = await appOctokit();
    // A route typed as plain string lets a wrong body through the compiler, as untyped code would send it.
    const route: string = "POST /repos/{owner}/{repo}/check-runs";
    const wrong = app.request(route, {
      owner,
      repo,
      name: "Manual schema",
      head_sha: head,
      output: { title: "t", summary: "s", annotations: [{ path: "manuals/a.md", line: 3, annotation_level: "error", message: "m" }] },
    });
    await expect(wrong).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/annotation_level|start_line/) });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatchObject({ kind: "request-body", operationId: "checks/create" });
    expect(fake.violations[0]?.errors?.map((error) => error.instancePath)).toEqual(expect.arrayContaining(["/output/annotations/0", "/output/annotations/0/annotation_level"]));
    expect(fake.state.checkRuns(REPO)).toEqual([]);
    expectCleanEnd = false;
  });

  test("an undocumented query value, an operation the fake lacks and a path GitHub does not have are all violations", async () => {
    const { head } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const listRoute: string = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs";
    await expect(octokit.request(listRoute, { owner, repo, ref: head, filter: "newest" })).rejects.toMatchObject({ status: 500 });
    await expect(octokit.rest.repos.listReleases({ owner, repo })).rejects.toMatchObject({ status: 501 });
    await expect(octokit.request("GET /repos/{owner}/{repo}/no-such-thing", { owner, repo })).rejects.toMatchObject({ status: 404 });
    expect(fake.violations.map((violation) => [violation.kind, violation.operationId])).toEqual([
      ["query", "checks/list-for-ref"],
      ["unimplemented", "repos/list-releases"],
      ["unknown-endpoint", null],
    ]);
    expectCleanEnd = false;
  });

  test("installation tokens need the app's JWT, and act as the app's bot", async () => {
    await expect(octokit.rest.apps.createInstallationAccessToken({ installation_id: 1 })).rejects.toMatchObject({ status: 401 });
    const app = new Octokit({ log, baseUrl: fake.url, auth: APP_JWT });
    const { data } = await app.rest.apps.createInstallationAccessToken({ installation_id: 7 });
    expect(Date.parse(data.expires_at)).toBeGreaterThan(Date.now());
    expect(fake.state.tokens.get(data.token)?.installationId).toBe(7);
    seedPullRequest({ "manuals/a.md": "# A\n" });
    await new Octokit({ log, baseUrl: fake.url, auth: data.token }).rest.issues.createComment({ owner, repo, issue_number: 1, body: "hi" });
    expect(fake.calls({ operationId: "issues/create-comment" }).map((entry) => entry.actor)).toEqual(["work-manuals[bot]"]);
  });
});

describe("fault injection", () => {
  function resilientOctokit(options: { timeoutMs?: number } = {}) {
    const Resilient = Octokit.plugin(retry, throttling);
    return new Resilient({
      log,
      baseUrl: fake.url,
      auth: "actions-token",
      retry: { retryAfterBaseValue: 1 },
      throttle: { retryAfterBaseValue: 1, onRateLimit: () => true, onSecondaryRateLimit: () => true },
      ...(options.timeoutMs ? { request: { signal: AbortSignal.timeout(options.timeoutMs) } } : {}),
    });
  }

  test("each fault is used by one matching request; other requests pass; the client's retries ride out 500s", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.inject(serverError({ method: "GET", path: "/repos/{owner}/{repo}/pulls/{pull_number}", times: 2 }));
    fake.inject({ method: "GET", path: /\/files$/, status: 502 });
    expect(fake.pendingFaults().map((fault) => fault.remaining)).toEqual([2, 1]);

    const client = resilientOctokit();
    await client.rest.issues.listComments({ owner, repo, issue_number: pull.number });
    const got = await client.rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(got.data.number).toBe(pull.number);
    await client.rest.pulls.listFiles({ owner, repo, pull_number: pull.number });
    expect(fake.calls({ operationId: "pulls/get" }).map((entry) => [entry.status, entry.fault])).toEqual([
      [500, true],
      [500, true],
      [200, false],
    ]);
    expect(fake.calls({ operationId: "pulls/list-files" }).map((entry) => entry.status)).toEqual([502, 200]);
  });

  test("without retries the fault reaches the caller and nothing changes", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.inject(serverError({ method: "POST", path: `/repos/${REPO}/issues/${pull.number}/comments` }));
    await expect(octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "x" })).rejects.toMatchObject({ status: 500 });
    expect(fake.state.comments(REPO, pull.number)).toEqual([]);
  });

  // GETs keep this fast: the throttling plugin spaces writes (and comments) by one to three seconds.
  test("429 with retry-after and x-ratelimit-remaining: 0, and the secondary rate limit (403), are retried by the throttling plugin", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.inject(rateLimited({ path: "/repos/{owner}/{repo}/pulls/{pull_number}/reviews" }));
    fake.inject(secondaryRateLimited({ method: "GET", path: "/repos/{owner}/{repo}/issues/{issue_number}/comments" }));
    const client = resilientOctokit();
    await client.rest.pulls.listReviews({ owner, repo, pull_number: pull.number });
    await client.rest.issues.listComments({ owner, repo, issue_number: pull.number });
    expect(fake.calls().map((entry) => [entry.operationId, entry.status])).toEqual([
      ["pulls/list-reviews", 429],
      ["pulls/list-reviews", 200],
      ["issues/list-comments", 403],
      ["issues/list-comments", 200],
    ]);
  });

  test("an injected fault answers with the given status, headers and body", async () => {
    seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.inject({ path: `/repos/${REPO}/contents/README.md`, status: 403, headers: { "x-custom": "1" }, body: { message: "Resource not accessible by integration" } });
    const failure = await octokit.rest.repos.getContent({ owner, repo, path: "README.md" }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 403, message: expect.stringContaining("Resource not accessible by integration"), response: { headers: { "x-custom": "1" } } });
  });

  test("a response slower than the client's timeout: the client gives up, the request changes nothing, and close() does not wait for it", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    fake.inject(timeout({ method: "POST", path: /\/comments$/, delayMs: 10_000 }));
    const client = new Octokit({ log, baseUrl: fake.url, auth: "actions-token", request: { signal: AbortSignal.timeout(100) } });
    await expect(client.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "late" })).rejects.toThrow();
    await expect.poll(() => fake.calls({ operationId: "issues/create-comment" }).map((entry) => [entry.status, entry.fault])).toEqual([[499, true]]);
    expect(fake.state.comments(REPO, pull.number)).toEqual([]);
  });
});

test("every implemented operation answers within GitHub's description", async () => {
  const { pull, base, head } = seedPullRequest({ "manuals/a.md": "# A\n" });
  fake.state.setTeam(owner, "legal", ["lee"]);
  const app = await appOctokit();
  const common = { owner, repo };
  const number = { ...common, pull_number: pull.number };
  const issue = { ...common, issue_number: pull.number };

  await app.rest.apps.getAuthenticated().catch(() => undefined); // needs the JWT: refused, still within the description
  await new Octokit({ log, baseUrl: fake.url, auth: APP_JWT }).rest.apps.getAuthenticated();
  await app.rest.repos.get(common);
  await app.rest.pulls.get(number);
  await app.rest.pulls.list({ ...common, state: "all", head: `${owner}:edit` });
  await app.rest.pulls.update({ ...number, title: "Edited title" });
  await app.rest.pulls.listFiles(number);
  await app.rest.pulls.listCommits(number);
  const review = await new Octokit({ log, baseUrl: fake.url, auth: "lee-token" }).rest.pulls.createReview({ ...number, event: "APPROVE" });
  await app.rest.pulls.listReviews(number);
  await app.rest.pulls.dismissReview({ ...number, review_id: review.data.id, message: "stale" });
  await app.rest.pulls.requestReviewers({ ...number, reviewers: ["park"], team_reviewers: ["legal"] });
  await app.rest.pulls.listRequestedReviewers(number);
  await app.rest.pulls.removeRequestedReviewers({ ...number, reviewers: ["park"] });
  await app.rest.teams.listMembersInOrg({ org: owner, team_slug: "legal" });
  const run = await app.rest.checks.create({ ...common, name: "Legal review", head_sha: head, status: "in_progress" });
  await app.rest.checks.update({ ...common, check_run_id: run.data.id, conclusion: "neutral", output: { title: "t", summary: "s", annotations: [{ path: "manuals/a.md", start_line: 1, end_line: 1, start_column: 1, end_column: 2, annotation_level: "notice", message: "m", title: "t", raw_details: "d" }] } });
  await app.rest.checks.get({ ...common, check_run_id: run.data.id });
  await app.rest.checks.listAnnotations({ ...common, check_run_id: run.data.id });
  await app.rest.checks.listForRef({ ...common, ref: head });
  await app.rest.issues.listForRepo({ ...common, state: "all" });
  const created = await app.rest.issues.create({ ...common, title: "Due", labels: [{ name: "review-due" }] });
  await app.rest.issues.get({ ...common, issue_number: created.data.number });
  await app.rest.issues.update({ ...common, issue_number: created.data.number, state: "closed", state_reason: "not_planned" });
  const comment = await app.rest.issues.createComment({ ...issue, body: "one" });
  await app.rest.issues.getComment({ ...common, comment_id: comment.data.id });
  await app.rest.issues.updateComment({ ...common, comment_id: comment.data.id, body: "two" });
  await app.rest.issues.listComments(issue);
  await app.rest.issues.deleteComment({ ...common, comment_id: comment.data.id });
  await app.rest.issues.addLabels({ ...issue, labels: ["a", "b"] });
  await app.rest.issues.setLabels({ ...issue, labels: ["b"] });
  await app.rest.issues.removeLabel({ ...issue, name: "b" });
  await app.rest.issues.listLabelsOnIssue(issue);
  await app.rest.issues.createLabel({ ...common, name: "legal-change", color: "d93f0b", description: "법령 변경" });
  await app.rest.issues.getLabel({ ...common, name: "legal-change" });
  await app.rest.issues.listLabelsForRepo(common);
  await app.rest.issues.listAssignees(common);
  await app.rest.repos.getContent({ ...common, path: "manuals", ref: "edit" });
  await app.rest.repos.createOrUpdateFileContents({ ...common, path: "manuals/new.md", branch: "edit", message: "Add", content: Buffer.from("# New\n").toString("base64") });
  await app.rest.repos.getCommit({ ...common, ref: "edit" });
  await app.rest.git.getBlob({ ...common, file_sha: fake.state.fileAt(REPO, "edit", "manuals/a.md")?.sha as string });
  await app.rest.repos.compareCommitsWithBasehead({ ...common, basehead: `${base}...edit` });
  await app.rest.git.getRef({ ...common, ref: "heads/edit" });
  await app.rest.git.createRef({ ...common, ref: "refs/heads/copy", sha: base });
  await app.rest.git.updateRef({ ...common, ref: "heads/copy", sha: head });
  await app.rest.git.deleteRef({ ...common, ref: "heads/copy" });
  await app.rest.pulls.create({ ...common, title: "Copy", head: "edit", base: "main" }).catch(() => undefined); // 422: a pull request exists
  fake.state.commit(REPO, { branch: "second", files: { "x.md": "x\n" } });
  await app.rest.pulls.create({ ...common, title: "Second", head: "second", base: "main", draft: true });

  expect(Object.keys(routeTable).filter((operationId) => fake.calls({ operationId }).length === 0)).toEqual([]);
  expect(fake.calls().filter((entry) => entry.status >= 400).map((entry) => [entry.operationId, entry.status])).toEqual([
    ["apps/get-authenticated", 401],
    ["pulls/create", 422],
  ]);
});

describe("webhook events", () => {
  test("events are built from the state and match @octokit/webhooks-schemas (each builder throws otherwise)", async () => {
    const { pull, head: first } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const approval = fake.state.addReview(REPO, pull.number, { user: "lee", state: "APPROVED", body: "ok" });
    const second = fake.state.commit(REPO, { branch: "edit", files: { "manuals/a.md": "# A again\n" } });
    fake.state.setHead(REPO, pull.number, second);
    const app = await appOctokit();
    const run = await app.rest.checks.create({ owner, repo, name: "Legal review", head_sha: second, conclusion: "failure", output: { title: "t", summary: "s" } });

    const synchronize = fake.webhooks.pullRequest(REPO, pull.number, "synchronize");
    expect(synchronize).toMatchObject({ name: "pull_request", payload: { action: "synchronize", before: first, after: second, number: 1, installation: { id: 1 }, sender: { login: "kim" } } });
    expect(fake.webhooks.pullRequest(REPO, pull.number, "edited", { changes: { base: { ref: { from: "old" }, sha: { from: first } } } }).payload.changes).toEqual({ base: { ref: { from: "old" }, sha: { from: first } } });
    for (const action of ["opened", "reopened", "ready_for_review"] as const) expect(fake.webhooks.pullRequest(REPO, pull.number, action).payload.action).toBe(action);
    expect(fake.webhooks.pullRequestReview(REPO, pull.number, approval.id, "submitted").payload).toMatchObject({ review: { id: approval.id, state: "approved", commit_id: first, user: { login: "lee" } } });
    fake.state.dismissReview(REPO, pull.number, approval.id);
    expect(fake.webhooks.pullRequestReview(REPO, pull.number, approval.id, "dismissed").payload).toMatchObject({ review: { state: "dismissed" } });
    expect(fake.webhooks.checkRunRerequested(REPO, run.data.id).payload).toMatchObject({ check_run: { id: run.data.id, head_sha: second, pull_requests: [{ number: 1 }] } });
    expect(fake.webhooks.checkSuiteRerequested(REPO, second).payload).toMatchObject({ check_suite: { head_sha: second, latest_check_runs_count: 1, conclusion: "failure" } });
    expect(synchronize.id).not.toBe(fake.webhooks.pullRequest(REPO, pull.number, "synchronize").id);
    // The check is not vacuous: the REST rendering of the same pull request is not a valid payload.
    expect(checkPayload("pull_request", "synchronize", { ...synchronize.payload, pull_request: fake.render.pullRequest(REPO, pull.number) })).toMatch(/must NOT have additional properties/);
  });

  test("a Probot app on localhost receives a signed delivery and acts through the fake; a wrong signature changes nothing", async () => {
    const { pull } = seedPullRequest({ "manuals/a.md": "# A\n" });
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
    const probot = new Probot({
      appId: 1,
      privateKey,
      secret: "webhook-secret",
      logLevel: "fatal",
      Octokit: ProbotOctokit.defaults({ baseUrl: fake.url, retry: { enabled: false }, throttle: { enabled: false } }),
    });
    const middleware = await createNodeMiddleware(
      (app) => {
        app.on("pull_request.opened", async (context) => {
          const files = await context.octokit.paginate(context.octokit.rest.pulls.listFiles, context.pullRequest());
          await context.octokit.rest.checks.create(
            context.repo({ name: "Manual schema", head_sha: context.payload.pull_request.head.sha, conclusion: "success" as const, output: { title: `${files.length} file(s)`, summary: "checked" } }),
          );
        });
      },
      { probot, webhooksPath: "/api/github/webhooks" },
    );
    const server: Server = createServer((request, response) => void middleware(request, response, () => response.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
    try {
      const event = fake.webhooks.pullRequest(REPO, pull.number, "opened");
      const rejected = await deliverWebhook({ url, secret: "wrong-secret", event });
      expect(rejected.status).toBeGreaterThanOrEqual(400);
      expect(fake.requests).toEqual([]);

      const accepted = await deliverWebhook({ url, secret: "webhook-secret", event });
      expect(accepted.status).toBe(200);
      expect(fake.state.checkRuns(REPO).map((run) => [run.name, run.headSha, run.conclusion, run.output.title, run.app.slug])).toEqual([
        ["Manual schema", pull.head.sha, "success", "1 file(s)", "work-manuals"],
      ]);
      expect(fake.calls().map((entry) => [entry.operationId, entry.actor])).toEqual([
        ["apps/create-installation-access-token", ""],
        ["pulls/list-files", "work-manuals[bot]"],
        ["checks/create", "work-manuals[bot]"],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

test("100 pull requests handled concurrently each end in their own state", async () => {
  fake.state.commit(REPO, { branch: "main", files: { "manuals/a.md": "# A\n" } });
  const pulls = Array.from({ length: 100 }, (_, index) => {
    fake.state.commit(REPO, { branch: `edit-${index}`, files: { [`manuals/m${index}.md`]: `# ${index}\n` } });
    return fake.state.openPullRequest(REPO, { title: `Edit ${index}`, user: "kim", head: `edit-${index}` });
  });
  const app = await appOctokit();
  await Promise.all(
    pulls.map(async (pull) => {
      const files = await app.rest.pulls.listFiles({ owner, repo, pull_number: pull.number });
      const run = await app.rest.checks.create({ owner, repo, name: "Manual schema", head_sha: pull.head.sha, status: "in_progress" });
      await app.rest.checks.update({ owner, repo, check_run_id: run.data.id, conclusion: "success", output: { title: files.data[0]?.filename ?? "", summary: "ok" } });
      await app.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: [`pr-${pull.number}`] });
    }),
  );
  for (const pull of pulls) {
    const runs = fake.state.checkRuns(REPO, { headSha: pull.head.sha });
    expect(runs.map((run) => [run.status, run.conclusion, run.output.title])).toEqual([["completed", "success", `manuals/m${pull.number - 1}.md`]]);
    expect(fake.state.pullRequest(REPO, pull.number).labels).toEqual([`pr-${pull.number}`]);
  }
  expect(fake.calls().filter((entry) => entry.status >= 400)).toEqual([]);
});
