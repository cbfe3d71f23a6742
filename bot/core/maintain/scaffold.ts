// A new manual that already passes the check: front matter from the given answers, the six
// sections from the sections schema with writing guidance, the laws cited and linked.
import type { Registry } from "../generated/registry.ts";
import type { SectionsSpec } from "../sections-spec.ts";

export interface ScaffoldInput {
  id: string;
  title: string;
  institution: string;
  department: string;
  owner: string;
  deputy?: string;
  laws: { law: string; article: string }[];
  today: string;
  reviewCycleMonths?: number;
}

/** Writing guidance per section key; sections a district adds get a generic line. */
const guidance: Record<string, (input: ScaffoldInput, registry: Registry) => string> = {
  overview: (i) => `${i.title} 업무의 목적, 대상(누가 신청하는지), 처리기한과 근거를 두세 문장으로 적습니다. 예: 이 업무는 … 을 위해 … 이 신청하면 … 일 이내에 처리한다.`,
  process: () => ["1. 접수: 신청서와 구비서류를 확인하고 행정시스템에 접수합니다.", "2. 검토: 요건을 확인하고 필요하면 관계기관에 조회합니다.", "3. 결정: 결재 후 신청인에게 결과를 통지합니다.", "4. 사후관리: 처리 결과를 대장에 기록합니다."].join("\n"),
  laws: (i, r) => i.laws.map((l) => `- 「${r.laws[l.law]?.name ?? l.law}」 ${l.article}: 이 조항이 이 업무에서 정하는 내용을 한 줄로 적습니다.`).join("\n"),
  organizations: (i, r) => ["| 기관 | 역할 | 연락처 |", "| --- | --- | --- |", `| ${r.departments[i.department]?.name.ko ?? i.department} | 업무 담당 | 내선 번호를 적습니다 |`].join("\n"),
  tips: () => "- 후임자가 꼭 알아야 할 요령(자주 하는 실수, 바쁜 시기, 확인할 점, 문의할 곳)을 적습니다.",
  materials: (i, r) => i.laws.map((l) => `- [「${r.laws[l.law]?.name ?? l.law}」 원문](${r.laws[l.law]?.url ?? "https://www.law.go.kr/"})`).filter((line, index, all) => all.indexOf(line) === index).join("\n"),
};

function yamlString(value: string): string {
  return /^[\p{L}\p{N} _.·()-]+$/u.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value);
}

export function scaffoldManual(input: ScaffoldInput, spec: SectionsSpec, registry: Registry): { path: string; text: string } {
  const lines = [
    "---",
    `id: ${input.id}`,
    `title: ${yamlString(input.title)}`,
    `institution: ${input.institution}`,
    `department: ${input.department}`,
    `owner: ${input.owner}`,
    ...(input.deputy ? [`deputy: ${input.deputy}`] : []),
    "laws:",
    ...input.laws.flatMap((l) => [`  - law: ${l.law}`, `    article: "${l.article}"`, `    version: ${registry.laws[l.law]?.effective ?? input.today}`]),
    `review_cycle_months: ${input.reviewCycleMonths ?? 12}`,
    `last_reviewed: ${input.today}`,
    "tags: []",
    "---",
  ];
  for (const section of spec.sections) {
    const body = guidance[section.key]?.(input, registry) ?? `${section.title.ko}에 들어갈 내용을 적습니다.`;
    lines.push("", `${"#".repeat(spec.level)} ${section.title.ko}`, "", body);
  }
  return { path: `manuals/${input.institution}/${input.department}/${input.id}.md`, text: lines.join("\n") + "\n" };
}
