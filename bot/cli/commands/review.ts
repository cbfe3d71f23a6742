// `manuals review --base <ref>`: what the GitHub App will decide for the changes from base to head,
// by the same core review over the local git repository.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { todayIn } from "../../core/calendar.ts";
import { findRoot } from "../../local/repository.ts";
import type { CliContext } from "../cli-context.ts";

export function registerReview(program: Command, context: CliContext): void {
  program
    .command("review")
    .summary("법령 변경 검토 미리보기 / preview the legal review of a change")
    .description(
      "기준(base)에서 대상(head)까지의 변경을 GitHub 앱과 똑같이 판단합니다: 어떤 매뉴얼의 법령 내용이 바뀌었는지, 어느 부서의 승인이 필요한지, 같은 법령을 인용하는 다른 매뉴얼.\n" +
        "Decides the change from base to head exactly as the GitHub App will: which manuals' legal content changed, which departments must approve, and other manuals citing the same laws.\n" +
        "등록부·스키마·설정은 기준 쪽에서 읽습니다 / registry, schemas and configuration are read from the base.\n\n" +
        "종료 코드 / exit codes: 0 승인 불필요 no approval needed · 1 승인 필요 approvals required · 2 사용법 오류 usage error",
    )
    .requiredOption("--base <ref>", "기준 브랜치나 커밋 (예: origin/main) / base branch or commit")
    .option("--head <ref>", "대상 브랜치나 커밋 / head branch or commit", "HEAD")
    .option("--author <login>", "풀 리퀘스트 작성자 (본인 승인 제외) / pull request author")
    .option("--no-impact", "같은 법령을 인용하는 다른 매뉴얼을 찾지 않음 / skip the impact search")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "json", "markdown"]).default("pretty"))
    .action(async (options: { base: string; head: string; author?: string; impact: boolean; format: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      // The review (git, the parser, the comparison) is loaded only when the command runs.
      const [{ reviewPullRequest }, { gitReviewSource }, { reviewJson, reviewMarkdown, reviewPretty }] = await Promise.all([
        import("../../core/review/review-pull-request.ts"),
        import("../../local/git-source.ts"),
        import("../format/review.ts"),
      ]);
      const source = gitReviewSource({ root: findRoot(context.cwd), base: options.base, head: options.head, author: options.author, wholeRepository: options.impact });
      const result = await reviewPullRequest({ source, today: todayIn(context.env.MANUALS_TZ ?? "Asia/Seoul") });
      if (result.status !== "done") throw new Error(`a local review is always open and current (${result.status})`);
      const review = { ...result, base: options.base, head: options.head };
      const out = options.format === "json" ? reviewJson(review, lang) : options.format === "markdown" ? reviewMarkdown(review, lang) : reviewPretty(review, lang);
      context.stdout.write(out + "\n");
      context.exitCode = review.evaluation.state === "not-required" || review.evaluation.state === "approved" ? 0 : 1;
    });
}
