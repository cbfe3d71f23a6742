// Two app instances behind one webhook address: two `bot/app/server.ts` processes against one fake
// GitHub, sent the same delivery at once, interleaved events of one pull request, and a push while a
// review is under way (with the old event delivered again to both). Shared by the end-to-end test,
// which asserts the end state, and the bench, which reports deliveries, duplicates left and the time
// to converge. Both processes pace their writes as in production.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deliverWebhook, startFakeGitHub, type FakeGitHub, type WebhookEvent } from "../fake-github/index.ts";
import { startAppProcess, type AppProcess } from "./app-process.ts";
import { appPrivateKey, edit, REPO, SECRET, seedRepository } from "./harness.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const MOVE_IN = "manuals/community-center/dong-civil/move-in-report.md";
export const PERMIT = "manuals/district-office/building/building-permit.md";
export const TAX = "manuals/district-office/tax/local-tax-exemption.md";
export const STICKY = "<!-- work-manuals:summary -->";

const file = (path: string) => readFileSync(`${root}${path}`, "utf8");
const lawEdit = (text: string) => edit(edit(text, 'article: "제16조"', 'article: "제16조의2"'), "「주민등록법」 제16조(", "「주민등록법」 제16조의2(");
const tipEdit = (text: string) => edit(text, "## 업무 팁\n\n", "## 업무 팁\n\n- 접수 창구가 붐비는 월요일 오전에는 번호표 발급기를 먼저 점검합니다.\n");

export interface Expected {
  number: number;
  head: string;
  legal: string;
  labels: string[];
  /** Review requests, where the order of events does not decide them. */
  requested?: { users: string[]; teams: string[] };
}

export interface TwoInstancesRun {
  fake: FakeGitHub;
  expected: Expected[];
  deliveries: number;
  statuses: number[];
  /** From the first delivery sent to both processes having finished every review. */
  milliseconds: number;
  exitCodes: (number | null)[];
  logs: string[];
  close(): Promise<void>;
}

/** Sticky comments beyond the first, over the pull requests. */
export function extraStickies(fake: FakeGitHub, numbers: number[]): number {
  return numbers.reduce((sum, n) => sum + Math.max(0, fake.state.comments(REPO, n).filter((c) => c.body.includes(STICKY)).length - 1), 0);
}

export async function runTwoInstances(): Promise<TwoInstancesRun> {
  const fake = await startFakeGitHub();
  const base = seedRepository(fake);
  const privateKey = appPrivateKey();
  const apps: AppProcess[] = await Promise.all([0, 1].map(() => startAppProcess({ fakeUrl: fake.url, privateKey, secret: SECRET })));
  const [a, b] = apps as [AppProcess, AppProcess];
  const open = (branch: string, user: string, files: Record<string, string>) => {
    const head = fake.state.commit(REPO, { parent: base, branch, files, author: user });
    return { number: fake.state.openPullRequest(REPO, { title: branch, user, head: branch }).number, head };
  };
  const sent: Promise<number>[] = [];
  const send = (app: AppProcess, event: WebhookEvent) => sent.push(deliverWebhook({ url: app.webhookUrl, secret: SECRET, event, timeoutMs: 30_000 }).then((r) => r.status));

  const one = open("two-dup", "jin-sohee", { [MOVE_IN]: lawEdit(file(MOVE_IN)) });
  const two = open("two-reviews", "ryu-seungho", { [PERMIT]: edit(file(PERMIT), 'article: "제11조"', 'article: "제11조제1항"') });
  const three = open("two-push", "cho-hyunsoo", { [TAX]: tipEdit(file(TAX)) });
  const started = performance.now();

  // Waits for a state of the fake (not for a time): the point in a review at which to interfere.
  const until = async (what: string, condition: () => boolean) => {
    const deadline = Date.now() + 60_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`two instances: no ${what} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const writing = (sha: string) => () => fake.state.checkRuns(REPO, { headSha: sha }).length > 0;

  // 1. The same delivery reaches both instances at once.
  const opened = fake.webhooks.pullRequest(REPO, one.number, "opened");
  send(a, opened);
  send(b, opened);
  // 2. A pull request needing two approvals: the approvals arrive while one instance is writing the
  //    review it made before them; their events go to either instance.
  send(a, fake.webhooks.pullRequest(REPO, two.number, "opened"));
  await until("check run on the second pull request", writing(two.head));
  const first = fake.state.addReview(REPO, two.number, { user: "kang-taeyang", state: "APPROVED" });
  send(b, fake.webhooks.pullRequestReview(REPO, two.number, first.id, "submitted"));
  const second = fake.state.addReview(REPO, two.number, { user: "moon-sora", state: "APPROVED" });
  send(a, fake.webhooks.pullRequestReview(REPO, two.number, second.id, "submitted"));
  // 3. A push while one instance is writing the review of the old head; the old event is then
  //    delivered again to both.
  const stale = fake.webhooks.pullRequest(REPO, three.number, "opened");
  send(a, stale);
  await until("check run on the third pull request", writing(three.head));
  const pushed = fake.state.commit(REPO, { parent: three.head, branch: "two-push", files: { [TAX]: edit(tipEdit(file(TAX)), 'article: "제17조"', 'article: "제17조의2"') } });
  fake.state.setHead(REPO, three.number, pushed);
  send(b, fake.webhooks.pullRequest(REPO, three.number, "synchronize"));
  send(a, stale);
  send(b, stale);

  const statuses = await Promise.all(sent);
  const exitCodes = await Promise.all(apps.map((app) => app.stop()));
  const milliseconds = performance.now() - started;
  return {
    fake,
    deliveries: sent.length,
    statuses,
    milliseconds,
    exitCodes,
    logs: apps.map((app) => app.output()),
    expected: [
      { number: one.number, head: one.head, legal: "action_required", labels: ["법령변경", "부서:동 행정민원팀"], requested: { users: ["baek-hyunwoo"], teams: ["dong-civil-reviewers"] } },
      // Whether the reviewers were asked before they approved depends on which event was read first.
      { number: two.number, head: two.head, legal: "success", labels: ["법령변경", "부서:건축과"] },
      { number: three.number, head: pushed, legal: "action_required", labels: ["법령변경", "부서:세무과"], requested: { users: ["han-dongwook", "seo-yuna"], teams: ["tax-reviewers"] } },
    ],
    close: () => fake.close(),
  };
}
