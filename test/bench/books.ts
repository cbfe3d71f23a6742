// Bench: what the e-books and PDFs add to a site build. The same generated corpus built twice per
// run, alternated, cold (`docusaurus clear`, no check cache): once with MANUALS_BOOKS=off and once
// with the books; the difference is the books' cost (target ≤ 15% of the build without them).
// Also the books' sizes: total, and the largest PDF and EPUB.
//
//   node test/bench/books.ts [--size 600] [--runs 2] [--dir /tmp/work-manuals-bench] [--seed 1] [--strict]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus.ts";
import { count, recordSummary, seconds, table } from "./report.ts";

const SHARE_TARGET = 0.15;
const repository = fileURLToPath(new URL("../../", import.meta.url));
const docusaurus = join(repository, "node_modules/@docusaurus/core/bin/docusaurus.mjs");
const site = join(repository, "site");

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "600" },
    runs: { type: "string", default: "2" },
    dir: { type: "string", default: join(tmpdir(), "work-manuals-bench") },
    seed: { type: "string", default: "1" },
    strict: { type: "boolean", default: false },
  },
});

function build(root: string, outDir: string, books: boolean): { milliseconds: number; booksSeconds: number | null } {
  spawnSync(process.execPath, [docusaurus, "clear", site], { cwd: repository });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, ".cache"), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [docusaurus, "build", site, "--out-dir", outDir], {
    cwd: repository,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: "1", MANUALS_ROOT: root, MANUALS_BOOKS: books ? "on" : "off" },
  });
  const milliseconds = performance.now() - started;
  if (result.status !== 0) throw new Error(`site build failed (${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  const phase = /\[books\] .*, ([\d.]+) s/.exec(result.stdout)?.[1];
  return { milliseconds, booksSeconds: phase ? Number(phase) : null };
}

const size = Number(values.size);
const runs = Number(values.runs);
const dir = join(values.dir, String(size));
const corpus = ensureCorpus({ dir, count: size, seed: Number(values.seed) });
process.stdout.write(`Node ${process.version}, ${availableParallelism()} cores; ${count(size)} manuals (${corpus.departments} departments)\n`);
const out = join(values.dir, `books-site-${size}`);
const without: number[] = [];
const withBooks: number[] = [];
const phases: number[] = [];
for (let run = 0; run < runs; run++) {
  const a = build(dir, `${out}-plain`, false);
  const b = build(dir, out, true);
  without.push(a.milliseconds);
  withBooks.push(b.milliseconds);
  if (b.booksSeconds !== null) phases.push(b.booksSeconds * 1000);
  process.stdout.write(`  run ${run + 1}/${runs}: without books ${seconds(a.milliseconds)}, with books ${seconds(b.milliseconds)} (books step ${b.booksSeconds ?? "?"} s)\n`);
}
const base = Math.min(...without);
const full = Math.min(...withBooks);
const added = full - base;
const share = added / base;
const files = existsSync(join(out, "books")) ? readdirSync(join(out, "books"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : [];
const sizeOf = (ext: string) => files.filter((f) => f.endsWith(ext)).map((f) => statSync(f).size);
const pdfs = sizeOf(".pdf");
const epubs = sizeOf(".epub");
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
process.stdout.write(
  `\n${table(
    ["", "wall time (best)", "books"],
    [
      ["site without books", seconds(base), ""],
      ["site with books", seconds(full), `${pdfs.length} PDF ${mb(sum(pdfs))} (largest ${mb(Math.max(0, ...pdfs))}), ${epubs.length} EPUB ${mb(sum(epubs))} (largest ${mb(Math.max(0, ...epubs))})`],
    ],
  )}\n\n`,
);
const line =
  `${count(size)} manuals: the books add ${seconds(added)} to a ${seconds(base)} site build (${(share * 100).toFixed(0)}%; books step ${phases.length ? seconds(Math.min(...phases)) : "?"}); ` +
  `${pdfs.length} PDFs ${mb(sum(pdfs))}, ${epubs.length} EPUBs ${mb(sum(epubs))}`;
const targets = [{ label: `books add ≤ ${SHARE_TARGET * 100}% to the site build (${(share * 100).toFixed(0)}%)`, met: share <= SHARE_TARGET }];
process.stdout.write(`${line}\n`);
for (const target of targets) process.stdout.write(`${target.met ? "✓" : "✗"} ${target.label}\n`);
recordSummary({ bench: "books", lines: [line], targets });
if (values.strict && targets.some((t) => !t.met)) process.exitCode = 1;
