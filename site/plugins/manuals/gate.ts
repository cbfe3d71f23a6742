// The build's gate: the same check as `manuals check` (the CLI's runCheck over the core). A manual
// the core rejects stops the build with each finding's file and line, worded as the CLI words it.
import { formatPretty } from "../../../bot/local/check/pretty-findings.ts";
import { runCheck, type CheckResult } from "../../../bot/local/check/run-check.ts";

export type GateMode = "fail" | "warn";

export class ManualsRejected extends Error {
  override name = "ManualsRejected";
}

export interface GateInput {
  root: string;
  /** "warn" publishes rejected manuals anyway; only the site's own tests use it (see docusaurus.config.ts). */
  mode: GateMode;
  today: string;
  warn: (message: string) => void;
}

export async function gateManuals({ root, mode, today, warn }: GateInput): Promise<CheckResult> {
  const result = await runCheck({ root, cwd: root, paths: [], cache: true, today, readings: true });
  const errors = result.findings.filter((f) => f.severity === "error");
  const warnings = result.findings.length - errors.length;
  if (errors.length && mode === "fail") {
    throw new ManualsRejected(
      [
        `매뉴얼 검사에서 오류 ${errors.length}건이 있어 사이트를 만들지 않았습니다. 아래 파일:줄을 고친 뒤 다시 빌드하세요 (npm run check 로 미리 확인할 수 있습니다).`,
        `The site was not built: the manuals check found ${errors.length} error(s). Fix them at the file:line below and build again (npm run check shows them too).`,
        "",
        formatPretty(errors, "ko", result.files, false),
      ].join("\n"),
    );
  }
  if (errors.length) warn(`[manuals] 오류가 있는 매뉴얼을 게시합니다 (gate=warn) / publishing manuals with errors:\n${formatPretty(errors, "ko", result.files, false)}`);
  if (warnings) warn(`[manuals] 매뉴얼 검사 경고 ${warnings}건 (npm run check 로 확인) / ${warnings} warning(s) from the manuals check`);
  return result;
}
