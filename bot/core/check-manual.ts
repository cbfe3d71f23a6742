// The per-file half of `manuals check`: parse then validate manuals. Pure: content in, findings out.
// A failure inside the checker on one manual is that manual's finding, never the run's end.
import type { ManualContent } from "./parse/decode.ts";
import { checkFailed, parseManuals, type ManualInput } from "./parse/parse-manual.ts";
import type { ParsedManual } from "./parse/read-manual.ts";
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
  const parsed = parseCheckedManuals(inputs, validators, options);
  return parsed.map((manual, index) => {
    options.onProgress?.(index);
    return checkParsed(manual, validators);
  });
}

/** The parse a check makes (markdownlint with the check's rules), for a caller that also needs the documents. */
export function parseCheckedManuals(inputs: readonly ManualInput[], validators: Validators, options: CheckOptions = {}): ParsedManual[] {
  return parseManuals(inputs, { sectionLevel: specOf(validators).level, rules: markdownRules, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** The check of a manual already parsed by parseCheckedManuals. */
export function checkParsed(manual: ParsedManual, validators: Validators): ManualCheck {
  try {
    return validateManual(manual, validators);
  } catch (error) {
    return { findings: [...manual.findings, checkFailed(manual.file, error)], summary: { file: manual.file, parsed: false, laws: [], citations: [], links: [] } };
  }
}
