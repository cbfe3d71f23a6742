// Bench: the GitHub App against the fake GitHub over HTTP. For pull requests changing 1, 3 and 20
// manuals, in repositories of 600 and 100,000 manuals: how many GitHub calls the first event makes
// (all of them, and those needed for the two checks), how many the same event redelivered makes,
// and the latency from the webhook's delivery to both checks being complete. Then two app processes
// behind one webhook address (test/app/two-instances.ts): deliveries, duplicates left, seconds to
// converge. Targets: calls do not grow with repository size; ≤ 8 calls for the first event of a
// 3-manual pull request, ≤ 3 and no writes for its redelivery; p95 latency ≤ 1.5 s; no duplicates.
//
//   node test/bench/app.ts [--sizes 600,100000] [--runs 10]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startHarness, REPO } from "../app/harness.ts";
import { extraStickies, runTwoInstances } from "../app/two-instances.ts";
import { createCorpus } from "./corpus.ts";
import { count, recordSummary, table } from "./report.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "600,100000" }, runs: { type: "string", default: "10" } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const PR_SIZES = [1, 3, 20];
/** Calls that publish the comment, labels and review requests rather than the checks. */
const NOT_FOR_CHECKS = /\/issues\/\d+\/(comments|labels)|\/issues\/comments\/|\/requested_reviewers/;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

const rows: (string | number)[][] = [];
const callsBySize = new Map<number, Map<number, number>>();
let p95Max = 0;
let callsFor3 = 0;
let redeliveryFor3 = { calls: 0, writes: 0 };
const isWrite = (r: { method: string; path: string }) => r.method !== "GET" && r.path !== "/graphql";

for (const size of sizes) {
  const corpus = createCorpus({ count: size });
  // Manual texts are produced lazily, when the fake is asked for them, so 100,000 manuals cost no memory up front.
  const files = function* () {
    for (const file of corpus.support) yield [file.path, file.text] as const;
    for (let i = 0; i < size; i++) {
      const manual = corpus.manual(i);
      yield [manual.path, () => corpus.manual(i).text] as const;
      for (const material of manual.materials) yield [material.path, material.text] as const;
    }
  };
  const started = performance.now();
  // Writes are paced as in production (the app's defaults).
  const h = await startHarness({ files: files(), writeIntervalMs: 250, notificationIntervalMs: 1000 });
  process.stdout.write(`repository of ${count(size)} manuals seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  callsBySize.set(size, new Map());
  let next = 0;
  try {
    for (const changed of PR_SIZES) {
      const latencies: number[] = [];
      const serving: number[] = [];
      let calls = 0;
      let checkCalls = 0;
      let redelivery = { calls: 0, writes: 0 };
      for (let run = 0; run < runs; run++) {
        const edits: Record<string, string> = {};
        for (let k = 0; k < changed; k++) {
          const manual = corpus.manual((next++ * 7919) % size);
          // A legal edit: the article of the first law entry changes.
          edits[manual.path] = manual.text.replace(/article: "제(\d+)조/, (_m, n: string) => `article: "제${Number(n) + 1}조`);
        }
        const branch = `bench-${changed}-${run}-${size}`;
        h.fake.state.commit(REPO, { parent: h.base, branch, files: edits });
        const pr = h.fake.state.openPullRequest(REPO, { title: branch, user: "bench-author", head: branch });
        const event = h.fake.webhooks.pullRequest(REPO, pr.number, "opened");
        h.fake.clearRequests();
        const t0 = Date.now();
        await h.deliver(event);
        // Latency: delivery sent → the second check run written (comment, labels and review requests follow).
        const checkWrites = h.fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
        const checksDone = Math.max(...checkWrites.map((r) => r.startedAt + r.durationMs));
        latencies.push(checksDone - t0);
        // The fake runs in this process: the time it spent serving (generating 100,000 lazy manuals,
        // diffing, validating against the OpenAPI description) is shown apart from the app's own.
        serving.push(h.fake.requests.filter((r) => r.startedAt < checksDone).reduce((sum, r) => sum + r.durationMs, 0));
        const made = h.fake.requests.filter((r) => !r.path.startsWith("/app/"));
        if (process.env.BENCH_TRACE) for (const r of h.fake.requests) process.stdout.write(`${r.startedAt - t0} ${r.method} ${r.path}\n`);
        calls = made.length;
        checkCalls = made.filter((r) => !NOT_FOR_CHECKS.test(r.path)).length;
        const names = h.fake.state.checkRuns(REPO, { headSha: pr.head.sha }).map((c) => c.name);
        if (!names.includes("Manual schema") || !names.includes("Legal review")) throw new Error(`checks missing for ${branch}`);
        // The same event again (GitHub redelivers, or sends it to a second instance).
        h.fake.clearRequests();
        await h.deliver(event);
        const again = h.fake.requests.filter((r) => !r.path.startsWith("/app/"));
        redelivery = { calls: Math.max(redelivery.calls, again.length), writes: Math.max(redelivery.writes, again.filter(isWrite).length) };
      }
      callsBySize.get(size)!.set(changed, calls);
      if (changed === 3) {
        callsFor3 = Math.max(callsFor3, calls);
        redeliveryFor3 = { calls: Math.max(redeliveryFor3.calls, redelivery.calls), writes: Math.max(redeliveryFor3.writes, redelivery.writes) };
      }
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      p95Max = Math.max(p95Max, p95);
      rows.push([count(size), changed, calls, checkCalls, `${redelivery.calls} (${redelivery.writes} writes)`, `${p50.toFixed(0)} ms`, `${p95.toFixed(0)} ms`, `${percentile(serving, 50).toFixed(0)} ms`]);
    }
    if (h.fake.violations.length) throw new Error(`fake GitHub violations: ${h.fake.violations.length}`);
  } finally {
    await h.close();
  }
}

process.stdout.write("\n" + table(["repository", "manuals in PR", "first event calls", "for checks", "redelivery calls", "p50", "p95", "fake serving (p50)"], rows) + "\n");

// Two app processes (bot/app/server.ts, production pacing) behind one webhook address.
const two = await runTwoInstances();
const numbers = two.expected.map((e) => e.number);
const duplicates = extraStickies(two.fake, numbers);
// Check runs cannot be deleted: two equal runs (same name, same external_id) on a head are one result.
const equalRuns = two.expected.reduce((sum, { head }) => {
  const runs = two.fake.state.checkRuns(REPO, { headSha: head });
  return sum + runs.length - new Set(runs.map((r) => `${r.name}:${r.externalId}`)).size;
}, 0);
const converged = two.expected.every(({ head, legal }) => two.fake.state.checkRuns(REPO, { headSha: head, name: "Legal review" }).at(-1)?.conclusion === legal) && two.exitCodes.every((c) => c === 0);
const deletes = two.fake.calls({ method: "DELETE" }).length;
await two.close();
process.stdout.write(
  `\ntwo instances: ${two.deliveries} deliveries to 2 processes (3 pull requests), ${two.fake.requests.length} GitHub calls, ` +
    `converged in ${(two.milliseconds / 1000).toFixed(1)} s; extra sticky comments left ${duplicates} (${deletes} deleted on the way); equal check runs ${equalRuns}; end state ${converged ? "correct" : "WRONG"}\n`,
);
process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
const independent = PR_SIZES.every((n) => new Set(sizes.map((s) => callsBySize.get(s)?.get(n))).size === 1);
recordSummary({
  bench: "app",
  lines: [
    ...rows.map((r) => `${r[0]} manuals, ${r[1]}-manual PR: first event ${r[2]} calls (${r[3]} for the checks), redelivery ${r[4]}, p95 ${r[6]}`),
    `two instances: ${two.deliveries} deliveries, ${duplicates} duplicates left, converged in ${(two.milliseconds / 1000).toFixed(1)} s`,
  ],
  targets: [
    { label: "calls do not grow with repository size", met: independent },
    { label: `first event of a 3-manual PR ≤ 8 calls (${callsFor3})`, met: callsFor3 <= 8 },
    { label: `redelivery ≤ 3 calls, 0 writes (${redeliveryFor3.calls} calls, ${redeliveryFor3.writes} writes)`, met: redeliveryFor3.calls <= 3 && redeliveryFor3.writes === 0 },
    { label: `p95 ≤ 1.5 s (${p95Max.toFixed(0)} ms)`, met: p95Max <= 1500 },
    { label: `two instances converge with no duplicates left (${duplicates}) and the right end state`, met: duplicates === 0 && converged },
  ],
});
