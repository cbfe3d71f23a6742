// A fake pull request: the base repository, the commits on top of it and the reviews, as plain data.
// It runs the pipeline the faces run (plan → compare → route at every commit, evaluate at the head),
// so table tests state a pull request and read the decision, as policy-bot's pulltest context does.
import { createHash } from "node:crypto";
import type { ManualPair } from "../../../bot/core/compare/compare-manuals.ts";
import { evaluate, type Evaluation, type Review, type ReviewState } from "../../../bot/core/evaluate/evaluate.ts";
import { decide, fingerprintsOf, planReview, type ChangedFile, type Decision } from "../../../bot/core/review-plan.ts";
import type { BotConfig, Registry } from "../../../bot/core/registry.ts";
import { registryOf, sampleRepository, spec } from "./samples.ts";

export type Files = Map<string, string>;
export type Edit = (files: Files) => void;

export interface ReviewSpec {
  user: string;
  state: ReviewState;
  /** The name of the commit reviewed (one of the pull request's commits, or any other name). */
  commit: string;
  /** Reviews keep their id when dismissed; give the same id to model that. */
  id?: number;
}

export interface PullRequestSpec {
  author: string;
  /** Edits that make the base branch differ from the sample repository. */
  base?: Edit[];
  /** Commits in order; each applies its edits on top of the previous one. */
  commits: { name: string; edits: Edit[] }[];
  reviews?: ReviewSpec[];
  /** Team ("org/slug") → members. */
  teams?: Record<string, string[]>;
}

export interface PullRequestResult {
  decision: Decision;
  evaluation: Evaluation;
  registry: Registry | null;
  config: BotConfig | null;
  reviews: Review[];
  head: Files;
}

export const edit =
  (file: string, change: (text: string) => string): Edit =>
  (files) => {
    const text = files.get(file);
    if (text === undefined) throw new Error(`${file} is not in the repository`);
    files.set(file, change(text));
  };

export const remove =
  (file: string): Edit =>
  (files) => {
    if (!files.delete(file)) throw new Error(`${file} is not in the repository`);
  };

export const add =
  (file: string, text: string): Edit =>
  (files) => {
    if (files.has(file)) throw new Error(`${file} already exists`);
    files.set(file, text);
  };

/** Renames a file, optionally editing it on the way (git sees a delete and an add). */
export const move =
  (from: string, to: string, change: (text: string) => string = (t) => t): Edit =>
  (files) => {
    const text = files.get(from);
    if (text === undefined) throw new Error(`${from} is not in the repository`);
    files.delete(from);
    files.set(to, change(text));
  };

export const sha = (name: string) => createHash("sha1").update(name).digest("hex");

/** What git (or GitHub's pull request files) reports between two trees: added, removed, modified. */
export function changedFiles(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const file of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(file);
    const after = head.get(file);
    if (before === after) continue;
    files.push({ file, status: before === undefined ? "added" : after === undefined ? "removed" : "modified" });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The decision for one head against the base, the registry and configuration read from the base. */
export function decideAt(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): Decision & { registry: Registry | null; config: BotConfig | null } {
  const { registry, config } = registryOf(base);
  const plan = planReview(changedFiles(base, head));
  const version = (files: ReadonlyMap<string, string>, file: string | null) => (file !== null && files.has(file) ? { file, text: files.get(file)! } : null);
  const pairs: ManualPair[] = plan.manuals.map((m) => ({ base: version(base, m.base), head: version(head, m.head) }));
  const adminFiles = plan.adminFiles.map((f) => ({ file: f.file, text: f.deleted ? "" : head.get(f.file) ?? "" }));
  return { ...decide({ pairs, adminFiles, registry, config, spec }), registry, config };
}

export function runPullRequest(pr: PullRequestSpec): PullRequestResult {
  const base = sampleRepository();
  for (const change of pr.base ?? []) change(base);
  const fingerprintsAt = new Map<string, Map<string, string>>();
  let head = new Map(base);
  let decision: ReturnType<typeof decideAt> | null = null;
  for (const commit of pr.commits) {
    head = new Map(head);
    for (const change of commit.edits) change(head);
    decision = decideAt(base, head);
    fingerprintsAt.set(sha(commit.name), fingerprintsOf(decision.required));
  }
  if (!decision) throw new Error("a pull request has at least one commit");
  const reviews: Review[] = (pr.reviews ?? []).map((r, index) => ({
    id: r.id ?? index + 1,
    user: r.user,
    state: r.state,
    commitId: sha(r.commit),
    submittedAt: new Date(Date.UTC(2026, 4, 1, 9, index)).toISOString(),
  }));
  const evaluation = evaluate({
    required: decision.required,
    reviews,
    author: pr.author,
    teamMembers: new Map(Object.entries(pr.teams ?? {})),
    fingerprintsAt,
  });
  return { decision, evaluation, registry: decision.registry, config: decision.config, reviews, head };
}
