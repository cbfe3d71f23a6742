// The writing guidance a new manual starts with, in one place: the scaffold writes it and the
// check's scaffold-placeholder rule recognises it, so a scaffold never passes the check as it is.
import type { Registry } from "../generated/registry.ts";

export interface GuidanceInput {
  title: string;
  department: string;
  laws: { law: string; article: string }[];
}

/** Starts every guidance line: a reader (and the rule) sees at once what is still to be written. */
export const PLACEHOLDER_MARK = "✎ 작성 안내:";

/** The fixed sentences of the guidance; the rule finds them even when the mark was deleted. */
export const GUIDANCE = {
  overview: "이 업무의 목적, 대상(누가 신청하는지), 처리기한과 근거를 두세 문장으로 적습니다.",
  process: [
    "접수 — 신청서와 구비서류를 확인하고 접수하는 방법을 적습니다.",
    "검토 — 확인할 요건과 관계기관 조회를 적습니다.",
    "결정 — 결재와 결과 통지 방법을 적습니다.",
    "사후관리 — 대장 기록 등 처리 뒤에 할 일을 적습니다.",
  ],
  law: "이 조항이 이 업무에서 정하는 내용을 한 줄로 적습니다.",
  organization: "연락처(내선 번호)를 적습니다.",
  tips: "후임자가 꼭 알아야 할 요령(자주 하는 실수, 바쁜 시기, 확인할 점, 문의할 곳)을 적습니다.",
  other: "이 섹션에 들어갈 내용을 적습니다.",
} as const;

export const placeholderSentences: readonly string[] = [GUIDANCE.overview, ...GUIDANCE.process, GUIDANCE.law, GUIDANCE.organization, GUIDANCE.tips, GUIDANCE.other];

const mark = (sentence: string) => `${PLACEHOLDER_MARK} ${sentence}`;

/** Each section's starting text, by section key; sections a district adds get a generic line. */
export function sectionGuidance(key: string, input: GuidanceInput, registry: Registry): string {
  const lawName = (law: string) => registry.laws[law]?.name ?? law;
  switch (key) {
    case "overview":
      return mark(`「${input.title}」: ${GUIDANCE.overview}`);
    case "process":
      return GUIDANCE.process.map((step, i) => `${i + 1}. ${mark(step)}`).join("\n");
    case "laws":
      return input.laws.map((l) => `- 「${lawName(l.law)}」 ${l.article}: ${mark(GUIDANCE.law)}`).join("\n");
    case "organizations":
      return ["| 기관 | 역할 | 연락처 |", "| --- | --- | --- |", `| ${registry.departments[input.department]?.name.ko ?? input.department} | 업무 담당 | ${mark(GUIDANCE.organization)} |`].join("\n");
    case "tips":
      return `- ${mark(GUIDANCE.tips)}`;
    case "materials":
      // Real content already: the official text of each law cited.
      return [...new Set(input.laws.map((l) => `- [「${lawName(l.law)}」 원문](${registry.laws[l.law]?.url ?? "https://www.law.go.kr/"})`))].join("\n");
    default:
      return mark(GUIDANCE.other);
  }
}

/** Whether a line still holds the scaffold's guidance. */
export function isPlaceholderLine(line: string): boolean {
  return line.includes(PLACEHOLDER_MARK) || placeholderSentences.some((sentence) => line.includes(sentence));
}
