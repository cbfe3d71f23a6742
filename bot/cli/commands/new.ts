// `manuals new`: scaffolds a manual that already passes the check, at the right path. Asks on a
// terminal; takes flags otherwise (and in scripts).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { scaffoldManual, type ScaffoldInput } from "../../core/maintain/scaffold.ts";
import { sectionsSpec } from "../../core/sections-spec.ts";
import type { Registry } from "../../core/registry.ts";
import type { CliContext } from "../cli-context.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot } from "../../local/repository.ts";
import { UsageError } from "../usage-error.ts";

interface NewOptions {
  id?: string;
  title?: string;
  department?: string;
  owner?: string;
  deputy?: string;
  law: string[];
  reviewCycle: string;
  today?: string;
  dryRun?: boolean;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ARTICLE = /^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$/;

async function ask(options: NewOptions, registry: Registry, lang: Language): Promise<NewOptions> {
  const { input, select } = await import("@inquirer/prompts");
  const ko = lang === "ko";
  const departments = Object.entries(registry.departments).map(([key, d]) => ({ name: `${d.name.ko} (${key})`, value: key }));
  const laws = Object.entries(registry.laws).map(([key, l]) => ({ name: `${l.name} (${key})`, value: key }));
  const answers = { ...options };
  answers.title ??= await input({ message: ko ? "업무 이름" : "Task title", validate: (v) => v.trim().length >= 2 });
  answers.id ??= await input({ message: ko ? "id (영문 소문자와 -)" : "id (lowercase and -)", validate: (v) => ID.test(v) });
  answers.department ??= await select({ message: ko ? "부서" : "Department", choices: departments });
  answers.owner ??= await input({ message: ko ? "담당자 GitHub 로그인" : "Owner's GitHub login", validate: (v) => v.length > 0 });
  if (answers.law.length === 0) {
    const law = await select({ message: ko ? "근거 법령" : "Law", choices: laws });
    const article = await input({ message: ko ? "조문 (예: 제16조)" : "Article (e.g. 제16조)", validate: (v) => ARTICLE.test(v) });
    answers.law = [`${law}:${article}`];
  }
  return answers;
}

export function registerNew(program: Command, context: CliContext): void {
  program
    .command("new")
    .summary("새 매뉴얼 만들기 / scaffold a new manual")
    .description(
      "스키마에 맞는 새 매뉴얼 파일을 알맞은 위치(manuals/<기관>/<부서>/<id>.md)에 만듭니다. 터미널에서는 물어보고, 그 밖에는 옵션을 씁니다.\n" +
        "Creates a manual that passes the check, at manuals/<institution>/<department>/<id>.md. Asks on a terminal; takes options otherwise.\n\n" +
        "예 / example: manuals new --id noise-complaint --title \"소음 민원 처리\" --department environment --owner kim-minsu --law noise-vibration-act:제21조",
    )
    .option("--id <id>", "매뉴얼 id / manual id")
    .option("--title <title>", "업무 이름 / task title")
    .option("--department <key>", "부서 키 / department key")
    .option("--owner <login>", "담당자 / owner's GitHub login")
    .option("--deputy <login>", "대리자 / deputy's GitHub login")
    .option("--law <key:article>", "근거 법령, 여러 번 가능 (예: resident-registration-act:제16조) / law and article, repeatable", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--review-cycle <months>", "검토 주기(개월) / review cycle in months", "12")
    .option("--today <date>", "오늘 날짜 (YYYY-MM-DD) / the date to use as last_reviewed")
    .option("--dry-run", "파일을 만들지 않고 출력만 / print instead of writing")
    .action(async (options: NewOptions, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      const complete = options.id && options.title && options.department && options.owner && options.law.length > 0;
      const answers = complete || !context.stdinIsTTY ? options : await ask(options, registry, lang);
      const missing = (["id", "title", "department", "owner"] as const).filter((k) => !answers[k]);
      if (missing.length || answers.law.length === 0) throw new UsageError("cli.bad-option", { detail: `missing --${[...missing, ...(answers.law.length ? [] : ["law"])].join(", --")}` });
      if (!ID.test(answers.id!)) throw new UsageError("cli.bad-option", { detail: `--id ${answers.id}: lowercase letters, digits and -` });
      const department = registry.departments[answers.department!];
      if (!department) throw new UsageError("cli.bad-option", { detail: `--department ${answers.department}: ${Object.keys(registry.departments).join(", ")}` });
      const laws = answers.law.map((spec) => {
        const [law = "", article = ""] = spec.split(":");
        if (!registry.laws[law]) throw new UsageError("cli.bad-option", { detail: `--law ${spec}: unknown law key` });
        if (!ARTICLE.test(article)) throw new UsageError("cli.bad-option", { detail: `--law ${spec}: article like 제16조` });
        return { law, article };
      });
      const cycle = Number(answers.reviewCycle);
      if (!Number.isInteger(cycle) || cycle < 1 || cycle > 36) throw new UsageError("cli.bad-option", { detail: `--review-cycle ${answers.reviewCycle}` });
      const input: ScaffoldInput = {
        id: answers.id!,
        title: answers.title!,
        institution: department.institution,
        department: answers.department!,
        owner: answers.owner!,
        ...(answers.deputy ? { deputy: answers.deputy } : {}),
        laws,
        today: context.parseToday(answers.today),
        reviewCycleMonths: cycle,
      };
      const { path, text } = scaffoldManual(input, sectionsSpec(validators.sectionsSchema), registry);
      if (answers.dryRun) {
        context.stdout.write(text);
        return;
      }
      const full = join(root, path);
      if (existsSync(full)) throw new UsageError("cli.bad-option", { detail: `${path} already exists / 이미 있습니다` });
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      context.stdout.write((lang === "ko" ? `만들었습니다: ${path}\n각 섹션의 안내 문장을 실제 내용으로 바꾼 뒤 'npx manuals check ${path}'로 확인하세요.` : `Created ${path}\nReplace each section's guidance with the real content, then run 'npx manuals check ${path}'.`) + "\n");
    });
}
