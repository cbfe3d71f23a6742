// Worker side of `manuals check`: reads and checks a batch of manuals. Schemas are compiled once
// per worker and reused for every batch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseManuals } from "../../core/parse/parse-manual.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../../core/schemas.ts";
import { specOf, validateManual, type ManualCheck } from "../../core/validate/validate-manual.ts";

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
  const inputs = batch.files.map((file) => {
    let input: Uint8Array;
    try {
      input = readFileSync(join(batch.root, file));
    } catch {
      input = new Uint8Array(0);
    }
    return { file, input };
  });
  // checkManual (core/check-manual.ts) for a whole batch: one markdownlint run parses all of it.
  const level = specOf(validators).level;
  return parseManuals(inputs, { sectionLevel: level }).map((parsed) => validateManual(parsed, validators));
}

export default function run(batch: CheckBatch): ManualCheck[] {
  return checkFiles(batch);
}
