// When the review cannot be completed, both checks say why and how to rerun — never success.
import { CHECK_NAMES } from "../core/report/report.ts";
import type { CheckOutput } from "../core/report/schema-check.ts";
import type { GitHubPort } from "./port.ts";
import { ConfigurationError } from "./review-pull-request.ts";
import { reconcileChecks } from "./reconcile.ts";

export function failureOutput(error: unknown): CheckOutput {
  if (error instanceof ConfigurationError) {
    return {
      conclusion: "failure",
      title: "설정 오류로 검사할 수 없습니다 / Configuration error",
      summary: [
        "기준 브랜치의 스키마·등록부·설정을 읽을 수 없어 이 풀 리퀘스트를 판단할 수 없습니다. 관리자가 아래 문제를 고친 뒤 'Re-run'을 누르세요.",
        "The base branch's schemas, registry or configuration cannot be used, so this pull request cannot be judged. An administrator must fix the problem below, then press 'Re-run'.",
        "",
        "```",
        error.message,
        "```",
      ].join("\n"),
    };
  }
  const status = (error as { status?: number }).status;
  const detail = status ? `GitHub API ${status}: ${(error as Error).message}` : (error as Error)?.message ?? String(error);
  return {
    conclusion: "failure",
    title: "검사를 완료하지 못했습니다 / The check could not complete",
    summary: [
      "GitHub와 통신하는 중 오류가 나서(재시도 후에도) 결과를 판단하지 못했습니다. 안전을 위해 통과로 처리하지 않습니다. 잠시 후 이 검사의 'Re-run' 버튼을 누르거나 새 커밋을 올리면 다시 검사합니다.",
      "The review could not be completed because GitHub kept failing (after retries). For safety it does not pass. Press this check's 'Re-run' button later, or push a new commit, to run it again.",
      "",
      "```",
      detail.slice(0, 2000),
      "```",
    ].join("\n"),
  };
}

/** Best effort: if GitHub is down, publishing the failure may fail too; branch protection then still waits. */
export async function publishFailure(port: GitHubPort, headSha: string, error: unknown): Promise<boolean> {
  const output = failureOutput(error);
  try {
    await reconcileChecks(port, headSha, [
      [CHECK_NAMES.schema, output],
      [CHECK_NAMES.legal, output],
    ]);
    return true;
  } catch {
    return false;
  }
}
