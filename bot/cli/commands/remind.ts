// `manuals remind due`: the scheduled review-date reminder. Keeps one issue per department listing
// its manuals due for review (as `manuals due` shows them): created once, updated in place, closed
// when nothing is due, owners assigned; a rerun changes nothing.
import type { Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { loadConfig } from "../../core/registry.ts";
import { runDueReminders } from "../../ops/due/run-due-reminders.ts";
import { DUE_KIND } from "../../ops/due/due-issues.ts";
import { githubTarget, linkBase } from "../../ops/github/github-target.ts";
import { bodyWithMarker } from "../../ops/issues/desired-issue.ts";
import { syncLines } from "../../ops/issues/format-sync.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { configSource, findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { count } from "../option-values.ts";
import { say } from "../../core/messages/text.ts";

export function registerRemind(program: Command, context: CliContext): void {
  const remind = program.command("remind").summary("알림 이슈 관리 / reminder issues").description("예약 작업이 GitHub 이슈로 알림을 보냅니다.\nScheduled reminders kept as GitHub issues.");
  remind
    .command("due")
    .summary("부서별 검토 기한 이슈 / one review-due issue per department")
    .description(
      "검토 기한이 지났거나 다가온 매뉴얼을 부서마다 이슈 하나로 알립니다: 처음에 만들고, 목록이 바뀌면 고치고, 없어지면 닫으며, 담당자를 지정합니다. 다시 실행해도 이슈가 늘지 않습니다.\n" +
        "Keeps one issue per department listing its manuals due for review: created once, updated in place, closed when nothing is due, owners assigned. Reruns never duplicate.\n\n" +
        "환경 변수 / environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name), GITHUB_API_URL (기본 https://api.github.com)\n\n" +
        "종료 코드 / exit codes: 0 · 2 설정·GitHub 오류 configuration or GitHub error",
    )
    .option("--within <days>", "앞으로 며칠 안에 기한이 오는 것까지 / include manuals due within this many days", "30")
    .option("--today <date>", "오늘 날짜 지정 (YYYY-MM-DD) / the date to treat as today")
    .option("--dry-run", "GitHub를 바꾸지 않고 이슈 본문만 출력 / print the issues instead of writing them")
    .action(async (options: { within: string; today?: string; dryRun?: boolean }, command: Command) => {
      // Octokit is loaded only when the command runs.
      const { octokitIssueStore } = await import("../../ops/github/octokit-issues.ts");
      const lang = command.optsWithGlobals().lang as Language;
      const within = count(options.within, "--within");
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      const config = loadConfig(configSource(root), validators).config;
      const today = context.parseToday(options.today);
      // An OpsError (configuration, GitHub down) propagates: the CLI says it and exits with 2.
      const target = options.dryRun ? null : githubTarget(context.env);
      const result = await runDueReminders({ registry, index: readManualIndex(root), today, within, target: target ?? linkBase(context.env), store: target ? octokitIssueStore(target) : null, departmentPrefix: config?.labels?.department_prefix });
      context.stdout.write(say(lang, "remind.summary", { due: result.due.length, departments: result.issues.length, today, within }) + "\n");
      for (const line of syncLines(result.synced, lang)) context.stdout.write(line + "\n");
      if (options.dryRun) for (const issue of result.issues) context.stdout.write(`\n---\n# ${issue.title}\n${issue.assignees.map((a) => `@${a}`).join(" ")}  [${issue.labels.join(", ")}]\n\n${bodyWithMarker(DUE_KIND, issue)}`);
    });
}
