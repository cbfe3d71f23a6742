// One issue per department listing its manuals past or near their review date. The body holds no
// "days left" count, only dates, so it changes when the list changes and not every day.
import type { DueManual } from "../../core/schedule/review-due.ts";
import type { Registry } from "../../core/generated/registry.ts";
import { assigneesOf, type DesiredIssue } from "../issues/desired-issue.ts";

export const DUE_KIND = "due";
export const DUE_LABEL = "검토기한";
export const DEPARTMENT_LABEL_PREFIX = "부서:";

export const DUE_CLOSING_COMMENT = "검토 기한이 된 매뉴얼이 더 이상 없어 이 이슈를 닫습니다. 다시 기한이 돌아오면 이 이슈가 다시 열립니다.\n\nNo manuals of this department are due for review any more, so this issue is closed. It reopens when one falls due again.";

export function dueIssues(params: { due: readonly DueManual[]; registry: Registry; within: number; link: (path: string) => string; departmentPrefix?: string }): DesiredIssue[] {
  const byDepartment = new Map<string, DueManual[]>();
  for (const manual of params.due) byDepartment.set(manual.department, [...(byDepartment.get(manual.department) ?? []), manual]);
  return [...byDepartment].map(([department, manuals]) => {
    const name = params.registry.departments[department]?.name.ko ?? department;
    const overdue = manuals.filter((m) => m.overdue).length;
    const lines = [
      `## ${name}: 검토할 업무매뉴얼 ${manuals.length}건`,
      "",
      `검토 기한(마지막 검토일 + 검토 주기)이 지났거나 ${params.within}일 안에 돌아오는 매뉴얼입니다${overdue ? ` (기한 지남 ${overdue}건)` : ""}. 담당자는 내용을 현행 법령·업무와 맞춰 보고, 고칠 것이 없더라도 front matter의 \`last_reviewed\`를 검토한 날짜로 바꿔 풀 리퀘스트를 올려 주세요. 병합되면 다음 실행 때 목록에서 빠지고, 모두 빠지면 이 이슈는 저절로 닫힙니다.`,
      "",
      ...manuals.map((m) => {
        const who = m.owner ? `@${m.owner}` : "담당자 없음";
        return `- [ ] ${m.overdue ? "⚠ " : ""}[${m.title ?? m.id ?? m.file}](${params.link(m.file)}) — 기한 ${m.due}${m.overdue ? " **지남**" : ""} (마지막 검토 ${m.lastReviewed}), 담당 ${who}${m.deputy ? `, 대리 @${m.deputy}` : ""}`;
      }),
      "",
      "<details><summary>English</summary>",
      "",
      `Manuals of ${params.registry.departments[department]?.name.en ?? department} past their review date or due within ${params.within} days. Owners: check the manual, set \`last_reviewed\` to the review date and open a pull request. Merged reviews drop off this list; the issue closes itself when none are left.`,
      "",
      "</details>",
      "",
      "_이 이슈는 예약 작업(`manuals remind due`)이 관리합니다. 본문을 고쳐도 다음 실행 때 다시 쓰입니다. 의견은 댓글로 남겨 주세요._",
    ];
    return {
      key: department,
      title: `[검토기한] ${name} 업무매뉴얼 ${manuals.length}건 검토 필요`,
      body: lines.join("\n"),
      labels: [DUE_LABEL, `${params.departmentPrefix ?? DEPARTMENT_LABEL_PREFIX}${department}`],
      assignees: assigneesOf(manuals.map((m) => m.owner ?? m.deputy)),
    };
  });
}
