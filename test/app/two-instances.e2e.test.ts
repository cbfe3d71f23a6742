// Two app processes (bot/app/server.ts, as production runs it) behind one webhook address, against
// one fake GitHub: the same delivery to both, interleaved events, a push during a review and old
// events delivered again. Whatever the interleaving, they converge through GitHub alone: one sticky
// comment per pull request, saying what the current checks say; the latest check run of each name
// on each head is the review of the pull request as it is; labels and review requests match it.
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatViolation } from "../fake-github/index.ts";
import { REPO } from "./harness.ts";
import { extraStickies, runTwoInstances, STICKY, type TwoInstancesRun } from "./two-instances.ts";

let run: TwoInstancesRun;

beforeAll(async () => {
  run = await runTwoInstances();
}, 120_000);
afterAll(async () => {
  await run?.close();
});

test("both processes took every delivery and finished every review before exiting", () => {
  expect(run.statuses.every((s) => s === 200 || s === 202)).toBe(true);
  expect(run.exitCodes, run.logs.join("\n")).toEqual([0, 0]);
  expect(run.fake.violations.map(formatViolation)).toEqual([]);
});

test("one sticky comment per pull request, saying what the current Legal review says", () => {
  expect(extraStickies(run.fake, run.expected.map((e) => e.number))).toBe(0);
  for (const { number, head } of run.expected) {
    const stickies = run.fake.state.comments(REPO, number).filter((c) => c.body.includes(STICKY));
    expect(stickies).toHaveLength(1);
    const legal = run.fake.state.checkRuns(REPO, { headSha: head, name: "Legal review" }).at(-1)!;
    expect(stickies[0]!.body).toContain(legal.output.title!);
  }
});

test("the current check run of each name on each head is the review of the pull request as it is", () => {
  for (const { head, legal } of run.expected) {
    const runs = run.fake.state.checkRuns(REPO, { headSha: head });
    for (const name of ["Manual schema", "Legal review"]) {
      const named = runs.filter((r) => r.name === name);
      expect(named.length, `${name} on ${head}`).toBeGreaterThan(0);
      // Runs with the same content are one result (their external_id is the content's hash).
      expect(named.at(-1)!.status).toBe("completed");
    }
    expect(runs.filter((r) => r.name === "Legal review").at(-1)!.conclusion).toBe(legal);
  }
});

test("labels and review requests match the current review", () => {
  for (const { number, labels, requested } of run.expected) {
    const pull = run.fake.state.pullRequest(REPO, number);
    expect([...pull.labels].sort()).toEqual([...labels].sort());
    if (requested) {
      expect([...pull.requestedReviewers].sort()).toEqual(requested.users);
      expect([...pull.requestedTeams].sort()).toEqual(requested.teams);
    }
  }
});
