// When the review cannot be completed, both checks say why and how to rerun — never success.
import { text } from "../core/messages/text.ts";
import { CHECK_NAMES } from "../core/report/report.ts";
import type { CheckOutput } from "../core/report/schema-check.ts";
import { ConfigurationError } from "../core/review/configuration-error.ts";
import type { GitHubPort } from "./port.ts";
import { reconcileChecks } from "./reconcile.ts";

function output(title: "app.config-title" | "app.failed-title", summary: "app.config-summary" | "app.failed-summary", detail: string): CheckOutput {
  const t = text(title);
  const s = text(summary);
  return { conclusion: "failure", title: `${t.ko} / ${t.en}`, summary: [s.ko, s.en, "", "```", detail.slice(0, 2000), "```"].join("\n") };
}

export function failureOutput(error: unknown): CheckOutput {
  if (error instanceof ConfigurationError) return output("app.config-title", "app.config-summary", `${error.text("ko")}\n${error.text("en")}`);
  const status = (error as { status?: number }).status;
  const detail = status ? `GitHub API ${status}: ${(error as Error).message}` : (error as Error)?.message ?? String(error);
  return output("app.failed-title", "app.failed-summary", detail);
}

/** Best effort: if GitHub is down, publishing the failure may fail too; branch protection then still waits. */
export async function publishFailure(port: GitHubPort, headSha: string, error: unknown): Promise<boolean> {
  const failure = failureOutput(error);
  try {
    await reconcileChecks(port, headSha, [
      [CHECK_NAMES.schema, failure],
      [CHECK_NAMES.legal, failure],
    ]);
    return true;
  } catch {
    return false;
  }
}
