// `manuals check` without the printing: lists the manuals, checks each (cached, on every core when
// there are many), then runs the repository-wide rules over all of them.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { compareFindings, type Finding } from "../../core/findings.ts";
import { text } from "../../core/messages/text.ts";
import { checkFailed } from "../../core/parse/check-failed.ts";
import { loadRegistry, type Registry, type RegistrySources, type SourceText } from "../../core/registry.ts";
import type { SpecialEntry } from "../../core/validate/repository-rules/context.ts";
import { schemaSetKey } from "../../core/schemas.ts";
import { compileOrExplain } from "../compile-schemas.ts";

export { compileOrExplain };
import { checkRepository } from "../../core/validate/repository-rules/all.ts";
import type { ManualSummary } from "../../core/validate/manual-summary.ts";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";
import { coresBusyElsewhere, sampleCpu } from "./busy-cores.ts";
import { CheckCache, hashBytes } from "./check-cache.ts";
import { BatchQueue } from "./batch-queue.ts";
import { readIdIndex } from "../id-index.ts";
import { listRepository, loadSchemaSet, registrySources, selectPaths } from "../repository.ts";
import { readSynonyms } from "../synonyms.ts";

export interface CheckOptions {
  root: string;
  cwd: string;
  paths: string[];
  cache: boolean;
  today: string;
  /** Called as files complete, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Files at or above this count are checked in worker threads. */
  parallelThreshold?: number;
  /** How long a worker may spend on one manual before it is stopped and the manual reported. */
  fileBudgetMs?: number;
  /** Every summary with its reading (visible text, summary line), as the site needs; the terminal's check does without. */
  readings?: boolean;
}

export interface CheckResult {
  files: number;
  findings: Finding[];
  summaries: ManualSummary[];
  registry: Registry | null;
}

/** Below this many files to check, starting a worker costs more than it saves. */
const PARALLEL_THRESHOLD = 200;
/** Manuals up to this size may be checked on the main thread (a typical manual is 6 KB). */
const MAIN_THREAD_MAX_BYTES = 16 * 1024;
/** A 1 MB manual of plain prose checks in about 3 s; no manual a person wrote needs 20. */
const FILE_BUDGET_MS = 20_000;

/** At or above this many files to check, workers pay for their start-up even on busy cores. */
const BUSY_PARALLEL_THRESHOLD = 2_000;

/** Worker threads worth starting: one per core beyond the main thread's, unless other work keeps the cores busy (`busy`: cores in use elsewhere) and the work is small. */
export function workerCount(cores: number, busy: number, files: number): number {
  const spare = cores - 1;
  return Math.max(0, Math.min(spare, files >= BUSY_PARALLEL_THRESHOLD ? spare : Math.round(spare - busy)));
}

function sizeOf(root: string, file: string): number {
  try {
    return statSync(join(root, file)).size;
  } catch {
    return 0; // unreadable: the check reports it, quickly
  }
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const { root } = options;
  const started = sampleCpu();
  const schemas = loadSchemaSet(root);
  const validators = compileOrExplain(schemas);
  const schemaKey = schemaSetKey(schemas);
  const sources = registrySources(root);
  const { registry, findings: registryFindings } = loadRegistry(sources, validators);
  const { findings: synonymFindings } = readSynonyms(root);
  const listing = listRepository(root);
  const selected = selectPaths(root, listing, options.paths, options.cwd);

  const cache = options.cache ? new CheckCache(root, schemaKey, { readings: options.readings ?? false }) : null;
  const results = new Map<string, ManualCheck>();
  const hashes = new Map<string, string>();
  const pending: string[] = [];
  for (const file of selected.manuals) {
    if (cache) {
      // "" when unreadable: check it (and report it) rather than trust the cache
      const hash = cache.contentHash(file);
      hashes.set(file, hash);
      const cached = hash ? cache.get(file, hash) : undefined;
      if (cached) {
        results.set(file, cached);
        continue;
      }
    }
    pending.push(file);
  }

  // Many files: the main thread checks alongside one worker per remaining core. It already has the
  // schemas and its code loaded, while a worker spends ~0.3 s of CPU on that before its first file.
  // On cores other work keeps busy (measured while the check set itself up, above) that cost does
  // not pay for a few hundred files: measured at 600 manuals on 2 cores under a load of 11, 4.3 s of
  // CPU with a worker and 3.1 s without, for the same wall time. For thousands it does (10,000
  // manuals: 35 s of CPU with a worker, 39 s on the main thread alone, whose one heap the results fill).
  const workers = workerCount(availableParallelism(), coresBusyElsewhere(started, sampleCpu()), pending.length);

  const total = selected.manuals.length;
  let done = results.size;
  options.onProgress?.(done, total);
  const record = (batch: string[], checks: ManualCheck[]) => {
    batch.forEach((file, i) => {
      results.set(file, checks[i]!);
      const hash = hashes.get(file);
      if (cache && hash) cache.set(file, hash, checks[i]!);
    });
    done += batch.length;
    options.onProgress?.(done, total);
  };

  // The checker (markdownlint and its parser) is loaded only when something needs checking: a warm
  // run answered from the cache does without it.
  const { checkFiles } = pending.length > 0 ? await import("./check-worker.ts") : { checkFiles: () => [] };
  const budgetMs = options.fileBudgetMs ?? FILE_BUDGET_MS;
  const tooComplex = (file: string): ManualCheck => ({
    findings: [{ file, line: 1, rule: "too-complex", severity: "error", message: text("check.too-complex", { seconds: Math.round(budgetMs / 100) / 10 }) }],
    summary: { file, parsed: false, laws: [], citations: [], links: [] },
  });
  const failed = (file: string, error: unknown): ManualCheck => ({ findings: [checkFailed(file, error)], summary: { file, parsed: false, laws: [], citations: [], links: [] } });

  // The main thread cannot be stopped, so it checks only small manuals, for which the input bounds
  // keep every shape known to be slow well under a second. Larger ones go to a worker, where a time
  // budget holds; with few files, a single worker is started for them alone.
  const small: string[] = [];
  const large: string[] = [];
  for (const file of pending) (sizeOf(root, file) <= MAIN_THREAD_MAX_BYTES ? small : large).push(file);
  const parallel = pending.length >= (options.parallelThreshold ?? PARALLEL_THRESHOLD) && workers > 0;
  const threads = parallel ? workers : large.length > 0 ? 1 : 0;

  // Large manuals go one per batch, so the budget is one manual's; the main thread takes small
  // batches of small manuals (worker results and new tasks wait while it checks).
  const queue = new BatchQueue(small, large, threads + (parallel ? 1 : 0));
  const onMain = (files: string[]) => {
    try {
      record(files, checkFiles({ root, files, schemas, schemaKey }, validators));
    } catch (error) {
      record(files, files.map((file) => failed(file, error)));
    }
  };
  if (threads > 0) {
    // Tinypool is loaded only when a worker is started.
    const { CheckPool } = await import("./check-pool.ts");
    const pool = new CheckPool(threads, budgetMs);
    try {
      const feed = async () => {
        for (let files = queue.forWorker(); files.length > 0; files = queue.forWorker()) {
          const outcome = await pool.run({ root, files, schemas, schemaKey });
          if (outcome.kind === "checked") {
            record(files, outcome.checks);
          } else if (outcome.kind === "interrupted") {
            queue.retry(files);
          } else {
            // The manual the worker stopped on is reported; the rest of its batch is run again.
            const culprit = files[Math.min(outcome.index, files.length - 1)]!;
            record([culprit], [outcome.kind === "timed-out" ? tooComplex(culprit) : failed(culprit, outcome.error)]);
            queue.retry(files.filter((file) => file !== culprit));
          }
        }
      };
      // Two tasks in flight per worker, so a worker never waits on the main thread for its next batch.
      const fed = Promise.all(Array.from({ length: threads * 2 }, feed));
      fed.catch(() => {}); // awaited below; a failure must not surface as unhandled meanwhile
      for (let files = queue.forMain(); files.length > 0; files = queue.forMain()) {
        onMain(files);
        // Let finished worker batches in and hand the workers their next ones.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // A batch run again after a timeout may still be queued when the feeders end: drain it.
      await fed;
      while (queue.remaining() > 0) await Promise.all(Array.from({ length: threads * 2 }, feed));
    } finally {
      await pool.destroy();
    }
  } else {
    for (let files = queue.forMain(); files.length > 0; files = queue.forMain()) onMain(files);
  }
  cache?.save();

  const checks = selected.manuals.map((file) => results.get(file)!);
  const summaries = checks.map((c) => c.summary);
  // A warm run over the whole repository in which nothing the rules read has changed takes their
  // findings from the last run: at 10,000 manuals they cost a third of it. Any unreadable manual
  // (no hash) or a run over some files only runs them.
  const whole = selected.manuals.length === listing.manuals.length && selected.manuals.every((file) => hashes.get(file));
  const memo = cache && whole ? { cache, inputs: hashBytes(repositoryInputs(options.today, sources, listing.files, selected.special, selected.manuals, hashes)) } : null;
  let repositoryFindings = memo?.cache.repositoryFindings(memo.inputs);
  if (!repositoryFindings) {
    repositoryFindings = checkRepository({
      manuals: summaries,
      registry,
      files: listing.files,
      special: selected.special,
      today: options.today,
      // Checking some files: their ids are still compared with every manual's.
      ...(selected.manuals.length < listing.manuals.length ? { ids: readIdIndex(root, listing.manuals) } : {}),
    });
    memo?.cache.setRepositoryFindings(memo.inputs, repositoryFindings);
  }
  const findings = [...registryFindings, ...synonymFindings, ...checks.flatMap((c) => c.findings), ...repositoryFindings].sort(compareFindings);
  return { files: total + selected.special.length, findings, summaries, registry };
}

/** Everything the repository rules read (RepositoryContext), as one text to digest: today, every registry file, the file list, the special entries, and each manual with its content hash. */
function repositoryInputs(today: string, registry: RegistrySources, files: ReadonlySet<string>, special: readonly SpecialEntry[], manuals: readonly string[], hashes: ReadonlyMap<string, string>): string {
  const parts = [today, ...Object.values(registry as Record<keyof RegistrySources, SourceText>).map((source) => `${source.file}\0${source.text ?? "\u0001missing"}`), [...files].join("\n"), JSON.stringify(special)];
  for (const file of manuals) parts.push(`${file}\0${hashes.get(file)}`);
  return parts.join("\0\0");
}
