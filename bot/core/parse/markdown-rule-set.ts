// What the parse needs to know of the Markdown form rules, which validate/ owns: which markdownlint
// rules run on the same parse as the projection, and how an error of theirs reads as a finding.
// Without a rule set only the projection runs (compare needs the document, not the form findings).
import type { LintError, Rule } from "markdownlint";
import type { Finding } from "../findings.ts";

export interface MarkdownRuleSet {
  /** markdownlint's built-in rules to switch on, by name (MD001 …). */
  builtin: readonly string[];
  /** The project's own rules (markdownlint custom rules on the micromark parser). */
  custom: readonly Rule[];
  /** A markdownlint error as the finding reported at `line` (a file line) of `file`. */
  toFinding(error: LintError, file: string, line: number): Finding;
}
