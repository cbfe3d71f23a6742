// `npm run bench`: runs each bench script in test/bench/ that exists, one process each (so one
// bench's memory and JIT state do not colour the next), then prints their headline figures.
//
//   npm run bench                      every bench except the slow ones
//   npm run bench -- --site            … and the slow ones too (or BENCH_SITE=1)
//   npm run bench -- check app         only the benches named (a slow one runs when named)
//   npm run bench -- check -- --sizes 600   arguments after `--` go to every bench run
//
// To add a bench: write test/bench/<name>.ts (runnable on its own, exit 0 when it ran; call
// recordSummary from report.ts for the summary lines) and add a line to `benches` below.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchSummary } from "./report.ts";
import { seconds } from "./report.ts";

interface Bench {
  name: string;
  script: string;
  description: string;
  /** Minutes rather than seconds: only with --site or BENCH_SITE=1, or when named. */
  slow?: boolean;
}

const benches: Bench[] = [
  { name: "check", script: "check.ts", description: "manuals check vs plain markdownlint, 600 and 10,000 manuals" },
  { name: "review", script: "review.ts", description: "pull request review" },
  { name: "app", script: "app.ts", description: "GitHub App" },
  { name: "site", script: "site.ts", description: "site build", slow: true },
  { name: "books", script: "books.ts", description: "what the e-books and PDFs add to a 600-manual site build", slow: true },
];

const here = fileURLToPath(new URL(".", import.meta.url));
const separator = process.argv.indexOf("--", 2);
const own = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const passthrough = separator === -1 ? [] : process.argv.slice(separator + 1);
const withSlow = own.includes("--site") || own.includes("--slow") || process.env.BENCH_SITE === "1";
const named = own.filter((arg) => !arg.startsWith("--"));

const unknown = named.filter((name) => !benches.some((b) => b.name === name));
if (unknown.length > 0) {
  process.stderr.write(`bench: no bench named ${unknown.join(", ")}; known: ${benches.map((b) => b.name).join(", ")}\n`);
  process.exit(2);
}

const selected = benches.filter((bench) => existsSync(join(here, bench.script)) && (named.length > 0 ? named.includes(bench.name) : !bench.slow || withSlow));
const skipped = benches.filter((bench) => !selected.includes(bench) && existsSync(join(here, bench.script)) && named.length === 0);

const reportDir = mkdtempSync(join(tmpdir(), "bench-report-"));
const outcomes: { bench: Bench; status: number | null; milliseconds: number; summaries: BenchSummary[] }[] = [];
try {
  for (const bench of selected) {
    process.stdout.write(`\n=== ${bench.name}: ${bench.description}\n`);
    const report = join(reportDir, `${bench.name}.jsonl`);
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(here, bench.script), ...passthrough], { stdio: "inherit", env: { ...process.env, BENCH_REPORT: report } });
    const summaries = existsSync(report)
      ? readFileSync(report, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as BenchSummary)
      : [];
    outcomes.push({ bench, status: result.status, milliseconds: performance.now() - started, summaries });
  }
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

process.stdout.write("\n=== Summary\n");
for (const { bench, status, milliseconds, summaries } of outcomes) {
  process.stdout.write(`${status === 0 ? "ok  " : "FAIL"} ${bench.name} (${seconds(milliseconds)})${status === 0 ? "" : `: exit ${status ?? "signal"}`}\n`);
  for (const summary of summaries) {
    for (const line of summary.lines) process.stdout.write(`       ${line}\n`);
    for (const target of summary.targets ?? []) process.stdout.write(`       ${target.met ? "✓" : "✗"} ${target.label}\n`);
  }
}
for (const bench of skipped) process.stdout.write(`skip ${bench.name} (slow: npm run bench -- --site, or BENCH_SITE=1)\n`);
if (outcomes.length === 0) process.stdout.write("no bench scripts found\n");
process.exitCode = outcomes.every((o) => o.status === 0) ? 0 : 1;
