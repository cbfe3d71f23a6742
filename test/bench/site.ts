// Bench: the site build on generated corpora (600 and 10,000 manuals) beside a plain Docusaurus
// build of the same Markdown — the classic preset's docs over the same folder, the same fast
// builder (@docusaurus/faster, with the flags our site uses), no plugins, hooks or theme components of ours. Both builds start
// cold (`docusaurus clear`, and no check cache in the corpus), each in a fresh Node process; then
// both rebuild warm after one manual changed, each with its caches kept.
//
//   node test/bench/site.ts [--sizes 600,10000] [--runs N] [--dir /tmp/work-manuals-bench] [--seed 1] [--strict]
//
// Figures per size: wall time of both builds (the best of the runs) and their ratio (target
// ≤ 1.15×), peak memory, and the search index: total and gzip bytes per manual, and what one
// query downloads (the manifest plus one term shard, on average).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ensureCorpus } from "./corpus.ts";
import { count, recordSummary, seconds, table } from "./report.ts";

const RATIO_TARGET = 1.15;
// Our site without the books, which plain Docusaurus does not make: test/bench/books.ts measures
// what they add to this same build.
const OURS = (root: string) => ({ MANUALS_ROOT: root, MANUALS_BOOKS: "off" });

const repository = fileURLToPath(new URL("../../", import.meta.url));
const docusaurus = join(repository, "node_modules/@docusaurus/core/bin/docusaurus.mjs");
const oursSite = join(repository, "site");
// Inside the repository (under the ignored .cache/) so that it resolves the same node_modules.
const plainSite = join(repository, ".cache/bench-site-plain");
const timeCommand = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "600,10000" },
    runs: { type: "string" },
    dir: { type: "string", default: join(tmpdir(), "work-manuals-bench") },
    seed: { type: "string", default: "1" },
    strict: { type: "boolean", default: false },
  },
});

/** The baseline: what anyone would write to publish a folder of .md files with Docusaurus. */
function writePlainSite(manualsDir: string): void {
  mkdirSync(join(plainSite, "src/css"), { recursive: true });
  writeFileSync(join(plainSite, "src/css/custom.css"), "");
  writeFileSync(join(plainSite, "package.json"), JSON.stringify({ name: "bench-site-plain", private: true }) + "\n");
  writeFileSync(
    join(plainSite, "docusaurus.config.mjs"),
    `export default {
  title: "plain",
  url: "http://localhost",
  baseUrl: "/",
  onBrokenLinks: "warn",
  i18n: { defaultLocale: "ko", locales: ["ko"] },
  future: {
    faster: { swcJsLoader: true, swcJsMinimizer: true, swcHtmlMinimizer: true, lightningCssMinimizer: true, rspackBundler: true, mdxCrossCompilerCache: true, ssgWorkerThreads: true, gitEagerVcs: true, rspackPersistentCache: true },
    v4: { removeLegacyPostBuildHeadAttribute: true },
  },
  markdown: { format: "detect" },
  presets: [["classic", {
    docs: { path: ${JSON.stringify(manualsDir)}, routeBasePath: "manuals", include: ["**/*.md"], exclude: ["**/files/**"] },
    blog: false,
    pages: false,
    theme: { customCss: "./src/css/custom.css" },
  }]],
};
`,
  );
}

interface Measurement {
  milliseconds: number;
  peakMb: number | null;
}

/** A build; `cold` clears Docusaurus's caches (Rspack's persistent cache among them) and the output first. */
function build(siteDir: string, outDir: string, env: Record<string, string>, cold = true): Measurement {
  if (cold) {
    const clear = spawnSync(process.execPath, [docusaurus, "clear", siteDir], { cwd: repository, encoding: "utf8" });
    if (clear.status !== 0) throw new Error(`docusaurus clear ${siteDir} failed:\n${clear.stderr}`);
    rmSync(outDir, { recursive: true, force: true });
  }
  const args = [docusaurus, "build", siteDir, "--out-dir", outDir];
  const command = timeCommand ? [timeCommand, "-f", "peak-kb %M", process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  // Run from the site's folder: Rspack keeps its persistent cache under the working directory's
  // node_modules/.cache unless a site says otherwise, and `docusaurus clear` empties the site's.
  const result = spawnSync(command[0]!, command.slice(1), { cwd: siteDir, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: "1", ...env } });
  const milliseconds = performance.now() - started;
  if (result.status !== 0) throw new Error(`build of ${siteDir} failed (${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { milliseconds, peakMb: peak ? Number(peak) / 1024 : null };
}

/** The first manual of a corpus, in name order: the one a warm rebuild changes. */
function firstManual(manualsDir: string): string {
  const file = filesUnder(manualsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()[0];
  if (!file) throw new Error(`no manual under ${manualsDir}`);
  return file;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function searchIndexSize(outDir: string): { bytes: number; gzip: number; perQuery: number; shards: number } {
  const files = filesUnder(join(outDir, "search"));
  let bytes = 0;
  let gzip = 0;
  const shardSizes: number[] = [];
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    gzip += gzipSync(readFileSync(file)).length;
    if (/terms-\d+\.json$/.test(file)) shardSizes.push(size);
  }
  const manifest = statSync(join(outDir, "search/manifest.json")).size;
  const averageShard = shardSizes.length ? shardSizes.reduce((a, b) => a + b, 0) / shardSizes.length : 0;
  return { bytes, gzip, perQuery: manifest + averageShard, shards: shardSizes.length };
}

const loadAverage = () => loadavg()[0]!.toFixed(2);
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
const seed = Number(values.seed);
process.stdout.write(`Node ${process.version}, ${availableParallelism()} cores, load average ${loadAverage()}; corpora under ${values.dir}\n`);

const rows: (string | number)[][] = [];
const lines: string[] = [];
const targets: { label: string; met: boolean }[] = [];
for (const size of sizes) {
  const dir = join(values.dir, String(size));
  const corpus = ensureCorpus({ dir, count: size, seed });
  process.stdout.write(`\n${count(size)} manuals (${(corpus.manualBytes / 1e6).toFixed(1)} MB, ${corpus.departments} departments): ${corpus.reused ? "corpus reused" : `generated in ${seconds(corpus.milliseconds)}`}\n`);
  writePlainSite(join(dir, "manuals"));
  const out = join(values.dir, `site-${size}`);
  const runs = values.runs ? Number(values.runs) : size <= 2_000 ? 2 : 1;
  const taken = { plain: [] as Measurement[], ours: [] as Measurement[], plainWarm: [] as Measurement[], oursWarm: [] as Measurement[] };
  for (let run = 0; run < runs; run++) {
    // Interleaved, so drift in the machine's speed touches both alike.
    const plain = build(plainSite, `${out}-plain`, {});
    rmSync(join(dir, ".cache"), { recursive: true, force: true }); // the check's cache: start cold
    const ours = build(oursSite, out, OURS(dir));
    taken.plain.push(plain);
    taken.ours.push(ours);
    process.stdout.write(`  run ${run + 1}/${runs} (load ${loadAverage()}): plain ${seconds(plain.milliseconds)}, ours ${seconds(ours.milliseconds)}\n`);
  }
  // Warm: one manual changed after a build, both sites rebuilt with their caches kept
  // (Docusaurus's and Rspack's persistent cache; ours also its check, history and book caches).
  const edited = firstManual(join(dir, "manuals"));
  const original = readFileSync(edited, "utf8");
  for (let run = 0; run < runs; run++) {
    writeFileSync(edited, original.replace("## 업무 팁\n", `## 업무 팁\n\n- 다시 빌드할 때 바뀐 한 줄 ${run + 1}.\n`));
    try {
      const plain = build(plainSite, `${out}-plain`, {}, false);
      const ours = build(oursSite, out, OURS(dir), false);
      taken.plainWarm.push(plain);
      taken.oursWarm.push(ours);
      process.stdout.write(`  warm ${run + 1}/${runs}, one manual changed (load ${loadAverage()}): plain ${seconds(plain.milliseconds)}, ours ${seconds(ours.milliseconds)}\n`);
    } finally {
      writeFileSync(edited, original);
    }
  }
  const best = (list: Measurement[]) => Math.min(...list.map((m) => m.milliseconds));
  const peak = (list: Measurement[]) => {
    const peaks = list.map((m) => m.peakMb).filter((p): p is number => p !== null);
    return peaks.length ? `${(Math.max(...peaks) / 1024).toFixed(1)} GB` : "—";
  };
  const plain = best(taken.plain);
  const ours = best(taken.ours);
  const ratio = ours / plain;
  const plainWarm = best(taken.plainWarm);
  const oursWarm = best(taken.oursWarm);
  const warmRatio = oursWarm / plainWarm;
  const index = searchIndexSize(out);
  rows.push(
    [`${count(size)} plain Docusaurus (faster)`, seconds(plain), "1.00×", peak(taken.plain), ""],
    [`${count(size)} our site`, seconds(ours), `${ratio.toFixed(2)}×`, peak(taken.ours), `${(index.bytes / size / 1024).toFixed(1)} KB (${(index.gzip / size / 1024).toFixed(1)} KB gz)`],
    [`${count(size)} plain, one manual changed, caches kept`, seconds(plainWarm), "1.00×", peak(taken.plainWarm), ""],
    [`${count(size)} ours, one manual changed, caches kept`, seconds(oursWarm), `${warmRatio.toFixed(2)}×`, peak(taken.oursWarm), ""],
  );
  lines.push(
    `${count(size)} manuals: site build ${seconds(ours)} vs plain Docusaurus ${seconds(plain)} (${ratio.toFixed(2)}×); ` +
      `search index ${(index.bytes / size / 1024).toFixed(1)} KB per manual (${(index.gzip / size / 1024).toFixed(1)} KB gzip), ${index.shards} shards, ~${(index.perQuery / 1024).toFixed(0)} KB per query term`,
  );
  lines.push(`${count(size)} manuals, one changed, caches kept: ${seconds(oursWarm)} vs plain Docusaurus ${seconds(plainWarm)} (${warmRatio.toFixed(2)}×)`);
  targets.push({ label: `${count(size)}: site build ≤ ${RATIO_TARGET}× plain Docusaurus (${ratio.toFixed(2)}×)`, met: ratio <= RATIO_TARGET });
  targets.push({ label: `${count(size)}: warm rebuild ≤ ${RATIO_TARGET}× plain Docusaurus with its cache (${warmRatio.toFixed(2)}×)`, met: warmRatio <= RATIO_TARGET });
}

process.stdout.write(`\n${table(["", "wall time (best)", "vs plain", "peak memory", "search index per manual"], rows)}\n\n`);
for (const line of lines) process.stdout.write(`${line}\n`);
for (const target of targets) process.stdout.write(`${target.met ? "✓" : "✗"} ${target.label}\n`);
recordSummary({ bench: "site", lines, targets });
if (values.strict && targets.some((t) => !t.met)) process.exitCode = 1;
