// The per-file half of `manuals check`: parse then validate manuals. Pure: content in, findings out.
// A failure inside the checker on one manual is that manual's finding, never the run's end.
import type { ManualContent } from "./parse/decode.ts";
import { checkFailed, parseManuals, type ManualInput } from "./parse/parse-manual.ts";
import type { Validators } from "./schemas.ts";
import { markdownRules } from "./validate/markdown-rules/rule-set.ts";
import { specOf, validateManual, type ManualCheck } from "./validate/validate-manual.ts";

export function checkManual(file: string, content: Uint8Array | string | ManualContent, validators: Validators): ManualCheck {
  return checkManuals([{ file, input: content }], validators)[0]!;
}

export interface CheckOptions {
  /** Called with a manual's index as work on it begins (a worker's heartbeat; see parseManuals). */
  onProgress?: (index: number) => void;
}

/** checkManual for a batch: one markdownlint run parses all of it. */
export function checkManuals(inputs: readonly ManualInput[], validators: Validators, options: CheckOptions = {}): ManualCheck[] {
  const parsed = parseManuals(inputs, { sectionLevel: specOf(validators).level, rules: markdownRules, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return parsed.map((manual, index) => {
    options.onProgress?.(index);
    try {
      return validateManual(manual, validators);
    } catch (error) {
      return { findings: [...manual.findings, checkFailed(manual.file, error)], summary: { file: manual.file, parsed: false, laws: [], citations: [], links: [] } };
    }
  });
}
