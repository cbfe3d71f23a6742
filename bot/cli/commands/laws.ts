// `manuals laws check`: compares manuals/laws.yml with the national law information service and,
// with --issues, keeps one issue per amended law; with --write, updates laws.yml's dates.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { loadConfig } from "../../core/registry.ts";
import { githubTarget, linkBase } from "../../ops/github/github-target.ts";
import { bodyWithMarker } from "../../ops/issues/desired-issue.ts";
import { lawReportJson, lawReportText } from "../../ops/laws/format-law-report.ts";
import { createLawApi, lawApiConfig } from "../../ops/laws/law-api.ts";
import { LAW_KIND } from "../../ops/laws/law-issues.ts";
import { runLawCheck } from "../../ops/laws/run-law-check.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { configSource, findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { unknownLaw } from "../option-values.ts";

interface LawsCheckOptions {
  law: string[];
  issues?: boolean;
  write?: boolean;
  dryRun?: boolean;
  today?: string;
  format: string;
}

export function registerLaws(program: Command, context: CliContext): void {
  const laws = program.command("laws").summary("법령 개정 확인 / law amendments").description("등록부(manuals/laws.yml)의 법령을 국가법령정보센터와 맞춰 봅니다.\nKeeps the law registry in step with the national law information service.");
  laws
    .command("check")
    .summary("laws.yml을 국가법령정보센터와 비교 / compare laws.yml with the law service")
    .description(
      "등록부의 각 법령을 국가법령정보센터 Open API(lawSearch.do, lawService.do)로 찾아 시행일자를 비교하고, 개정된 법령을 인용하는 매뉴얼과 담당자를 보여 줍니다.\n" +
        "Looks up every registry law in the national law information open API, compares effective dates and lists the manuals (and owners) citing amended laws.\n\n" +
        "환경 변수 / environment: LAW_API_OC (인증키, 필수 / access key, required), LAW_API_BASE_URL (기본 https://www.law.go.kr/DRF),\n" +
        "  --issues: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL\n\n" +
        "종료 코드 / exit codes: 0 최신이거나 --issues/--write로 처리함 up to date, or handled · 1 개정 발견 amendments found · 2 설정·네트워크·응답 오류 configuration, network or response error (아무것도 바꾸지 않음 / nothing changed)",
    )
    .option("--law <key>", "이 법령만, 여러 번 가능 / only this law (repeatable)", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--issues", "법령마다 이슈 하나를 만들고·고치고·닫기 / keep one GitHub issue per amended law")
    .option("--write", "manuals/laws.yml의 시행일을 현행으로 고치기 / update laws.yml's effective dates")
    .option("--dry-run", "--issues와 함께: GitHub를 바꾸지 않고 이슈 본문만 출력 / with --issues: print the issues instead of writing them")
    .option("--today <date>", "오늘 날짜 지정 (YYYY-MM-DD) / the date to treat as today")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "markdown", "json"]).default("pretty"))
    .action(async (options: LawsCheckOptions, command: Command) => {
      // Octokit is loaded only when the command runs.
      const { octokitIssueStore } = await import("../../ops/github/octokit-issues.ts");
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      for (const key of options.law) if (!registry.laws[key]) throw unknownLaw(key, Object.keys(registry.laws));
      const today = context.parseToday(options.today);
      // An OpsError (configuration, the service down or answering nonsense) propagates: exit 2, nothing changed.
      const api = createLawApi(lawApiConfig(context.env));
      const sync = options.issues && !options.dryRun ? githubTarget(context.env) : null;
      const report = await runLawCheck({
        root,
        registry,
        config: loadConfig(configSource(root), validators).config,
        index: readManualIndex(root),
        api,
        today,
        keys: options.law,
        issues: sync ? { store: octokitIssueStore(sync), target: sync } : null,
        linkBase: linkBase(context.env) ?? undefined,
        write: !!options.write,
      });
      const out = options.format === "json" ? lawReportJson(report) : lawReportText(report, lang, options.format === "markdown");
      context.stdout.write(out + "\n");
      if (options.issues && options.dryRun) {
        for (const issue of report.issues) context.stdout.write(`\n---\n# ${issue.title}\n${issue.assignees.map((a) => `@${a}`).join(" ")}\n\n${bodyWithMarker(LAW_KIND, issue)}`);
      }
      const open = report.statuses.some((s) => s.state === "amended" || s.state === "not-found");
      context.exitCode = open && !options.issues && !options.write ? 1 : 0;
    });
}
