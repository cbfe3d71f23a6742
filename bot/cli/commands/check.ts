// `manuals check [paths…]`: the schema and form check, for people, scripts and GitHub Actions.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { formatGithub } from "../format/github.ts";
import { formatJson } from "../format/json.ts";
import { formatPretty } from "../../local/check/pretty-findings.ts";
import { findRoot } from "../../local/repository.ts";
import { progressReporter } from "../progress.ts";
import { runCheck } from "../../local/check/run-check.ts";
import type { CliContext } from "../cli-context.ts";

export function registerCheck(program: Command, context: CliContext): void {
  program
    .command("check")
    .summary("매뉴얼 형식 검사 / check manuals against the schemas")
    .description(
      "매뉴얼을 스키마, Markdown 규칙, 저장소 규칙(id 중복, 등록부 키, 파일 위치, 관련자료 링크)으로 검사합니다.\n" +
        "Checks manuals against the schemas, the Markdown rules and the repository rules.\n\n" +
        "종료 코드 / exit codes: 0 문제 없음 clean · 1 오류 findings · 2 사용법·설정 오류 usage or configuration error",
    )
    .argument("[paths...]", "검사할 파일이나 폴더 (기본: manuals/ 전체) / files or folders to check (default: all manuals)")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "json", "github"]).default("pretty"))
    .option("--no-cache", "캐시를 쓰지 않고 모두 다시 검사 / ignore .cache and check every file")
    .option("--strict", "경고도 실패로 처리 / exit 1 on warnings too")
    .option("--today <date>", "오늘 날짜 지정 (YYYY-MM-DD, 시험용) / the date to treat as today")
    .action(async (paths: string[], options: { format: string; cache: boolean; strict?: boolean; today?: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const progress = progressReporter(lang, context.stderr);
      const result = await runCheck({ root, cwd: context.cwd, paths, cache: options.cache, today: context.parseToday(options.today), onProgress: progress });
      progress.finish();
      const out =
        options.format === "json"
          ? formatJson(result.findings, lang, result.files)
          : options.format === "github"
            ? formatGithub(result.findings, lang)
            : formatPretty(result.findings, lang, result.files, context.colour);
      if (out) context.stdout.write(out + "\n");
      const failing = result.findings.some((f) => f.severity === "error" || options.strict);
      context.exitCode = failing ? 1 : 0;
    });
}
