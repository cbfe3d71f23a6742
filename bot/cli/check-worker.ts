// Worker side of `manuals check`: reads and checks a batch of manuals. Schemas are compiled once
// per worker and reused for every batch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManual } from "../core/check-manual.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../core/schemas.ts";
import type { ManualCheck } from "../core/validate/validate-manual.ts";

export interface CheckBatch {
  root: string;
  files: string[];
  schemas: SchemaSet;
  schemaKey: string;
}

let compiled: { key: string; validators: Validators } | null = null;

export function checkFiles(batch: CheckBatch, validators?: Validators): ManualCheck[] {
  if (!validators) {
    if (compiled?.key !== batch.schemaKey) compiled = { key: batch.schemaKey, validators: compileSchemas(batch.schemas) };
    validators = compiled.validators;
  }
  return batch.files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(batch.root, file));
    } catch {
      bytes = new Uint8Array(0);
    }
    return checkManual(file, bytes, validators);
  });
}

export default function run(batch: CheckBatch): ManualCheck[] {
  return checkFiles(batch);
}
