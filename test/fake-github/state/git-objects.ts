// Git data of a repository: commits, branches, trees and blobs, comparisons. Blobs are found by SHA
// (the REST blob API, GraphQL's object(oid:)) through an index built on first use, because seeding
// must not hash every file: lazy sources of 100,000 files are produced only when asked for.
import { compareTrees } from "./file-changes.ts";
import { lookup, walkFiles, type Blob, type Tree } from "./file-tree.ts";
import { commitsBetween, createCommit, mergeBase, resolveRef, type CommitInput } from "./git-history.ts";
import type { CommitRecord, FileChangeRecord, RepositoryRecord } from "./records.ts";
import { createRepository } from "./repositories.ts";
import type { StateContext } from "./state-context.ts";

/** Records a commit and returns its SHA. Creates the repository on first use. */
export function commit(state: StateContext, fullName: string, input: CommitInput): string {
  const repository = state.repositories.get(fullName) ?? createRepository(state, fullName);
  return createCommit(repository, input, state.now()).sha;
}

export function setBranch(state: StateContext, fullName: string, branch: string, sha: string): void {
  const repository = state.repository(fullName);
  if (!repository.commits.has(sha)) throw new Error(`${fullName} has no commit ${sha}.`);
  repository.branches.set(branch, sha);
}

export function treeAt(state: StateContext, fullName: string, ref: string): Tree | undefined {
  const repository = state.repository(fullName);
  const sha = resolveRef(repository, ref);
  if (sha === undefined) throw new Error(`${fullName} has no ref ${ref}.`);
  return repository.commits.get(sha)?.tree;
}

/** The file at `path` in `ref`, or undefined when missing (or a folder). */
export function fileAt(state: StateContext, fullName: string, ref: string, path: string): Blob | undefined {
  const entry = lookup(treeAt(state, fullName, ref), path);
  return entry?.kind === "blob" ? entry : undefined;
}

export function listFiles(state: StateContext, fullName: string, ref: string): string[] {
  return [...walkFiles(treeAt(state, fullName, ref))].map(([path]) => path);
}

const comparisons = new WeakMap<RepositoryRecord, Map<string, FileChangeRecord[]>>();

/** The files changed from the merge base of `base` and `head` to `head` (three-dot, as GitHub compares), cached. */
export function compare(state: StateContext, fullName: string, base: string, head: string): FileChangeRecord[] {
  const repository = state.repository(fullName);
  const from = mergeBase(repository, base, head) ?? base;
  let cache = comparisons.get(repository);
  if (!cache) comparisons.set(repository, (cache = new Map()));
  const key = `${from}...${head}`;
  let changes = cache.get(key);
  if (!changes) {
    changes = compareTrees(repository.commits.get(from)?.tree, repository.commits.get(head)?.tree);
    cache.set(key, changes);
  }
  return changes;
}

export { commitsBetween, mergeBase, resolveRef };

interface BlobIndex {
  bySha: Map<string, Blob>;
  /** Trees already indexed; trees are shared between commits, so each is walked once. */
  seen: WeakSet<Tree>;
  /** Commits whose trees are indexed. */
  commits: Set<string>;
}

const blobIndexes = new WeakMap<RepositoryRecord, BlobIndex>();

function indexTree(index: BlobIndex, tree: Tree, wanted: string): boolean {
  // Iterative: a deep folder structure must not overflow the stack.
  const pending: Tree[] = [tree];
  let found = false;
  while (pending.length > 0) {
    const next = pending.pop() as Tree;
    if (index.seen.has(next)) continue;
    index.seen.add(next);
    for (const entry of next.entries.values()) {
      if (entry.kind === "tree") pending.push(entry);
      else {
        index.bySha.set(entry.sha, entry);
        if (entry.sha === wanted) found = true;
      }
    }
  }
  return found;
}

/** The blob with this SHA in any commit of the repository, or undefined (GitHub answers 404). */
export function blobBySha(repository: RepositoryRecord, sha: string): Blob | undefined {
  let index = blobIndexes.get(repository);
  if (!index) blobIndexes.set(repository, (index = { bySha: new Map(), seen: new WeakSet(), commits: new Set() }));
  const known = index.bySha.get(sha);
  if (known) return known;
  // Newest commits first: a client asks for blobs it was just shown, mostly at a pull request's head.
  for (const commitRecord of [...repository.commits.values()].reverse()) {
    if (index.commits.has(commitRecord.sha)) continue;
    index.commits.add(commitRecord.sha);
    if (commitRecord.tree && indexTree(index, commitRecord.tree, sha)) return index.bySha.get(sha);
  }
  return undefined;
}

export function getCommit(state: StateContext, fullName: string, sha: string): CommitRecord | undefined {
  return state.repository(fullName).commits.get(sha);
}
