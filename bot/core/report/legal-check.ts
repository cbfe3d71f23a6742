// The "Legal review" check: conclusion from the evaluation state, summary from the evaluation tree,
// and the legal diffs and impact for reviewers in the check's text.
import type { Language } from "../findings.ts";
import type { ManualChange } from "../compare/compare-manuals.ts";
import type { Impact } from "../compare/impact.ts";
import type { Evaluation } from "../evaluate/evaluate.ts";
import type { Registry } from "../generated/registry.ts";
import { renderTree } from "./render-tree.ts";
import type { CheckOutput } from "./schema-check.ts";
import { truncate } from "./truncate.ts";

const words = {
  ko: {
    diffs: "법령 관련 변경 내용",
    impact: "함께 확인할 매뉴얼 (같은 법령을 인용하지만 이번 변경에 포함되지 않음)",
    owner: "담당",
    truncated: "내용이 너무 길어 잘랐습니다. 전체 내용은 `npx manuals review --base <기준 브랜치>`로 확인하세요.",
    law: "법령 항목",
  },
  en: {
    diffs: "Legal changes",
    impact: "Manuals to check as well (they cite the same laws but are not part of this change)",
    owner: "owner",
    truncated: "The text was too long and was cut. Run `npx manuals review --base <base branch>` for all of it.",
    law: "Law entries",
  },
};

const conclusionOf: Record<Evaluation["state"], CheckOutput["conclusion"]> = {
  "not-required": "success",
  approved: "success",
  pending: "action_required",
  blocked: "failure",
  error: "failure",
};

export function renderLegalDiffs(changes: readonly ManualChange[], lang: Language, registry: Registry | null): string {
  const w = words[lang];
  const lines: string[] = [];
  for (const change of changes.filter((c) => c.legal)) {
    lines.push(`#### ${change.title ?? change.id ?? change.file} — \`${change.file}\``, "");
    if (change.laws.length) {
      lines.push(`${w.law}:`, "");
      for (const law of change.laws) {
        const name = registry?.laws[law.law]?.name ?? law.law;
        const before = law.before ? `${law.before.article} (${law.before.version})` : "—";
        const after = law.after ? `${law.after.article} (${law.after.version})` : "—";
        lines.push(`- 「${name}」 ${before} → ${after}`);
      }
      lines.push("");
    }
    for (const section of change.sections) {
      lines.push(`${section.title[lang]}:`, "", "```diff", section.unified, "```", "");
    }
  }
  return lines.join("\n");
}

export function renderImpact(impact: readonly Impact[], lang: Language, registry: Registry | null): string {
  if (impact.length === 0) return "";
  const w = words[lang];
  const lines = [`### ${w.impact}`, ""];
  for (const item of impact) {
    const name = registry?.laws[item.law]?.name ?? item.law;
    lines.push(`- 「${name}」 ${item.cites.join(", ")}: ${item.title ?? item.id ?? item.file} (\`${item.file}\`${item.owner ? `, ${w.owner} @${item.owner}` : ""})`);
  }
  return lines.join("\n");
}

export function legalCheck(evaluation: Evaluation, changes: readonly ManualChange[], impact: readonly Impact[], lang: Language, registry: Registry | null): CheckOutput {
  const w = words[lang];
  const summary = [renderTree(evaluation.tree, lang), renderImpact(impact, lang, registry)].filter(Boolean).join("\n\n");
  const diffs = renderLegalDiffs(changes, lang, registry);
  return {
    conclusion: conclusionOf[evaluation.state],
    title: evaluation.tree.title[lang],
    summary: truncate(summary, w.truncated),
    ...(diffs ? { text: truncate(`### ${w.diffs}\n\n${diffs}`, w.truncated) } : {}),
  };
}
