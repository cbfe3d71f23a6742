// `manuals remind due` against the fake GitHub over HTTP: one issue per department with manuals due,
// created once, updated in place, closed when nothing is due, reopened when something falls due
// again; owners assigned; reruns change nothing; duplicates are healed; others' issues untouched.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatViolation, serverError, startFakeGitHub, type FakeGitHub } from "../fake-github/index.ts";
import type { IssueRecord } from "../fake-github/index.ts";
import { createOpsRepository, type OpsRepository } from "./ops-repository.ts";

const REPO = "hanbit-gu/manuals";
const TODAY = "2026-11-23";

let fake: FakeGitHub;
let repo: OpsRepository;
let env: NodeJS.ProcessEnv;
let paths: { taxOverdue: string; taxSoon: string; cleaning: string; environment: string };

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.state.createRepository(REPO);
  fake.state.setCollaborators(REPO, ["kim-a", "lee-b", "park-c", "choi-e", "seo-d"]);
  env = { GITHUB_TOKEN: "actions-token", GITHUB_REPOSITORY: REPO, GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: "https://github.example", MANUALS_GITHUB_THROTTLE: "off" };
  repo = createOpsRepository();
  paths = {
    // tax: one overdue (due 2026-10-01), one due within 30 days (2026-12-10)
    taxOverdue: repo.addManual({ id: "tax-overdue", department: "tax", owner: "kim-a", deputy: "seo-d", lastReviewed: "2025-10-01" }),
    taxSoon: repo.addManual({ id: "tax-soon", department: "tax", owner: "lee-b", lastReviewed: "2025-12-10" }),
    // cleaning: overdue (due 2026-11-01)
    cleaning: repo.addManual({ id: "cleaning-overdue", department: "cleaning", owner: "park-c", lastReviewed: "2025-11-01" }),
    // environment: not due until 2027-06-01
    environment: repo.addManual({ id: "env-fresh", department: "environment", owner: "choi-e", lastReviewed: "2026-06-01" }),
  };
});

afterEach(async () => {
  await fake.close();
  repo.remove();
  expect(fake.violations.map(formatViolation)).toEqual([]);
  expect(fake.pendingFaults()).toEqual([]);
});

const remind = (extra: string[] = []) => repo.run(["remind", "due", "--today", TODAY, ...extra], env);
const issues = () => fake.state.issues(REPO);
const byDepartment = (key: string) => issues().filter((i) => (i.body ?? "").includes(`<!-- work-manuals:due:${key} -->`));
const writes = () => fake.calls().filter((c) => c.method !== "GET").length;
const snapshot = (list: IssueRecord[]) => list.map((i) => ({ number: i.number, state: i.state, title: i.title, body: i.body, labels: [...i.labels], assignees: [...i.assignees].sort() }));

describe("manuals remind due", () => {
  it("opens one issue per department with manuals due, listing them with their owners assigned", async () => {
    const run = await remind();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(issues()).toHaveLength(2);

    const [tax] = byDepartment("tax");
    expect(tax).toMatchObject({ state: "open", labels: ["검토기한", "부서:tax"] });
    expect([...tax!.assignees].sort()).toEqual(["kim-a", "lee-b"]);
    expect(tax!.title).toBe("[검토기한] 세무과 업무매뉴얼 2건 검토 필요");
    expect(tax!.body).toContain(`- [ ] ⚠ [tax-overdue 업무](https://github.example/${REPO}/blob/HEAD/${paths.taxOverdue}) — 기한 2026-10-01 **지남** (마지막 검토 2025-10-01), 담당 @kim-a, 대리 @seo-d`);
    expect(tax!.body).toContain(`- [ ] [tax-soon 업무](https://github.example/${REPO}/blob/HEAD/${paths.taxSoon}) — 기한 2026-12-10 (마지막 검토 2025-12-10), 담당 @lee-b`);

    const [cleaning] = byDepartment("cleaning");
    expect(cleaning).toMatchObject({ state: "open", assignees: ["park-c"], labels: ["검토기한", "부서:cleaning"] });
    expect(byDepartment("environment")).toEqual([]);
    expect(run.stdout).toContain(`이슈 #${tax!.number} 새로 만듦: tax`);
  });

  it("changes nothing when run again with nothing new", async () => {
    await remind();
    const before = snapshot(issues());
    fake.clearRequests();
    const again = await remind();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("바꿀 것이 없습니다");
    expect(writes()).toBe(0);
    expect(snapshot(issues())).toEqual(before);
  });

  it("updates the same issue when the list changes, closes it when nothing is due, reopens it when a manual falls due again", async () => {
    await remind();
    const taxNumber = byDepartment("tax")[0]!.number;
    const cleaningNumber = byDepartment("cleaning")[0]!.number;

    // The tax owner's review and the cleaning review are merged.
    repo.edit(paths.taxOverdue, "last_reviewed: 2025-10-01", "last_reviewed: 2026-11-20");
    repo.edit(paths.cleaning, "last_reviewed: 2025-11-01", "last_reviewed: 2026-11-21");
    await remind();
    await remind(); // and a rerun on top
    expect(issues()).toHaveLength(2);
    const tax = byDepartment("tax");
    expect(tax).toHaveLength(1);
    expect(tax[0]).toMatchObject({ number: taxNumber, state: "open", assignees: ["lee-b"], title: "[검토기한] 세무과 업무매뉴얼 1건 검토 필요" });
    expect(tax[0]!.body).not.toContain("tax-overdue");
    expect(tax[0]!.body).toContain("tax-soon");
    const cleaning = fake.state.issue(REPO, cleaningNumber);
    expect(cleaning).toMatchObject({ state: "closed", stateReason: "completed" });
    expect(fake.state.comments(REPO, cleaningNumber).map((c) => c.body)).toEqual([expect.stringContaining("검토 기한이 된 매뉴얼이 더 이상 없어")]);

    // Time passes: the cleaning manual falls due again, and the same issue reopens.
    await remind(); // same day: still nothing due in cleaning
    expect(fake.state.issue(REPO, cleaningNumber).state).toBe("closed");
    const later = await repo.run(["remind", "due", "--today", "2027-11-10"], env);
    expect(later.code).toBe(0);
    expect(fake.state.issue(REPO, cleaningNumber)).toMatchObject({ state: "open", stateReason: "reopened", assignees: ["park-c"] });
    expect(byDepartment("cleaning")).toHaveLength(1);
    expect(byDepartment("environment")).toHaveLength(1);
    expect(issues()).toHaveLength(3);
  });

  it("keeps one issue when a duplicate exists, and leaves issues without its marker alone", async () => {
    await remind();
    const kept = byDepartment("tax")[0]!;
    const duplicate = fake.state.createIssue(REPO, { title: "copy", body: kept.body, user: "someone", labels: ["검토기한", "부서:tax"] });
    const human = fake.state.createIssue(REPO, { title: "검토 일정 문의", body: "검토기한 관련 질문입니다.", user: "kim-a", labels: ["검토기한"] });
    await remind();
    expect(fake.state.issue(REPO, duplicate.number)).toMatchObject({ state: "closed", stateReason: "not_planned" });
    expect(fake.state.comments(REPO, duplicate.number).map((c) => c.body)).toEqual([expect.stringContaining(`#${kept.number}`)]);
    expect(fake.state.issue(REPO, kept.number).state).toBe("open");
    expect(fake.state.issue(REPO, human.number)).toMatchObject({ state: "open", title: "검토 일정 문의", body: "검토기한 관련 질문입니다." });
    expect(byDepartment("tax").filter((i) => i.state === "open")).toHaveLength(1);
  });

  it("finds its issue after people removed its labels, and puts back its labels and assignees, keeping labels they added", async () => {
    await remind();
    const tax = byDepartment("tax")[0]!;
    fake.state.setLabels(REPO, tax.number, ["우선"]);
    fake.state.issue(REPO, tax.number).assignees = ["someone-else"];
    await remind();
    expect(byDepartment("tax")).toHaveLength(1);
    expect(fake.state.issue(REPO, tax.number).labels).toEqual(["우선", "검토기한", "부서:tax"]);
    expect([...fake.state.issue(REPO, tax.number).assignees].sort()).toEqual(["kim-a", "lee-b"]);
  });

  it("assigns only people who can be assigned, names the others, and a rerun changes nothing", async () => {
    fake.state.setCollaborators(REPO, ["kim-a", "park-c", "choi-e"]); // lee-b has left
    await remind();
    const tax = byDepartment("tax")[0]!;
    expect(tax.assignees).toEqual(["kim-a"]);
    expect(tax.body).toContain("담당 @lee-b");
    fake.clearRequests();
    await remind();
    expect(writes()).toBe(0);
  });

  it("without a token says what is missing, exits 2 and sends nothing", async () => {
    const run = await repo.run(["remind", "due", "--today", TODAY], { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: fake.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^manuals: GitHub에 이슈를 쓰려면 환경 변수 GITHUB_TOKEN이 필요합니다/);
    expect(fake.calls()).toEqual([]);
  });

  it("--dry-run prints the issues and sends nothing", async () => {
    const run = await remind(["--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# [검토기한] 세무과 업무매뉴얼 2건 검토 필요");
    expect(run.stdout).toContain("<!-- work-manuals:due:cleaning -->");
    expect(fake.calls()).toEqual([]);
  });

  it("fails with a sentence (exit 2) when the token may not write issues, having changed nothing", async () => {
    fake.inject({ method: "GET", path: `/repos/${REPO}/issues`, status: 403, body: { message: "Resource not accessible by integration" } });
    const run = await remind();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("GitHub API 403");
    expect(run.stderr).toContain("issues: write");
    expect(issues()).toEqual([]);
  });

  it("rides out a transient server error", async () => {
    fake.inject(serverError({ method: "POST", path: `/repos/${REPO}/issues` }));
    const run = await remind();
    expect(run.code).toBe(0);
    expect(issues()).toHaveLength(2);
    expect(fake.calls({ method: "POST", path: `/repos/${REPO}/issues` }).map((c) => c.status)).toEqual([500, 201, 201]);
  });
});
