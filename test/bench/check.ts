// Bench: `manuals check` against plain markdownlint on generated corpora (600 and 10,000 manuals).
// Both run as a user runs them — a fresh Node process each — so start-up counts too.
//
//   node test/bench/check.ts [--sizes 600,10000] [--runs N] [--dir /tmp/work-manuals-bench] [--seed 1] [--strict] [--profile]
//                           [--cli path/to/bin.mjs]   (another build of the CLI, to compare versions)
//
// Figures per size (the best of the runs: on a shared machine the fastest run is the one least
// disturbed by other work; the load average is printed alongside): plain markdownlint; check cold (--no-cache); check filling
// its cache; check warm (second cached run). Targets: cold check ≤ 1.3× plain markdownlint, and
// 10,000 manuals cold in under 10 s. Corpora are generated once per size under --dir and reused.
// --profile adds one profiled cold run per size and prints where its CPU time went, by thread total.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus.ts";
import { cpuBreakdown } from "./cpu-profile.ts";
import { count, recordSummary, seconds, table } from "./report.ts";

const COLD_RATIO_TARGET = 1.3;
const TEN_THOUSAND_TARGET_MS = 10_000;

const repository = fileURLToPath(new URL("../../", import.meta.url));
const plain = join(repository, "test/bench/markdownlint-plain.ts");
const timeCommand = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "600,10000" },
    runs: { type: "string" },
    dir: { type: "string", default: join(tmpdir(), "work-manuals-bench") },
    seed: { type: "string", default: "1" },
    strict: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    cli: { type: "string", default: join(repository, "bot/cli/bin.mjs") },
  },
});
const cli = resolve(values.cli);

interface Measurement {
  milliseconds: number;
  /** Peak resident memory of the process, when /usr/bin/time is there to tell. */
  peakMb: number | null;
  /** User plus system CPU time of the process (all its threads), likewise. */
  cpuMs: number | null;
  stdout: string;
}

/** Runs a command to completion and times it from spawn to exit. */
function measure(args: string[], cwd: string): Measurement {
  const command = timeCommand ? [timeCommand, "-f", "peak-kb %M cpu-s %U %S", process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const milliseconds = performance.now() - started;
  if (result.error) throw result.error;
  // `manuals check` exits 1 when it finds errors; the corpus must have none, which is checked below.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited with ${result.status}:\n${result.stderr}`);
  const usage = /peak-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    milliseconds,
    peakMb: usage ? Number(usage[1]) / 1024 : null,
    cpuMs: usage ? (Number(usage[2]) + Number(usage[3])) * 1000 : null,
    stdout: result.stdout,
  };
}

function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}

interface CheckOutput {
  files: number;
  errors: number;
  warnings: number;
  findings: unknown[];
}

function checkOutput(stdout: string, expectedFiles: number, what: string): CheckOutput {
  const output = JSON.parse(stdout) as CheckOutput;
  if (output.files !== expectedFiles || output.errors !== 0) {
    throw new Error(`${what}: expected ${expectedFiles} files and no errors on the generated corpus, got ${output.files} files, ${output.errors} errors`);
  }
  return output;
}

const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
const seed = Number(values.seed);
process.stdout.write(`Node ${process.version}, ${availableParallelism()} cores, load average ${loadAverage()}; ${cli}; corpora under ${values.dir}\n`);

const rows: (string | number)[][] = [];
const lines: string[] = [];
const targets: { label: string; met: boolean }[] = [];
for (const size of sizes) {
  const dir = join(values.dir, String(size));
  const corpus = ensureCorpus({ dir, count: size, seed });
  process.stdout.write(
    `\n${count(size)} manuals, avg ${count(corpus.averageManualBytes)} bytes (${(corpus.manualBytes / 1e6).toFixed(1)} MB), ${count(corpus.materials)} materials files, ${corpus.departments} departments: ` +
      `${corpus.reused ? "reused" : `generated in ${seconds(corpus.milliseconds)}`}\n`,
  );
  const runs = values.runs ? Number(values.runs) : size <= 2_000 ? 3 : 1;
  const taken = { markdownlint: [] as Measurement[], cold: [] as Measurement[], fill: [] as Measurement[], warm: [] as Measurement[] };
  for (let run = 0; run < runs; run++) {
    // Interleaved, so drift in the machine's speed touches every figure alike.
    const lint = measure([plain, dir], dir);
    const lintFiles = (JSON.parse(lint.stdout) as { files: number }).files;
    if (lintFiles !== size) throw new Error(`markdownlint read ${lintFiles} files, expected ${size}`);
    taken.markdownlint.push(lint);
    const cold = measure([cli, "check", "--format", "json", "--no-cache"], dir);
    const coldOutput = checkOutput(cold.stdout, size, "check --no-cache");
    taken.cold.push(cold);
    rmSync(join(dir, ".cache"), { recursive: true, force: true });
    const fill = measure([cli, "check", "--format", "json"], dir);
    checkOutput(fill.stdout, size, "check (filling the cache)");
    taken.fill.push(fill);
    const warm = measure([cli, "check", "--format", "json"], dir);
    const warmOutput = checkOutput(warm.stdout, size, "check (warm)");
    if (JSON.stringify(warmOutput) !== JSON.stringify(coldOutput)) throw new Error("the warm check reported differently from the cold one");
    taken.warm.push(warm);
    process.stdout.write(
      `  run ${run + 1}/${runs} (load ${loadAverage()}): markdownlint ${seconds(lint.milliseconds)}, cold ${seconds(cold.milliseconds)}${cold.cpuMs === null ? "" : ` (CPU ${seconds(cold.cpuMs)})`}, filling cache ${seconds(fill.milliseconds)}, warm ${seconds(warm.milliseconds)}\n`,
    );
  }
  if (values.profile) {
    const profiles = mkdtempSync(join(tmpdir(), "check-profile-"));
    try {
      const profiled = measure(["--cpu-prof", "--cpu-prof-dir", profiles, cli, "check", "--format", "json", "--no-cache"], dir);
      checkOutput(profiled.stdout, size, "profiled check");
      const { threads, totalMs, parts } = cpuBreakdown(profiles);
      process.stdout.write(`  profiled cold run: ${seconds(profiled.milliseconds)} wall, ${seconds(totalMs)} CPU over ${threads} threads\n`);
      process.stdout.write(table(["  where the CPU time went", "CPU", "share"], parts.map((p) => [`  ${p.name}`, seconds(p.ms), `${(p.share * 100).toFixed(1)}%`])) + "\n");
    } finally {
      rmSync(profiles, { recursive: true, force: true });
    }
  }
  const best = (list: Measurement[]) => list.reduce((a, b) => (b.milliseconds < a.milliseconds ? b : a));
  const ms = (list: Measurement[]) => best(list).milliseconds;
  // CPU time over wall time: how many cores the (best) run kept busy.
  const cores = (list: Measurement[]) => {
    const { cpuMs, milliseconds } = best(list);
    return cpuMs === null ? "—" : `${seconds(cpuMs)} (${(cpuMs / milliseconds).toFixed(1)} cores)`;
  };
  const mb = (list: Measurement[]) => {
    const peaks = list.map((m) => m.peakMb).filter((p): p is number => p !== null);
    return peaks.length ? `${Math.round(Math.max(...peaks))} MB` : "—";
  };
  const lint = ms(taken.markdownlint);
  const cold = ms(taken.cold);
  const fill = ms(taken.fill);
  const warm = ms(taken.warm);
  rows.push(
    [`${count(size)} plain markdownlint`, seconds(lint), "1.00×", `${Math.round(size / (lint / 1000))}`, cores(taken.markdownlint), mb(taken.markdownlint)],
    [`${count(size)} check cold (--no-cache)`, seconds(cold), `${(cold / lint).toFixed(2)}×`, `${Math.round(size / (cold / 1000))}`, cores(taken.cold), mb(taken.cold)],
    [`${count(size)} check filling cache`, seconds(fill), `${(fill / lint).toFixed(2)}×`, `${Math.round(size / (fill / 1000))}`, cores(taken.fill), mb(taken.fill)],
    [`${count(size)} check warm`, seconds(warm), `${(warm / lint).toFixed(2)}×`, `${Math.round(size / (warm / 1000))}`, cores(taken.warm), mb(taken.warm)],
  );
  lines.push(`${count(size)} manuals: markdownlint ${seconds(lint)}; check cold ${seconds(cold)} (${(cold / lint).toFixed(2)}×), warm ${seconds(warm)} (${(warm / lint).toFixed(2)}×)`);
  targets.push({ label: `${count(size)}: cold check ≤ ${COLD_RATIO_TARGET}× plain markdownlint (${(cold / lint).toFixed(2)}×)`, met: cold <= COLD_RATIO_TARGET * lint });
  if (size === 10_000) targets.push({ label: `10,000: cold check under ${seconds(TEN_THOUSAND_TARGET_MS)} (${seconds(cold)})`, met: cold < TEN_THOUSAND_TARGET_MS });
}

process.stdout.write(`\n${table(["", "wall time (best)", "vs markdownlint", "files/s", "CPU time", "peak memory"], rows)}\n\n`);
for (const target of targets) process.stdout.write(`${target.met ? "✓" : "✗"} ${target.label}\n`);
recordSummary({ bench: "check", lines, targets });
if (values.strict && targets.some((t) => !t.met)) process.exitCode = 1;
