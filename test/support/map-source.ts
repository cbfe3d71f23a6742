// The review's source over plain maps, as policy-bot's pulltest.Context: commits are maps of path →
// text, keyed by SHA. The scenario tables run the core's review over it, the same function the app
// runs over GitHub.
import type { ChangedFile } from "../../bot/core/review/plan.ts";
import type { FileRead, PullRequestInfo, ReviewSource } from "../../bot/core/review/source.ts";
import type { Review } from "../../bot/core/evaluate/evaluate.ts";

export type Files = ReadonlyMap<string, string>;

export interface MapSourceInput {
  pullRequest: PullRequestInfo;
  /** SHA → the repository at that commit (the base and every commit of the pull request). */
  commits: ReadonlyMap<string, Files>;
  reviews: readonly Review[];
  /** Team ("org/slug") → members. */
  teams?: Readonly<Record<string, string[]>>;
  /** Paths the source can read only in part (as GitHub cuts a large blob's text), at every commit. */
  partial?: ReadonlySet<string>;
}

/** What git (or GitHub's pull request files) reports between two trees: added, removed, modified. */
export function changedFiles(base: Files, head: Files): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const file of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(file);
    const after = head.get(file);
    if (before === after) continue;
    files.push({ file, status: before === undefined ? "added" : after === undefined ? "removed" : "modified" });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : 1));
}

const encoder = new TextEncoder();

export function mapSource({ pullRequest, commits, reviews, teams = {}, partial = new Set() }: MapSourceInput): ReviewSource {
  const at = (ref: string) => commits.get(ref);
  return {
    pullRequest: async () => pullRequest,
    changedFiles: async () => changedFiles(at(pullRequest.baseSha) ?? new Map(), at(pullRequest.headSha) ?? new Map()),
    reviews: async () => [...reviews],
    teamMembers: async (team) => teams[team] ?? null,
    async readFiles(requests) {
      return requests.map((r): FileRead => {
        const files = at(r.ref);
        if (!files) return { exists: false, text: null, byteSize: 0, whole: true };
        if (r.folder) {
          const prefix = r.path === "" ? "" : `${r.path}/`;
          // Files and subfolders directly inside, as git and GitHub list a tree.
          const entries = [...new Set([...files.keys()].filter((path) => path.startsWith(prefix)).map((path) => prefix + path.slice(prefix.length).split("/")[0]))];
          return entries.length ? { exists: true, text: null, byteSize: 0, whole: true, entries } : { exists: false, text: null, byteSize: 0, whole: true };
        }
        const text = files.get(r.path);
        if (text === undefined) return { exists: false, text: null, byteSize: 0, whole: true };
        const bytes = encoder.encode(text);
        if (partial.has(r.path)) return { exists: true, text: text.slice(0, text.length >> 1), byteSize: bytes.length, whole: false };
        return { exists: true, bytes, text: null, byteSize: bytes.length, whole: true };
      });
    },
  };
}
