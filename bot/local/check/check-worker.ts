// Worker side of `manuals check`: reads and checks a batch of manuals. Schemas are compiled once
// per worker and reused for every batch. The batch's heartbeat tells the main thread which manual
// the worker is on, so a manual that takes too long can be named and the worker stopped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManuals } from "../../core/check-manual.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../../core/schemas.ts";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";

export interface CheckBatch {
  root: string;
  files: string[];
  schemas: SchemaSet;
  schemaKey: string;
  /**
   * Shared with the main thread: [0] counts progress calls, [1] is the index in `files` of the
   * manual being worked on, [2] is 1 once the batch is done.
   */
  heartbeat?: Int32Array;
}

let compiled: { key: string; validators: Validators } | null = null;

export function checkFiles(batch: CheckBatch, validators?: Validators): ManualCheck[] {
  if (!validators) {
    if (compiled?.key !== batch.schemaKey) compiled = { key: batch.schemaKey, validators: compileSchemas(batch.schemas) };
    validators = compiled.validators;
  }
  const { heartbeat } = batch;
  const beat = (index: number) => {
    if (!heartbeat) return;
    Atomics.store(heartbeat, 1, index);
    Atomics.add(heartbeat, 0, 1);
  };
  const inputs = batch.files.map((file, index) => {
    beat(index);
    let input: Uint8Array;
    try {
      input = readFileSync(join(batch.root, file));
    } catch {
      input = new Uint8Array(0);
    }
    return { file, input };
  });
  const checks = checkManuals(inputs, validators, heartbeat ? { onProgress: beat } : {});
  if (heartbeat) Atomics.store(heartbeat, 2, 1);
  return checks;
}

export default function run(batch: CheckBatch): ManualCheck[] {
  return checkFiles(batch);
}
