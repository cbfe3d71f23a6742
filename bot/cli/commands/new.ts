// `manuals new`: scaffolds a manual at the right path, with writing guidance the check reports
// until it is replaced. Asks on a terminal (proposing an id from the Korean title); takes flags
// otherwise (and in scripts). Every answer is checked against the same forms the check uses.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import type { Language } from "../../core/findings.ts";
import { frontMatterForms, type FrontMatterForms } from "../../core/front-matter-forms.ts";
import { proposeId, scaffoldManual, type ScaffoldInput } from "../../core/new-manual/scaffold.ts";
import { UsageError } from "../../core/messages/message-error.ts";
import { say } from "../../core/messages/text.ts";
import type { Registry } from "../../core/registry.ts";
import { sectionsSpec } from "../../core/sections-spec.ts";
import type { IdIndex } from "../../core/validate/repository-rules/unique-ids.ts";
import { readIdIndex } from "../../local/id-index.ts";
import { localRegistry } from "../../local/registry.ts";
import { findRoot, listRepository } from "../../local/repository.ts";
import type { CliContext } from "../cli-context.ts";
import { article as checkedArticle, ARTICLE, articleHint, count, unknownDepartment, unknownLaw } from "../option-values.ts";

interface NewOptions {
  id?: string;
  title?: string;
  department?: string;
  owner?: string;
  deputy?: string;
  law: string[];
  tag: string[];
  reviewCycle: string;
  today?: string;
  dryRun?: boolean;
}

/** What is wrong with an id, or undefined: the schema's form first, then whether a manual already has it. */
function idProblem(id: string, forms: FrontMatterForms, ids: IdIndex, title?: string): UsageError | undefined {
  const proposal = title ? proposeId(title, forms.idMaxLength) : "";
  if (!forms.id.test(id) || id.length > forms.idMaxLength) {
    return new UsageError("cli.bad-id", { value: id, max: forms.idMaxLength, example: proposal && forms.id.test(proposal) ? proposal : forms.idExample });
  }
  const holders = ids.get(id);
  if (holders?.length) {
    // Another proposal: the same words with the first free number.
    let n = 2;
    while (ids.has(`${id}-${n}`)) n++;
    return new UsageError("cli.id-exists", { id, files: holders.map((h) => h.file).join(", "), proposal: `${id}-${n}` });
  }
  return undefined;
}

function loginProblem(value: string, option: string, forms: FrontMatterForms): UsageError | undefined {
  return forms.login.test(value) ? undefined : new UsageError("cli.bad-login", { option, value });
}

function lawOf(spec: string, registry: Registry): { law: string; article: string } {
  const at = spec.indexOf(":");
  if (at < 0) throw new UsageError("cli.bad-law-spec", { option: "--law", value: spec });
  const law = spec.slice(0, at).trim();
  if (!registry.laws[law]) throw unknownLaw(law, Object.keys(registry.laws));
  return { law, article: checkedArticle(spec.slice(at + 1).replace(/\s+/g, ""), "--law") };
}

const tagsOf = (values: string[]) => [...new Set(values.flatMap((v) => v.split(/[,，、]/)).map((t) => t.trim()).filter(Boolean))];

async function ask(options: NewOptions, registry: Registry, lang: Language, forms: FrontMatterForms, ids: IdIndex): Promise<NewOptions> {
  const { confirm, input, select } = await import("@inquirer/prompts");
  const t = (id: Parameters<typeof say>[1], params: Parameters<typeof say>[2] = {}) => say(lang, id, params);
  const answers = { ...options };
  answers.title ??= (await input({ message: t("new.ask-title"), validate: (v) => v.trim().length >= 2 || t("new.title-short") })).trim();
  answers.id ??= await input({ message: t("new.ask-id"), default: proposeId(answers.title, forms.idMaxLength), validate: (v) => idProblem(v, forms, ids, answers.title)?.text(lang) ?? true });
  answers.department ??= await select({ message: t("new.ask-department"), choices: Object.entries(registry.departments).map(([key, d]) => ({ name: `${d.name.ko} (${key})`, value: key })) });
  answers.owner ??= await input({ message: t("new.ask-owner"), validate: (v) => loginProblem(v, "owner", forms)?.text(lang) ?? true });
  answers.deputy ??=
    (await input({
      message: t("new.ask-deputy"),
      validate: (v) => !v || (v.toLowerCase() === answers.owner!.toLowerCase() ? t("cli.same-person", { login: v }) : (loginProblem(v, "deputy", forms)?.text(lang) ?? true)),
    })) || undefined;
  if (answers.law.length === 0) {
    const laws = Object.entries(registry.laws).map(([key, l]) => ({ name: `${l.name} (${key})`, value: key }));
    do {
      const law = await select({ message: t("new.ask-law"), choices: laws });
      const article = await input({
        message: t("new.ask-article", { name: registry.laws[law]!.name }),
        validate: (v) => ARTICLE.test(v.replace(/\s+/g, "")) || new UsageError("cli.bad-article", { option: "", value: v, hint: articleHint(v) ?? "" }).text(lang),
      });
      answers.law = [...answers.law, `${law}:${article.replace(/\s+/g, "")}`];
    } while (await confirm({ message: t("new.ask-more-laws"), default: false }));
  }
  if (answers.tag.length === 0) answers.tag = tagsOf([await input({ message: t("new.ask-tags") })]);
  return answers;
}

export function registerNew(program: Command, context: CliContext): void {
  program
    .command("new")
    .summary("새 매뉴얼 만들기 / scaffold a new manual")
    .description(
      "새 매뉴얼 파일을 알맞은 위치(manuals/<기관>/<부서>/<id>.md)에 만듭니다. 터미널에서는 하나씩 묻고(제목에서 id를 제안합니다), 그 밖에는 옵션을 씁니다.\n" +
        "각 섹션의 안내 문장(✎ 작성 안내)을 실제 내용으로 바꿀 때까지 검사를 통과하지 않습니다.\n" +
        "Creates a manual at manuals/<institution>/<department>/<id>.md. Asks on a terminal (proposing an id from the title); takes options otherwise.\n" +
        "The check fails until each section's guidance (✎ 작성 안내) is replaced with the real content.\n\n" +
        '예 / example: manuals new --title "야간 소음 민원 처리" --department environment --owner kim-minsu --deputy lee-jiyoung --law noise-vibration-act:제21조 --tag 소음',
    )
    .option("--id <id>", "매뉴얼 id (없으면 제목에서 만듦) / manual id (default: romanised from the title)")
    .option("--title <title>", "업무 이름 / task title")
    .option("--department <key>", "부서 키 / department key")
    .option("--owner <login>", "담당자 / owner's GitHub login")
    .option("--deputy <login>", "대리자 / deputy's GitHub login")
    .option("--law <key:article>", "근거 법령, 여러 번 가능 (예: resident-registration-act:제16조) / law and article, repeatable", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--tag <tag>", "검색어, 여러 번 가능 / search keyword, repeatable", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--review-cycle <months>", "검토 주기(개월) / review cycle in months", "12")
    .option("--today <date>", "오늘 날짜 (YYYY-MM-DD) / the date to use as last_reviewed")
    .option("--dry-run", "파일을 만들지 않고 출력만 / print instead of writing")
    .action(async (options: NewOptions, command: Command) => {
      const lang = command.optsWithGlobals().lang as Language;
      const root = findRoot(context.cwd);
      const { registry, validators } = localRegistry(root);
      const forms = frontMatterForms(validators.frontMatter.schema);
      const ids = readIdIndex(root, listRepository(root).manuals);
      const complete = options.title && options.department && options.owner && options.law.length > 0;
      const answers = complete || !context.stdinIsTTY ? options : await ask(options, registry, lang, forms, ids);
      const missing = (["title", "department", "owner"] as const).filter((k) => !answers[k]).map((k) => `--${k}`);
      if (answers.law.length === 0) missing.push("--law");
      if (missing.length) throw new UsageError("cli.missing-options", { options: missing.join(", "), command: "new" });
      const id = answers.id ?? proposeId(answers.title!, forms.idMaxLength);
      const problem = idProblem(id, forms, ids, answers.title);
      if (problem) throw problem;
      const department = registry.departments[answers.department!];
      if (!department) throw unknownDepartment(answers.department!, Object.keys(registry.departments));
      for (const [option, value] of [["--owner", answers.owner], ["--deputy", answers.deputy]] as const) if (value !== undefined) { const bad = loginProblem(value, option, forms); if (bad) throw bad; }
      if (answers.deputy && answers.deputy.toLowerCase() === answers.owner!.toLowerCase()) throw new UsageError("cli.same-person", { login: answers.deputy });
      const laws = answers.law.map((spec) => lawOf(spec, registry));
      const cycle = count(answers.reviewCycle, "--review-cycle");
      const { min, max } = forms.reviewCycle;
      if (cycle < min || cycle > max) throw new UsageError("cli.out-of-range", { option: "--review-cycle", value: answers.reviewCycle, min, max });
      const input: ScaffoldInput = {
        id,
        title: answers.title!.trim(),
        institution: department.institution,
        department: answers.department!,
        owner: answers.owner!,
        ...(answers.deputy ? { deputy: answers.deputy } : {}),
        laws,
        tags: tagsOf(answers.tag),
        today: context.parseToday(answers.today),
        reviewCycleMonths: cycle,
      };
      const { path, text } = scaffoldManual(input, sectionsSpec(validators.sectionsSchema), registry);
      if (answers.dryRun) {
        context.stdout.write(text);
        return;
      }
      const full = join(root, path);
      if (existsSync(full)) throw new UsageError("cli.file-exists", { path });
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      context.stdout.write(say(lang, "new.created", { path }) + "\n");
    });
}
