// `manuals handover --from <login> --to <login>`: a staff transfer. Reassigns owner/deputy and
// prints the checklist the successor works through: manuals, laws, review dates, tips.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Option, type Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { reassign } from "../../core/handover/reassign.ts";
import { frontMatterForms } from "../../core/front-matter-forms.ts";
import { UsageError } from "../../core/messages/message-error.ts";
import { say, text } from "../../core/messages/text.ts";
import { decodeManual } from "../../core/parse/decode.ts";
import { personLabel, personName, personText } from "../../core/people/person-label.ts";
import { addMonths } from "../../core/schedule/review-due.ts";
import { sectionsByKey, sectionsSpec } from "../../core/sections-spec.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot } from "../../local/repository.ts";
import { readManualIndex } from "../../local/manual-index.ts";
import { unknownDepartment } from "../option-values.ts";

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
    .option("--packet <file.pdf>", "떠나는 사람의 매뉴얼과 점검표를 PDF 한 권으로 / also write the leaving person's manuals and the checklist as one PDF")
    .addOption(new Option("-f, --format <format>", "출력 형식 / output format").choices(["markdown", "json"]).default("markdown"))
    .action(async (options: { from: string; to: string; department?: string; dryRun?: boolean; packet?: string; format: string }, command: Command) => {
      // The Markdown parser (markdownlint and micromark) is loaded only when the command runs.
      const { parseManual } = await import("../../core/parse/parse-manual.ts");
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      // The schema's own login form: a successor the check would reject is refused before any file changes.
      const { login } = frontMatterForms(validators.frontMatter.schema);
      for (const [option, value] of [["--from", options.from], ["--to", options.to]] as const) if (!login.test(value)) throw new UsageError("cli.bad-login", { option, value });
      if (options.from.toLowerCase() === options.to.toLowerCase()) throw new UsageError("cli.same-person", { login: options.from });
      if (options.department && !registry.departments[options.department]) throw unknownDepartment(options.department, Object.keys(registry.departments));
      const spec = sectionsSpec(validators.sectionsSchema);
      const person = (login: string) => personLabel(registry.people, login);
      const from = person(options.from);
      const to = person(options.to);
      // Who holds each role once the handover is done: the successor where the leaver was.
      const after = (login: string | undefined) => (login === undefined ? null : person(login.toLowerCase() === options.from.toLowerCase() ? options.to : login));
      const index = readManualIndex(root);
      // The packet shows the manuals as approved, so they are read before any file changes.
      const leaving = options.from.toLowerCase();
      const isLeaving = (v?: { value: string }) => v?.value.toLowerCase() === leaving;
      const candidates = new Set(index.filter((m) => (isLeaving(m.owner) || isLeaving(m.deputy)) && (!options.department || m.department?.value === options.department)).map((m) => m.file));
      // The packet's reader and printer (the parser, Chromium) load only when a packet is asked for.
      const book = options.packet ? { ...(await import("../../local/book/book-manuals.ts")), ...(await import("../../local/book/print-packet.ts")) } : null;
      const packetManuals = book ? book.readBookManuals(root, lang, (file) => candidates.has(file)).manuals : [];
      const items = [];
      for (const manual of index) {
        if (options.department && manual.department?.value !== options.department) continue;
        const path = join(root, manual.file);
        const bytes = readFileSync(path);
        const before = bytes.toString("utf8");
        const result = reassign(before, options.from, options.to);
        if (result.problem) {
          context.stderr.write(`manuals: ${say(lang, "handover.skipped", { file: manual.file, detail: result.problem })}\n`);
          continue;
        }
        if (result.changed.length === 0) continue;
        // Text that is not valid UTF-8 would be written back with replacement characters: leave such files alone.
        const decoded = decodeManual(bytes);
        if (!decoded.ok) {
          context.stderr.write(`manuals: ${say(lang, "handover.skipped", { file: manual.file, detail: text(decoded.message, decoded.params) })}\n`);
          continue;
        }
        if (!options.dryRun) writeFileSync(path, result.text);
        const document = parseManual(manual.file, before, { sectionLevel: spec.level }).document;
        const tips = document ? sectionsByKey(spec, document).get("tips")?.text ?? "" : "";
        items.push({
          file: manual.file,
          title: manual.title ?? manual.id?.value ?? manual.file,
          roles: result.changed,
          owner: after(manual.owner?.value),
          deputy: after(manual.deputy?.value),
          deputyIsOwner: result.deputyIsOwner,
          laws: manual.laws.map((l) => ({ name: registry.laws[l.law]?.name ?? l.law, article: l.article, version: l.version, current: registry.laws[l.law]?.effective ?? null })),
          lastReviewed: manual.lastReviewed?.value ?? null,
          due: manual.lastReviewed && manual.reviewCycleMonths ? addMonths(manual.lastReviewed.value, manual.reviewCycleMonths) : null,
          tips,
        });
      }
      const checklist: string[] = [];
      if (options.format === "json") {
        context.stdout.write(JSON.stringify({ from: options.from, to: options.to, fromPerson: from, toPerson: to, dryRun: !!options.dryRun, manuals: items }, null, 2) + "\n");
      }
      {
        const t = (id: Parameters<typeof say>[1], params: Parameters<typeof say>[2] = {}) => say(lang, id, params);
        const out = [`# ${t("handover.title", { from: personName(from), to: personName(to) })}${options.dryRun ? t("handover.dry-run") : ""}`, ""];
        out.push(`- ${t("handover.from-person", { person: personText(from) })}`, `- ${t("handover.to-person", { person: personText(to) })}`);
        if (!to.known && items.length) out.push(`- [ ] ${t("handover.add-to-people", { login: to.login })}`);
        out.push("");
        if (items.length === 0) out.push(t("handover.none", { from: from.known ? from.name : `@${from.login}` }));
        for (const item of items) {
          out.push(`## ${item.title}`, "", `- [ ] ${t("handover.file", { file: item.file, roles: item.roles.map((r) => t(r === "owner" ? "handover.role-owner" : "handover.role-deputy")).join(", ") })}`);
          out.push(`- ${t("handover.contacts", { owner: item.owner ? personText(item.owner) : "?", deputy: item.deputy ? personText(item.deputy) : t("handover.no-deputy") })}`);
          if (item.deputyIsOwner) out.push(`- [ ] ${t("handover.deputy-is-owner")}`);
          for (const law of item.laws) out.push(`- [ ] ${t("handover.law", { name: law.name, article: law.article, version: law.version, current: law.current && law.current !== law.version ? law.current : "" })}`);
          out.push(`- [ ] ${t("handover.review", { last: item.lastReviewed ?? "?", due: item.due ?? "?" })}`);
          out.push(`- [ ] ${t("handover.tips")}:`, "", ...item.tips.split("\n").map((l) => (l ? `  > ${l}` : "  >")), "");
        }
        checklist.push(...out);
        if (options.format !== "json") context.stdout.write(out.join("\n") + "\n");
      }
      if (book && options.packet && items.length) {
        const handedOver = new Set(items.map((i) => i.file));
        await book.printPacket(resolve(context.cwd, options.packet), {
          from: options.from,
          to: options.to,
          checklist: checklist.join("\n"),
          manuals: packetManuals.filter((m) => handedOver.has(m.file)),
          builtOn: context.parseToday(undefined),
          lang,
        });
      }
      context.exitCode = items.length ? 0 : 1;
    });
}
