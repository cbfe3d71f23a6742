// `manuals check` without the printing: lists the manuals, checks each (cached, on every core when
// there are many), then runs the repository-wide rules over all of them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Tinypool } from "tinypool";
import { compareFindings, type Finding } from "../../core/findings.ts";
import { loadRegistry, type Registry } from "../../core/registry.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../../core/schemas.ts";
import { checkRepository } from "../../core/validate/repository-rules/all.ts";
import type { ManualSummary } from "../../core/validate/manual-summary.ts";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";
import { CheckCache, hashBytes } from "./check-cache.ts";
import type { CheckBatch } from "./check-worker.ts";
import { readIdIndex } from "../id-index.ts";
import { listRepository, loadSchemaSet, registrySources, selectPaths } from "../repository.ts";
import { UsageError } from "../../core/messages/message-error.ts";

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
}

export interface CheckResult {
  files: number;
  findings: Finding[];
  summaries: ManualSummary[];
  registry: Registry | null;
}

const BATCH_MAX = 100;
const BATCH_MIN = 10;
/** The main thread takes small batches: worker results and new tasks wait while it checks. */
const MAIN_BATCH_MAX = 20;
/** Below this many files to check, starting a worker costs more than it saves. */
const PARALLEL_THRESHOLD = 200;

export function compileOrExplain(schemas: SchemaSet): Validators {
  try {
    return compileSchemas(schemas);
  } catch (error) {
    throw new UsageError("cli.schema-compile", { detail: (error as Error).message });
  }
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const { root } = options;
  const schemas = loadSchemaSet(root);
  const validators = compileOrExplain(schemas);
  const schemaKey = createHash("sha1").update(JSON.stringify(schemas)).digest("hex");
  const { registry, findings: registryFindings } = loadRegistry(registrySources(root), validators);
  const listing = listRepository(root);
  const selected = selectPaths(root, listing, options.paths, options.cwd);

  const cache = options.cache ? new CheckCache(root, schemaKey) : null;
  const results = new Map<string, ManualCheck>();
  const hashes = new Map<string, string>();
  const pending: string[] = [];
  for (const file of selected.manuals) {
    if (cache) {
      let hash = "";
      try {
        hash = hashBytes(readFileSync(join(root, file)));
      } catch {
        // unreadable: check it (and report it) rather than trust the cache
      }
      hashes.set(file, hash);
      const cached = hash ? cache.get(file, hash) : undefined;
      if (cached) {
        results.set(file, cached);
        continue;
      }
    }
    pending.push(file);
  }

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

  // Many files: the main thread checks alongside one worker per remaining core. It already has the
  // schemas compiled and its code loaded, while a worker needs ~0.3 s for that before its first file.
  const workers = Math.max(0, availableParallelism() - 1);
  let next = 0;
  const take = (participants: number, max = BATCH_MAX): string[] => {
    // Large batches while much is left, small ones at the end so every thread finishes together.
    const size = Math.max(Math.min(BATCH_MIN, max), Math.min(max, Math.ceil((pending.length - next) / (participants * 4))));
    const batch = pending.slice(next, next + size);
    next += batch.length;
    return batch;
  };
  if (pending.length >= (options.parallelThreshold ?? PARALLEL_THRESHOLD) && workers > 0) {
    // Two tasks in flight per worker, so a worker never waits on the main thread for its next batch.
    const pool = new Tinypool({ filename: new URL("./check-worker.ts", import.meta.url).href, minThreads: workers, maxThreads: workers, isolateWorkers: false, concurrentTasksPerWorker: 2 });
    try {
      const participants = workers + 1;
      const feed = async () => {
        for (let files = take(participants); files.length > 0; files = take(participants)) {
          record(files, (await pool.run({ root, files, schemas, schemaKey } satisfies CheckBatch)) as ManualCheck[]);
        }
      };
      const fed = Promise.all(Array.from({ length: workers * 2 }, feed));
      fed.catch(() => {}); // awaited below; a worker's failure must not surface as unhandled meanwhile
      for (let files = take(participants, MAIN_BATCH_MAX); files.length > 0; files = take(participants, MAIN_BATCH_MAX)) {
        record(files, checkFiles({ root, files, schemas, schemaKey }, validators));
        // Let finished worker batches in and hand the workers their next ones.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await fed;
    } finally {
      await pool.destroy();
    }
  } else {
    for (let files = take(1); files.length > 0; files = take(1)) record(files, checkFiles({ root, files, schemas, schemaKey }, validators));
  }
  cache?.save();

  const checks = selected.manuals.map((file) => results.get(file)!);
  const summaries = checks.map((c) => c.summary);
  const findings = [
    ...registryFindings,
    ...checks.flatMap((c) => c.findings),
    ...checkRepository({
      manuals: summaries,
      registry,
      files: listing.files,
      special: selected.special,
      today: options.today,
      // Checking some files: their ids are still compared with every manual's.
      ...(selected.manuals.length < listing.manuals.length ? { ids: readIdIndex(root, listing.manuals) } : {}),
    }),
  ].sort(compareFindings);
  return { files: total + selected.special.length, findings, summaries, registry };
}
