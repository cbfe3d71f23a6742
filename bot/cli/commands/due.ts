// `manuals due`: manuals past or near their review date, grouped by department.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { reviewsDue } from "../../core/schedule/review-due.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { count, unknownDepartment } from "../option-values.ts";
import { say } from "../../core/messages/text.ts";

export function registerDue(program: Command, context: CliContext): void {
  program
    .command("due")
    .summary("검토 기한이 지났거나 다가온 매뉴얼 / manuals due for review")
    .description("last_reviewed + review_cycle_months가 지났거나 곧 돌아오는 매뉴얼을 부서별로 보여 줍니다.\nLists manuals past or near their review date, grouped by department.\n\n종료 코드 / exit codes: 0 · 2 사용법 오류 usage error")
    .option("--within <days>", "앞으로 며칠 안에 기한이 오는 것까지 / include manuals due within this many days", "30")
    .option("--department <key>", "한 부서만 / one department only")
    .option("--today <date>", "오늘 날짜 지정 (YYYY-MM-DD) / the date to treat as today")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "json"]).default("pretty"))
    .action((options: { within: string; department?: string; today?: string; format: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const within = count(options.within, "--within");
      const root = findRoot(context.cwd);
      const { registry } = localRegistry(root);
      if (options.department && !registry.departments[options.department]) throw unknownDepartment(options.department, Object.keys(registry.departments));
      const today = context.parseToday(options.today);
      const due = reviewsDue(readManualIndex(root), today, within, options.department);
      if (options.format === "json") {
        const departments = [...new Set(due.map((d) => d.department))].map((key) => ({ department: key, name: registry.departments[key]?.name ?? { ko: key }, manuals: due.filter((d) => d.department === key) }));
        context.stdout.write(JSON.stringify({ today, within, departments }, null, 2) + "\n");
        return;
      }
      if (due.length === 0) {
        context.stdout.write(say(lang, "due.none", { within }) + "\n");
        return;
      }
      const lines: string[] = [];
      let current = "";
      for (const d of due) {
        if (d.department !== current) {
          current = d.department;
          const name = registry.departments[current]?.name;
          lines.push("", `${name?.[lang] ?? name?.ko ?? current} (${current})`);
        }
        const state = d.overdue ? say(lang, "due.overdue", { days: -d.daysLeft }) : say(lang, "due.left", { days: d.daysLeft });
        lines.push(`  ${say(lang, "due.line", { mark: d.overdue ? "⚠" : "•", title: d.title ?? d.id ?? d.file, due: d.due, state, owner: `@${d.owner ?? "?"}`, file: d.file })}`);
      }
      context.stdout.write(lines.join("\n").trimStart() + "\n");
    });
}

