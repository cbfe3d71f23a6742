// parse: a manual's content → the manual document with file lines, plus the findings that come from
// reading it (encoding, input bounds, front matter syntax and, given a rule set, Markdown form).
// The micromark parse is the expensive step, so it runs once per file: the projection is taken from
// the same tokens the form rules see. A failure while parsing one manual is that manual's finding.
import type { ManualContent } from "./decode.ts";
import { checkFailed } from "./check-failed.ts";
import { lintBodies } from "./lint-manuals.ts";
import type { MarkdownRuleSet } from "./markdown-rule-set.ts";
import { project } from "./project.ts";
import { isFinal, readManual, type ParsedManual, type ReadManual } from "./read-manual.ts";
import type { ManualDocument } from "./document.ts";
import type { Token } from "./tokens.ts";
import type { LintError } from "markdownlint";

export type { ParsedManual } from "./read-manual.ts";
export { checkFailed };

export interface ParseOptions {
  /** Heading level that starts a section (from the sections schema's x-section-level). */
  sectionLevel?: number;
  /** The Markdown form rules to run on the same parse; without them only the projection runs. */
  rules?: MarkdownRuleSet;
  /**
   * Called with a manual's index as work on it begins: reading it, then its parse and form rules
   * (a worker's heartbeat: a manual that stops the calls is the one being worked on).
   */
  onProgress?: (index: number) => void;
}

export interface ManualInput {
  file: string;
  input: Uint8Array | string | ManualContent;
}

export function parseManual(file: string, input: Uint8Array | string | ManualContent, options: ParseOptions = {}): ParsedManual {
  return parseManuals([{ file, input }], options)[0]!;
}


/** Several manuals in one markdownlint run; each result is what parseManual gives for that manual alone. */
export function parseManuals(inputs: readonly ManualInput[], options: ParseOptions = {}): ParsedManual[] {
  const sectionLevel = options.sectionLevel ?? 2;
  const progress = options.onProgress ?? (() => {});
  const read = inputs.map(({ file, input }, index) => {
    progress(index);
    try {
      return readManual(file, input);
    } catch (error) {
      return { file, document: null, findings: [checkFailed(file, error)], locate: () => ({ line: 1, column: 1 }) } satisfies ParsedManual;
    }
  });
  const bodies = new Map<number, string>();
  read.forEach((manual, index) => {
    if (!isFinal(manual)) bodies.set(index, manual.bodyLines.join("\n"));
  });

  // Each manual is projected as soon as its tokens exist, so a batch holds one token tree at a time.
  const documents = new Map<number, ManualDocument>();
  const failures = new Map<number, unknown>();
  const capture = (index: number, tokens: readonly Token[]) => {
    try {
      documents.set(index, project(read[index] as ReadManual, tokens, sectionLevel));
    } catch (error) {
      failures.set(index, error);
    }
  };
  // As a manual's rules end, the next manual's parse begins.
  const order = [...bodies.keys()];
  const next = new Map(order.map((index, i) => [index, order[i + 1] ?? index]));
  const done = (index: number) => progress(next.get(index) ?? index);
  if (order.length > 0) progress(order[0]!);
  const errors = lintEach(bodies, options.rules, capture, done, failures);

  return read.map((manual, index): ParsedManual => {
    if (isFinal(manual)) return manual;
    const { file, offset, frontMatter } = manual;
    const failure = failures.get(index);
    const document = documents.get(index);
    if (failure !== undefined || !document) {
      return { file, document: null, findings: [...manual.findings, checkFailed(file, failure ?? new Error("no parse"))], locate: frontMatter.locate };
    }
    try {
      const findings = [...manual.findings];
      for (const error of errors.get(index) ?? []) findings.push(options.rules!.toFinding(error, file, error.lineNumber + offset));
      return { file, document, findings, locate: frontMatter.locate };
    } catch (error) {
      return { file, document: null, findings: [...manual.findings, checkFailed(file, error)], locate: frontMatter.locate };
    }
  });
}

/** The batch in one run; when markdownlint itself fails, each manual alone, so only the culprit fails. */
function lintEach(
  bodies: ReadonlyMap<number, string>,
  rules: MarkdownRuleSet | undefined,
  capture: (index: number, tokens: readonly Token[]) => void,
  done: (index: number) => void,
  failures: Map<number, unknown>,
): Map<number, LintError[]> {
  try {
    return lintBodies(bodies, rules, capture, done);
  } catch (batchError) {
    if (bodies.size === 1) {
      for (const index of bodies.keys()) failures.set(index, batchError);
      return new Map();
    }
    const all = new Map<number, LintError[]>();
    for (const [index, body] of bodies) {
      try {
        all.set(index, lintBodies(new Map([[index, body]]), rules, capture, done).get(index) ?? []);
      } catch (error) {
        failures.set(index, error);
      }
    }
    return all;
  }
}
