// `manuals status`: the status board (bot/core/status) in the terminal or as JSON, the same
// numbers as the site's 현황 page.
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { say, type MessageId } from "../../core/messages/text.ts";
import type { MessageParams } from "../../core/messages/message.ts";
import { findRoot } from "../../local/repository.ts";
import type { CliContext } from "../cli-context.ts";
import { count } from "../option-values.ts";

export function registerStatus(program: Command, context: CliContext): void {
  program
    .command("status")
    .summary("매뉴얼 현황 / where the manuals stand")
    .description(
      "기관·부서별 매뉴얼 수, 검토 기한, 업무 팁·작성 안내, 대리자 없는 담당자, 많이 쓰는 법령, 사람별 매뉴얼 수를 보여 줍니다(사이트의 현황 페이지와 같은 숫자).\n" +
        "Manuals per institution and department, reviews due, missing tips and scaffold text, owners without a deputy, the laws most relied on and manuals per person (the same numbers as the site's status page).\n\n" +
        "종료 코드 / exit codes: 0 · 2 사용법 오류 usage error",
    )
    .option("--within <days>", "며칠 안에 오는 검토 기한을 '곧'으로 셀지 / days ahead that count as near due", "30")
    .option("--today <date>", "오늘 날짜 지정 (YYYY-MM-DD) / the date to treat as today")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["pretty", "json"]).default("pretty"))
    .action(async (options: { within: string; today?: string; format: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const withinDays = count(options.within, "--within");
      const root = findRoot(context.cwd);
      // The check loads only when the command runs (every command is registered at start-up).
      const { readStatusBoard } = await import("../../local/status-board.ts");
      const board = await readStatusBoard({ root, today: context.parseToday(options.today), withinDays });
      if (options.format === "json") {
        context.stdout.write(JSON.stringify(board, null, 2) + "\n");
        return;
      }
      const t = (id: MessageId, params: MessageParams = {}) => say(lang, id, params);
      const lines: string[] = [t("status.title", { today: board.today, total: board.total })];
      const block = (title: string, items: string[]) => lines.push("", title, ...(items.length ? items.map((i) => `  ${i}`) : [`  ${t("status.none")}`]));
      block(t("status.institutions"), board.institutions.map((i) => t("status.count", { name: i.name, count: i.manuals })));
      block(t("status.departments"), board.departments.map((d) => t("status.count", { name: d.name, count: d.manuals })));
      const named = (login: string) => board.names[login] ?? `@${login}`;
      const dueLine = (d: (typeof board.overdue)[number]) => t("status.due-line", { title: d.title ?? d.file, due: d.due, owner: d.owner ? named(d.owner) : "?", file: d.file });
      block(t("status.overdue", { count: board.overdue.length }), board.overdue.map(dueLine));
      block(t("status.near-due", { count: board.nearDue.length, within: board.withinDays }), board.nearDue.map(dueLine));
      const manualLine = (m: (typeof board.withoutTips)[number]) => t("status.manual-line", { title: m.title, owner: m.owner ? named(m.owner) : "?", file: m.file });
      block(t("status.without-tips", { count: board.withoutTips.length }), board.withoutTips.map(manualLine));
      block(t("status.scaffold", { count: board.scaffold.length }), board.scaffold.map(manualLine));
      block(t("status.no-deputy", { count: board.ownersWithoutDeputy.length }), board.ownersWithoutDeputy.map((o) => t("status.no-deputy-line", { person: named(o.login), count: o.manuals.length })));
      block(t("status.laws"), board.laws.map((l) => t("status.law-line", { name: l.name, count: l.manuals })));
      block(t("status.people"), board.people.map((p) => t("status.person-line", { ...p, person: named(p.login) })));
      context.stdout.write(lines.join("\n") + "\n");
    });
}
