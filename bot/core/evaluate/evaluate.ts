// evaluate: required approvals + reviews → a state and a tree that explains it. An approval counts
// when it comes from a listed reviewer (directly or through a team), not from the author, and the
// legal content it approved is still the legal content at the head. The latest review per reviewer
// wins; comments do not change a reviewer's state; changes requested by a reviewer block.
import type { Text } from "../findings.ts";
import { text } from "../messages/text.ts";
import type { RequiredApproval } from "../route/route.ts";

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface Review {
  id: number;
  user: string;
  state: ReviewState;
  /** The commit the review was submitted on. */
  commitId: string;
  submittedAt: string;
}

export interface EvaluateInput {
  required: readonly RequiredApproval[];
  reviews: readonly Review[];
  author: string;
  /** Team ("org/slug") → member logins, for the teams named by the required approvals. */
  teamMembers: ReadonlyMap<string, readonly string[]>;
  /** Commit → rule id → fingerprint of that rule's legal content at that commit. */
  fingerprintsAt: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export type Status = "not-required" | "approved" | "pending" | "blocked" | "error";

export interface ResultNode {
  status: Status | "counted" | "voided" | "info";
  title: Text;
  children: ResultNode[];
}

export interface RuleResult {
  rule: RequiredApproval;
  status: Exclude<Status, "not-required">;
  approvedBy: string[];
  /** Reviewers who approved content that is still current (they need no new request). */
  currentApprovers: string[];
  blockedBy: string[];
  missing: number;
  /** Whom to ask for a review: not the author, not who already approved the current content. */
  toRequest: { users: string[]; teams: string[] };
}

export interface Evaluation {
  state: Status;
  rules: RuleResult[];
  tree: ResultNode;
}

const lower = (s: string) => s.toLowerCase();

/** The latest state-changing review of each user: comments and pending drafts do not change it. */
export function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  const ordered = [...reviews].sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : a.id - b.id));
  for (const review of ordered) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(lower(review.user), review);
  }
  return latest;
}

function eligible(rule: RequiredApproval, user: string, teamMembers: EvaluateInput["teamMembers"]): boolean {
  const login = lower(user);
  if (rule.reviewers.users.some((u) => lower(u) === login)) return true;
  return rule.reviewers.teams.some((team) => (teamMembers.get(team) ?? []).some((m) => lower(m) === login));
}

function evaluateRule(rule: RequiredApproval, input: EvaluateInput, latest: Map<string, Review>): { result: RuleResult; node: ResultNode } {
  const author = lower(input.author);
  const children: ResultNode[] = rule.reasons.map((reason) => ({ status: "info", title: reason, children: [] }));
  const approvedBy: string[] = [];
  const blockedBy: string[] = [];
  for (const review of latest.values()) {
    const short = review.commitId.slice(0, 7);
    const isReviewer = eligible(rule, review.user, input.teamMembers);
    if (review.state === "CHANGES_REQUESTED") {
      if (isReviewer && lower(review.user) !== author) {
        blockedBy.push(review.user);
        children.push({ status: "blocked", title: text("review.blocked-by", { user: review.user }), children: [] });
      }
      continue;
    }
    if (review.state !== "APPROVED") continue;
    if (lower(review.user) === author) {
      children.push({ status: "voided", title: text("review.void-author", { user: review.user }), children: [] });
    } else if (!isReviewer) {
      // Someone approving for another required department is not "voided" here; they simply do not apply.
      if (input.required.some((other) => other !== rule && eligible(other, review.user, input.teamMembers))) continue;
      children.push({ status: "voided", title: text("review.void-not-reviewer", { user: review.user }), children: [] });
    } else {
      const seen = input.fingerprintsAt.get(review.commitId)?.get(rule.id);
      if (seen === undefined && !input.fingerprintsAt.has(review.commitId)) {
        children.push({ status: "voided", title: text("review.void-unknown-commit", { user: review.user, commit: short }), children: [] });
      } else if (seen !== rule.fingerprint) {
        children.push({ status: "voided", title: text("review.void-stale", { user: review.user, commit: short }), children: [] });
      } else {
        approvedBy.push(review.user);
        children.push({ status: "counted", title: text("review.approval-counted", { user: review.user, commit: short }), children: [] });
      }
    }
  }
  const missing = Math.max(0, rule.approvals - approvedBy.length);
  const status: RuleResult["status"] = rule.problem ? "error" : blockedBy.length ? "blocked" : missing > 0 ? "pending" : "approved";
  if (rule.problem) children.unshift({ status: "error", title: rule.problem, children: [] });
  const approvers = new Set(approvedBy.map(lower));
  const toRequest =
    status === "approved" || status === "error"
      ? { users: [], teams: [] }
      : { users: rule.reviewers.users.filter((u) => lower(u) !== author && !approvers.has(lower(u))), teams: [...rule.reviewers.teams] };
  if (missing > 0 && !rule.problem) {
    // The same people the bot asks: not the author, not who already approved the current content.
    const names = [...toRequest.users, ...toRequest.teams.map((t) => `@${t}`)].join(", ");
    children.push({ status: "pending", title: text("review.missing", { count: missing, reviewers: names || "—" }), children: [] });
  }
  const counts = { count: approvedBy.length, needed: rule.approvals };
  const title =
    rule.kind === "admins"
      ? text("review.rule-admins", counts)
      : { ko: text("review.rule-department", { ...counts, name: rule.name.ko }).ko, en: text("review.rule-department", { ...counts, name: rule.name.en }).en };
  return {
    result: { rule, status, approvedBy, currentApprovers: approvedBy, blockedBy, missing, toRequest },
    node: { status, title, children },
  };
}

const precedence: Status[] = ["error", "blocked", "pending", "approved", "not-required"];

export function evaluate(input: EvaluateInput): Evaluation {
  const latest = latestReviews(input.reviews);
  const evaluated = input.required.map((rule) => evaluateRule(rule, input, latest));
  const rules = evaluated.map((e) => e.result);
  const state: Status = rules.length === 0 ? "not-required" : precedence.find((s) => rules.some((r) => r.status === s)) ?? "approved";
  return {
    state,
    rules,
    tree: { status: state, title: text(`review.state-${state}`), children: evaluated.map((e) => e.node) },
  };
}
