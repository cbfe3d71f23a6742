// `manuals handover --from <login> --to <login>`: a staff transfer. Reassigns owner/deputy and
// prints the checklist the successor works through: manuals, laws, review dates, tips.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { reassign } from "../../core/maintain/handover.ts";
import { text } from "../../core/messages/text.ts";
import { decodeManual } from "../../core/parse/decode.ts";
import { addMonths } from "../../core/maintain/review-due.ts";
import { parseManual } from "../../core/parse/parse-manual.ts";
import { sectionsByKey, sectionsSpec } from "../../core/sections-spec.ts";
import type { CliContext } from "../cli-context.ts";
import { cliText } from "../cli-messages.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { UsageError } from "../usage-error.ts";

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function registerHandover(program: Command, context: CliContext): void {
  program
    .command("handover")
    .summary("인사이동 인수인계 / hand manuals over on a staff transfer")
    .description(
      "전보·휴직 때 담당자(owner)와 대리자(deputy)를 바꾸고 인수인계 점검표를 출력합니다. 파일의 다른 부분은 한 바이트도 바꾸지 않습니다.\n" +
        "Reassigns owner/deputy on a staff transfer and prints a handover checklist; the rest of each file is left byte for byte.\n\n" +
        "종료 코드 / exit codes: 0 · 1 바꿀 매뉴얼 없음 nothing to hand over · 2 사용법 오류 usage error",
    )
    .requiredOption("--from <login>", "떠나는 사람의 GitHub 로그인 / the leaving person's login")
    .requiredOption("--to <login>", "이어받는 사람의 GitHub 로그인 / the successor's login")
    .option("--department <key>", "이 부서의 매뉴얼만 / only this department's manuals")
    .option("--dry-run", "파일을 바꾸지 않고 점검표만 / print the checklist without changing files")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["markdown", "json"]).default("markdown"))
    .action((options: { from: string; to: string; department?: string; dryRun?: boolean; format: string }, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      for (const login of [options.from, options.to]) if (!LOGIN.test(login)) throw new UsageError("cli.bad-option", { detail: `${login}: GitHub login` });
      if (options.from.toLowerCase() === options.to.toLowerCase()) throw new UsageError("cli.bad-option", { detail: "--from = --to" });
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      if (options.department && !registry.departments[options.department]) throw new UsageError("cli.bad-option", { detail: `--department ${options.department}` });
      const spec = sectionsSpec(validators.sectionsSchema);
      const items = [];
      for (const manual of readManualIndex(root)) {
        if (options.department && manual.department?.value !== options.department) continue;
        const path = join(root, manual.file);
        const bytes = readFileSync(path);
        const before = bytes.toString("utf8");
        const result = reassign(before, options.from, options.to);
        if (result.changed.length === 0) continue;
        // Text that is not valid UTF-8 would be written back with replacement characters: leave such files alone.
        const decoded = decodeManual(bytes);
        if (!decoded.ok) {
          context.stderr.write(`manuals: ${cliText(lang, "handover.skipped", { file: manual.file, detail: text(decoded.message, decoded.params)[lang] })}\n`);
          continue;
        }
        if (!options.dryRun) writeFileSync(path, result.text);
        const document = parseManual(manual.file, before, { sectionLevel: spec.level }).document;
        const tips = document ? sectionsByKey(spec, document).get("tips")?.text ?? "" : "";
        items.push({
          file: manual.file,
          title: manual.title ?? manual.id?.value ?? manual.file,
          roles: result.changed,
          deputyIsOwner: result.deputyIsOwner,
          laws: manual.laws.map((l) => ({ name: registry.laws[l.law]?.name ?? l.law, article: l.article, version: l.version, current: registry.laws[l.law]?.effective ?? null })),
          lastReviewed: manual.lastReviewed?.value ?? null,
          due: manual.lastReviewed && manual.reviewCycleMonths ? addMonths(manual.lastReviewed.value, manual.reviewCycleMonths) : null,
          tips,
        });
      }
      if (options.format === "json") {
        context.stdout.write(JSON.stringify({ from: options.from, to: options.to, dryRun: !!options.dryRun, manuals: items }, null, 2) + "\n");
      } else {
        const ko = lang === "ko";
        const out = [`# ${ko ? "인수인계 점검표" : "Handover checklist"}: @${options.from} → @${options.to}${options.dryRun ? (ko ? " (미리보기)" : " (dry run)") : ""}`, ""];
        if (items.length === 0) out.push(ko ? `@${options.from}이(가) 담당하거나 대리하는 매뉴얼이 없습니다.` : `@${options.from} owns or deputises no manuals.`);
        for (const item of items) {
          out.push(`## ${item.title}`, "", `- [ ] ${ko ? "파일" : "File"}: \`${item.file}\` (${item.roles.map((r) => (ko ? (r === "owner" ? "담당자" : "대리자") : r)).join(", ")})`);
          if (item.deputyIsOwner) out.push(`- [ ] ⚠ ${ko ? "새 담당자가 대리자와 같습니다. 다른 대리자를 지정하세요." : "The new owner is also the deputy; name another deputy."}`);
          for (const law of item.laws) out.push(`- [ ] 「${law.name}」 ${law.article} (${ko ? "매뉴얼 기준" : "manual follows"} ${law.version}${law.current && law.current !== law.version ? `, ${ko ? "현행" : "current"} ${law.current} ⚠` : ""})`);
          out.push(`- [ ] ${ko ? "마지막 검토" : "Last reviewed"} ${item.lastReviewed ?? "?"}, ${ko ? "다음 검토 기한" : "next review due"} ${item.due ?? "?"}`);
          out.push(`- [ ] ${ko ? "업무 팁을 읽고 전임자와 함께 확인하기" : "Read the tips with the predecessor"}:`, "", ...item.tips.split("\n").map((l) => (l ? `  > ${l}` : "  >")), "");
        }
        context.stdout.write(out.join("\n") + "\n");
      }
      context.exitCode = items.length ? 0 : 1;
    });
}
