// A pull request as plain data — the base repository, the commits on top of it, the reviews — run
// through the core's review over a map source, so table tests state a pull request and read the
// decision the app would reach, as policy-bot's pulltest context does.
import { createHash } from "node:crypto";
import type { Review, ReviewState } from "../../bot/core/evaluate/evaluate.ts";
import type { BotConfig, Registry } from "../../bot/core/registry.ts";
import { reviewPullRequest, type PullRequestReview } from "../../bot/core/review/review-pull-request.ts";
import { mapSource } from "./map-source.ts";
import { sampleRepository } from "./samples.ts";

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
  /** YYYY-MM-DD; review dates are judged against it. */
  today?: string;
  /** Paths the source reads only in part, as GitHub cuts a large blob's text. */
  partial?: string[];
}

export interface PullRequestResult extends PullRequestReview {
  registry: Registry | null;
  config: BotConfig | null;
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

export async function runPullRequest(pr: PullRequestSpec): Promise<PullRequestResult> {
  const base = sampleRepository();
  for (const change of pr.base ?? []) change(base);
  if (pr.commits.length === 0) throw new Error("a pull request has at least one commit");
  const commits = new Map<string, Files>([[sha("base"), base]]);
  let head = new Map(base);
  for (const commit of pr.commits) {
    head = new Map(head);
    for (const change of commit.edits) change(head);
    commits.set(sha(commit.name), head);
  }
  const reviews: Review[] = (pr.reviews ?? []).map((r, index) => ({
    id: r.id ?? index + 1,
    user: r.user,
    state: r.state,
    commitId: sha(r.commit),
    submittedAt: new Date(Date.UTC(2026, 4, 1, 9, index)).toISOString(),
  }));
  const pullRequest = { number: 1, headSha: sha(pr.commits.at(-1)!.name), baseSha: sha("base"), baseRef: "main", author: pr.author, open: true, labels: [], requestedUsers: [], requestedTeams: [] };
  const result = await reviewPullRequest({ source: mapSource({ pullRequest, commits, reviews, teams: pr.teams, partial: new Set(pr.partial) }), today: pr.today ?? "2026-05-01" });
  if (result.status !== "done") throw new Error(`an open pull request at its head is reviewed (${result.status})`);
  return { ...result, registry: result.trusted.registry, config: result.trusted.config, head };
}
