// The review's source over a local git repository: `manuals review --base <ref>` asks the core
// exactly what the app asks GitHub. The change is the one from the merge base to the head, as a
// pull request shows it; trusted files and base manuals are read at the merge base, a commit of
// the base branch. Locally there are no reviews and no teams: the result says what is required.
import type { FileRead, FileRequest, PullRequestInfo, ReviewSource } from "../core/review/source.ts";
import { changedFiles, entriesAt, git, listTree, readBlobs, resolveCommit } from "./git.ts";
import { readManualIndexAt } from "./manual-index.ts";

export interface GitSourceOptions {
  root: string;
  base: string;
  head?: string;
  author?: string;
  /** Read every manual at the head, for the impact and the unique-id rule. */
  wholeRepository?: boolean;
}

export interface GitSource extends ReviewSource {
  /** The merge base the change is measured from. */
  mergeBase: string;
}

export function gitReviewSource(options: GitSourceOptions): GitSource {
  const { root } = options;
  git(root, ["rev-parse", "--git-dir"]);
  const base = resolveCommit(root, options.base);
  const head = resolveCommit(root, options.head ?? "HEAD");
  const mergeBase = git(root, ["merge-base", base, head]).trim();
  const pullRequest: PullRequestInfo = { number: 0, headSha: head, baseSha: mergeBase, baseRef: options.base, author: options.author ?? "", open: true, labels: [], requestedUsers: [], requestedTeams: [] };

  return {
    mergeBase,
    pullRequest: async () => pullRequest,
    changedFiles: async () => changedFiles(root, mergeBase, head),
    reviews: async () => [],
    teamMembers: async () => null,
    async readFiles(requests: readonly FileRequest[]): Promise<FileRead[]> {
      const byRef = new Map<string, string[]>();
      for (const r of requests) if (!r.folder) byRef.set(r.ref, [...(byRef.get(r.ref) ?? []), r.path]);
      const entries = new Map([...byRef].map(([ref, paths]) => [ref, entriesAt(root, ref, paths)]));
      const blobs = readBlobs(root, [...entries.values()].flatMap((m) => [...m.values()].filter((e) => e.type === "blob").map((e) => e.oid)));
      return requests.map((r): FileRead => {
        if (r.folder) {
          const listed = tryList(root, r.ref, r.path);
          return listed ? { exists: true, text: null, byteSize: 0, whole: true, entries: listed } : { exists: false, text: null, byteSize: 0, whole: true };
        }
        const entry = entries.get(r.ref)?.get(r.path);
        const bytes = entry?.type === "blob" ? blobs.get(entry.oid) : undefined;
        return bytes ? { exists: true, bytes, text: null, byteSize: bytes.length, whole: true } : { exists: false, text: null, byteSize: 0, whole: true };
      });
    },
    ...(options.wholeRepository === false ? {} : { allManuals: async (ref: string) => readManualIndexAt(root, ref) }),
  };
}

function tryList(root: string, ref: string, folder: string): string[] | null {
  const entries = listTree(root, ref, folder);
  return entries.length ? entries.map((e) => e.path) : null;
}
