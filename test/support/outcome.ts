// Reads an evaluation back as the facts a table test states: per rule its status, who counted, whose
// approval was voided and why (recovered from the explanation tree through the message catalog), who
// blocks and whom to ask. Also checks that the tree tells the same story as the results.
import { isDeepStrictEqual } from "node:util";
import type { ResultNode, Review, RuleResult } from "../../bot/core/evaluate/evaluate.ts";
import { text } from "../../bot/core/messages/text.ts";
import type { PullRequestResult } from "./pull-request.ts";

export const voidReasons = ["author", "not-reviewer", "stale", "unknown-commit"] as const;
export type VoidReason = (typeof voidReasons)[number];

export interface RuleOutcome {
  id: string;
  status: RuleResult["status"];
  needs: number;
  approvedBy: string[];
  /** "login: reason" for every approval that did not count. */
  voided: string[];
  blockedBy: string[];
  toRequest: { users: string[]; teams: string[] };
}

export interface Outcome {
  state: PullRequestResult["evaluation"]["state"];
  rules: RuleOutcome[];
}

function voidedBy(node: ResultNode, reviews: readonly Review[]): string[] {
  return node.children
    .filter((child) => child.status === "voided")
    .map((child) => {
      for (const review of reviews) {
        for (const reason of voidReasons) {
          const expected = text(`review.void-${reason}`, { user: review.user, commit: review.commitId.slice(0, 7) });
          if (isDeepStrictEqual(expected, child.title)) return `${review.user}: ${reason}`;
        }
      }
      return `unexplained: ${child.title.en}`;
    });
}

export function outcomeOf(result: PullRequestResult): Outcome {
  const { evaluation, reviews } = result;
  return {
    state: evaluation.state,
    rules: evaluation.rules.map((rule, index) => ({
      id: rule.rule.id,
      status: rule.status,
      needs: rule.rule.approvals,
      approvedBy: rule.approvedBy,
      voided: voidedBy(evaluation.tree.children[index]!, reviews),
      blockedBy: rule.blockedBy,
      toRequest: rule.toRequest,
    })),
  };
}

/** Where the explanation tree disagrees with the results it explains (empty when it agrees). */
export function treeDisagreements(result: PullRequestResult): string[] {
  const { evaluation } = result;
  const problems: string[] = [];
  if (evaluation.tree.status !== evaluation.state) problems.push(`tree status ${evaluation.tree.status} ≠ state ${evaluation.state}`);
  if (evaluation.tree.children.length !== evaluation.rules.length) problems.push("one tree node per rule");
  evaluation.rules.forEach((rule, index) => {
    const node = evaluation.tree.children[index];
    if (!node) return;
    if (node.status !== rule.status) problems.push(`${rule.rule.id}: node ${node.status} ≠ rule ${rule.status}`);
    const counted = node.children.filter((c) => c.status === "counted").length;
    if (counted !== rule.approvedBy.length) problems.push(`${rule.rule.id}: ${counted} counted nodes for ${rule.approvedBy.length} approvals`);
    const blocked = node.children.filter((c) => c.status === "blocked").length;
    if (blocked !== rule.blockedBy.length) problems.push(`${rule.rule.id}: ${blocked} blocked nodes for ${rule.blockedBy.length} blockers`);
    const reasons = node.children.filter((c) => c.status === "info").map((c) => c.title);
    if (!isDeepStrictEqual(reasons, rule.rule.reasons)) problems.push(`${rule.rule.id}: the tree does not list the rule's reasons`);
    if ((rule.status === "error") !== node.children.some((c) => c.status === "error")) problems.push(`${rule.rule.id}: an error rule names its problem`);
  });
  return problems;
}
