// report: everything the pull request should show — the two checks, the sticky comment, the labels
// and the review requests — as desired state. The GitHub face reconciles it with what is there.
import type { Finding, Language } from "../findings.ts";
import type { BotConfig } from "../generated/config.ts";
import type { Registry } from "../generated/registry.ts";
import type { ManualChange } from "../compare/compare-manuals.ts";
import type { Impact } from "../compare/impact.ts";
import type { Evaluation } from "../evaluate/evaluate.ts";
import { legalCheck } from "./legal-check.ts";
import { schemaCheck, type CheckOutput } from "./schema-check.ts";
import { truncate } from "./truncate.ts";

export const CHECK_NAMES = { schema: "Manual schema", legal: "Legal review" } as const;
export const STICKY_MARKER = "<!-- work-manuals:summary -->";

export interface ReportInput {
  findings: readonly Finding[];
  checkedFiles: number;
  changes: readonly ManualChange[];
  evaluation: Evaluation;
  impact: readonly Impact[];
  registry: Registry | null;
  config: BotConfig | null;
  lang?: Language;
}

export interface Report {
  schema: CheckOutput;
  legal: CheckOutput;
  comment: string;
  /** Labels the pull request should carry, among those the bot manages. */
  labels: string[];
  /** Whether a label is one the bot manages (others are left alone). */
  managesLabel(label: string): boolean;
  reviewRequests: { users: string[]; teams: string[] };
}

const words = {
  ko: {
    heading: "업무매뉴얼 검사 결과",
    schema: "형식 검사 (Manual schema)",
    legal: "법령 검토 (Legal review)",
    help: "형식 오류는 파일의 해당 줄을 고쳐 같은 브랜치에 커밋하면 다시 검사됩니다. 법령 변경은 담당 부서 검토자가 승인해야 병합할 수 있습니다.",
    updated: "이 댓글은 새 커밋과 리뷰마다 자동으로 갱신됩니다.",
    truncated: "댓글이 너무 길어 잘랐습니다. 검사(Checks) 탭에서 전체 내용을 확인하세요.",
  },
  en: {
    heading: "Work manual check results",
    schema: "Manual schema",
    legal: "Legal review",
    help: "Fix schema errors at the lines shown and commit to the same branch; the check runs again. Legal changes need approval from the owning department's reviewers before merging.",
    updated: "This comment is updated automatically on every commit and review.",
    truncated: "The comment was too long and was cut. See the Checks tab for everything.",
  },
};

const icon: Record<CheckOutput["conclusion"], string> = { success: "✅", failure: "❌", action_required: "⏳", neutral: "➖" };

export function report(input: ReportInput): Report {
  const lang = input.lang ?? input.config?.language ?? "ko";
  const w = words[lang];
  const schema = schemaCheck(input.findings, input.checkedFiles, lang, input.config?.annotations_cap ?? 1000);
  const legal = legalCheck(input.evaluation, input.changes, input.impact, lang, input.registry);

  const legalLabel = input.config?.labels?.legal ?? "법령변경";
  const prefix = input.config?.labels?.department_prefix ?? "부서:";
  const labels = new Set<string>();
  if (input.changes.some((c) => c.legal)) labels.add(legalLabel);
  for (const rule of input.evaluation.rules) if (rule.rule.kind === "department") labels.add(`${prefix}${rule.rule.name.ko}`);

  const users = new Set<string>();
  const teams = new Set<string>();
  if (input.config?.request_reviews !== false) {
    for (const rule of input.evaluation.rules) {
      rule.toRequest.users.forEach((u) => users.add(u));
      rule.toRequest.teams.forEach((t) => teams.add(t));
    }
  }

  const comment = truncate(
    [STICKY_MARKER, `## ${w.heading}`, "", `**${icon[schema.conclusion]} ${w.schema}**: ${schema.title}`, "", `**${icon[legal.conclusion]} ${w.legal}**: ${legal.title}`, "", legal.summary.replace(/^## .*\n?/, ""), "", `<sub>${w.help} ${w.updated}</sub>`].join("\n"),
    w.truncated,
  );

  return {
    schema,
    legal,
    comment,
    labels: [...labels].sort(),
    managesLabel: (label) => label === legalLabel || (prefix !== "" && label.startsWith(prefix)),
    reviewRequests: { users: [...users].sort(), teams: [...teams].sort() },
  };
}
