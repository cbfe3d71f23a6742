// `manuals review` output: JSON for scripts, Markdown (what the app posts) and a terminal view.
import type { Language } from "../../core/findings.ts";
import { say } from "../../core/messages/text.ts";
import { renderImpact, renderLegalDiffs } from "../../core/report/legal-check.ts";
import { renderTree } from "../../core/report/render-tree.ts";
import type { PullRequestReview } from "../../core/review/review-pull-request.ts";

/** A review of the local repository, with the refs as the user wrote them. */
export type LocalReview = PullRequestReview & { base: string; head: string };

export function reviewJson(review: LocalReview, lang: Language): string {
  return JSON.stringify(
    {
      base: review.base,
      head: review.head,
      state: review.evaluation.state,
      changes: review.decision.changes.map((c) => ({
        file: c.file,
        ...(c.previousFile ? { previousFile: c.previousFile } : {}),
        id: c.id,
        title: c.title,
        kind: c.kind,
        legal: c.legal,
        departments: c.departments,
        laws: c.laws,
        sections: c.sections.map((s) => ({ key: s.key, title: s.title[lang], removed: s.removed, added: s.added, diff: s.unified })),
      })),
      required: review.decision.required.map((r) => ({
        id: r.id,
        department: r.department,
        name: r.name[lang],
        approvals: r.approvals,
        reviewers: r.reviewers,
        reasons: r.reasons.map((t) => t[lang]),
        ...(r.problem ? { problem: r.problem[lang] } : {}),
      })),
      impact: review.impact,
      evaluation: review.evaluation.tree,
    },
    null,
    2,
  );
}

export function reviewMarkdown(review: LocalReview, lang: Language): string {
  return [renderTree(review.evaluation.tree, lang), renderImpact(review.impact, lang, review.trusted.registry), renderLegalDiffs(review.decision.changes, lang, review.trusted.registry)].filter(Boolean).join("\n\n");
}

export function reviewPretty(review: LocalReview, lang: Language): string {
  const lines = [reviewMarkdown(review, lang).replace(/^#+ /gm, "").replace(/`/g, "")];
  const other = review.decision.changes.filter((c) => !c.legal);
  if (other.length) lines.push("", say(lang, "format.other-changes", { files: other.map((c) => c.file).join(", ") }));
  return lines.join("\n");
}
