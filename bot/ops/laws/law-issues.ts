// One issue per amended law: what changed, and as a checklist the registry entry and every manual
// citing the law. Items tick themselves as the repository catches up (the registry's effective
// date, each manual's cited version), and the issue closes when nothing is left.
import type { Registry } from "../../core/generated/registry.ts";
import { assigneesOf, type DesiredIssue } from "../issues/desired-issue.ts";
import { targetEffective, type LawStatus } from "./amendments.ts";
import { baseArticle, type CitingManual } from "../../core/laws/citing-manuals.ts";

export const LAW_KIND = "law";
export const LAW_LABEL = "법령개정";

export const LAW_CLOSING_COMMENT =
  "등록부(laws.yml)와 이 법령을 인용하는 모든 매뉴얼이 현행 시행일에 맞춰져 이 이슈를 닫습니다.\n\nThe registry (laws.yml) and every manual citing this law now follow the current version, so this issue is closed.";

export interface LawIssueInput {
  status: LawStatus;
  citing: readonly CitingManual[];
  registry: Registry;
  today: string;
  link: (path: string) => string;
  /** Assigned while the registry entry still needs updating (the bot config's admin users). */
  admins?: readonly string[];
}

/** The issue for one law, or null when the registry and all citing manuals are up to date. */
export function lawIssue(input: LawIssueInput): DesiredIssue | null {
  const { status, registry } = input;
  if (status.state === "not-found") return null;
  const effective = targetEffective(status);
  const registryDone = status.law.effective >= effective;
  const pending = input.citing.filter((m) => m.cites.some((c) => c.version < effective));
  if (registryDone && pending.length === 0) return null;

  const changed = new Set(status.detail?.changedArticles ?? []);
  const found = status.found;
  const upcoming = effective > input.today;
  const lines = [
    `## 「${status.law.name}」 ${upcoming ? `개정 — ${effective} 시행 예정` : `개정 — ${effective} 시행`}`,
    "",
    "| 항목 | 내용 |",
    "| --- | --- |",
    `| 법령 | [${status.law.name}](${status.law.url})${status.law.kind ? ` (${status.law.kind})` : ""} |`,
    `| 시행일 | 등록부(laws.yml) ${status.law.effective}${registryDone ? "" : ` → ${upcoming ? "시행 예정" : "현행"} ${effective}`} |`,
    ...(found ? [`| 공포 | ${found.promulgated ?? "?"}${found.number ? `, 제${found.number}호` : ""}${found.amendment ? ` (${found.amendment})` : ""} |`] : []),
    ...(status.detail ? [`| 이번 개정에서 바뀐 조문 | ${changed.size ? [...changed].join(", ") : "없음(조문 외 개정)"} |`] : []),
    "",
    "### 할 일",
    "",
    `- [${registryDone ? "x" : " "}] 등록부 \`manuals/laws.yml\`의 \`${status.key}\` 시행일(effective)을 ${effective}로 고치기 — 관리자 (예약 작업의 \`--write\`가 풀 리퀘스트를 엽니다)`,
    ...input.citing.map((m) => {
      const done = m.cites.every((c) => c.version >= effective);
      const articles = m.cites.map((c) => `${c.article}${changed.has(baseArticle(c.article)) ? " ⚠ 바뀐 조문" : ""}`).join(", ");
      const department = m.department ? registry.departments[m.department]?.name.ko ?? m.department : "부서 없음";
      const versions = [...new Set(m.cites.map((c) => c.version))].join(", ");
      return `- [${done ? "x" : " "}] [${m.title ?? m.id ?? m.file}](${input.link(m.file)}) — ${articles}, ${department}, 담당 ${m.owner ? `@${m.owner}` : "없음"} (매뉴얼 기준 ${versions})`;
    }),
    ...(input.citing.length === 0 ? ["", "이 법령을 인용하는 매뉴얼은 없습니다."] : []),
    "",
    `매뉴얼 담당자는 개정 내용을 확인해 관련법령·업무처리절차를 고치고, front matter \`laws\`의 \`version\`을 ${effective}로 바꿔 풀 리퀘스트를 올려 주세요. 법령 내용 변경은 부서 검토자의 승인을 받습니다(Legal review).`,
    "",
    "<details><summary>English</summary>",
    "",
    `${status.law.name} has a version in force from ${effective} (the registry says ${status.law.effective}). Update the registry entry, then each manual above: check the amended provisions, edit the legal sections and set the cited \`version\` to ${effective}. Items tick themselves as the changes are merged; the issue closes when all are done.`,
    "",
    "</details>",
    "",
    "_이 이슈는 예약 작업(`manuals laws check --issues`)이 관리합니다. 본문을 고쳐도 다음 실행 때 다시 쓰입니다. 의견은 댓글로 남겨 주세요._",
  ];
  return {
    key: status.key,
    title: `[법령개정] 「${status.law.name}」 ${effective} 시행 — 매뉴얼 ${pending.length}건 확인 필요`,
    body: lines.join("\n"),
    labels: [LAW_LABEL],
    assignees: assigneesOf([...(registryDone ? [] : input.admins ?? []), ...pending.map((m) => m.owner ?? m.deputy)]),
  };
}
