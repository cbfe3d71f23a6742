// The finding for a manual whose check failed inside the checker. Apart from the parse, so that
// what reports such a failure need not load markdownlint.
import type { Finding } from "../findings.ts";
import { text } from "../messages/text.ts";

/** The finding for a manual whose check failed inside the checker, with what failed. */
export function checkFailed(file: string, error: unknown): Finding {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
  return { file, line: 1, rule: "check-failed", severity: "error", message: text("check.failed", { detail }) };
}
