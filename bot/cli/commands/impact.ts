// `manuals impact --law <key>`: manuals citing a law, for when the law is amended.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { baseArticle, citingManuals } from "../../core/laws/citing-manuals.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { say } from "../../core/messages/text.ts";
import { article as checkedArticle, unknownLaw } from "../option-values.ts";

export function registerImpact(program: Command, context: CliContext): void {
  program
    .command("impact")
    .summary("법령을 인용하는 매뉴얼 찾기 / manuals citing a law")
    .description("법령이 개정되었을 때 고쳐야 할 매뉴얼과 담당자를 찾습니다.\nFinds the manuals (and their owners) to update when a law is amended.\n\n종료 코드 / exit codes: 0 · 2 사용법 오류 usage error")
    .requiredOption("--law <key>", "laws.yml의 법령 키 / a key of manuals/laws.yml")
    .option("--article <조>", "특정 조문만 (예: 제16조) / one article only")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "json"]).default("pretty"))
    .action((options: { law: string; article?: string; format: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const { registry } = localRegistry(root);
      const law = registry.laws[options.law];
      if (!law) throw unknownLaw(options.law, Object.keys(registry.laws));
      const article = options.article === undefined ? undefined : checkedArticle(options.article.replace(/\s+/g, ""));
      const manuals = citingManuals(readManualIndex(root), options.law)
        .map((m) => ({ ...m, cites: m.cites.filter((c) => !article || c.article === article || baseArticle(c.article) === article) }))
        .filter((m) => m.cites.length > 0);
      if (options.format === "json") {
        context.stdout.write(
          JSON.stringify(
            {
              law: { key: options.law, ...law },
              article: article ?? null,
              manuals: manuals.map(({ cites, ...m }) => ({ ...m, articles: cites.map((c) => c.article), versions: cites.map((c) => c.version) })),
            },
            null,
            2,
          ) + "\n",
        );
        return;
      }
      const head = say(lang, "impact.head", { name: law.name, article: article ?? "", effective: law.effective, count: manuals.length });
      const lines = [head, ...manuals.map((m) => `  • ${m.title ?? m.id} [${m.cites.map((c) => `${c.article} @ ${c.version}${c.version < law.effective ? " ⚠" : ""}`).join(", ")}] @${m.owner ?? "?"}  ${m.file}`)];
      context.stdout.write(lines.join("\n") + "\n");
    });
}
