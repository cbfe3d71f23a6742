// `manuals check` without the printing: lists the manuals, checks each (cached, on every core when
// there are many), then runs the repository-wide rules over all of them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Tinypool } from "tinypool";
import { compareFindings, type Finding } from "../core/findings.ts";
import { loadRegistry, type Registry } from "../core/registry.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../core/schemas.ts";
import { checkRepository } from "../core/validate/repository-rules/all.ts";
import type { ManualSummary } from "../core/validate/manual-summary.ts";
import type { ManualCheck } from "../core/validate/validate-manual.ts";
import { CheckCache, hashBytes } from "./check-cache.ts";
import { checkFiles, type CheckBatch } from "./check-worker.ts";
import { listRepository, loadSchemaSet, registrySources, selectPaths } from "./local-repository.ts";
import { UsageError } from "./usage-error.ts";

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

const BATCH = 100;

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

  const batches: string[][] = [];
  for (let i = 0; i < pending.length; i += BATCH) batches.push(pending.slice(i, i + BATCH));
  const threads = Math.max(1, Math.min(availableParallelism(), batches.length));
  if (pending.length >= (options.parallelThreshold ?? 400) && threads > 1) {
    const pool = new Tinypool({ filename: new URL("./check-worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads, isolateWorkers: false });
    try {
      await Promise.all(batches.map(async (files) => record(files, (await pool.run({ root, files, schemas, schemaKey } satisfies CheckBatch)) as ManualCheck[])));
    } finally {
      await pool.destroy();
    }
  } else {
    for (const files of batches) record(files, checkFiles({ root, files, schemas, schemaKey }, validators));
  }
  cache?.save();

  const checks = selected.manuals.map((file) => results.get(file)!);
  const summaries = checks.map((c) => c.summary);
  const findings = [
    ...registryFindings,
    ...checks.flatMap((c) => c.findings),
    ...checkRepository({ manuals: summaries, registry, files: listing.files, special: selected.special, today: options.today }),
  ].sort(compareFindings);
  return { files: total + selected.special.length, findings, summaries, registry };
}
