// Commits and refs of one repository: deterministic SHAs, ref resolution, ancestry.
import { createHash } from "node:crypto";
import { applyChanges, type FileChange } from "./file-tree.ts";
import type { CommitRecord, GitActor, RepositoryRecord } from "./records.ts";

export type FileChanges = Record<string, FileChange> | Iterable<readonly [string, FileChange]>;

export interface CommitInput {
  /**
   * Parent commit: a SHA or a branch name; null for a root commit. Default: the tip of `branch` when
   * that exists, else the tip of the default branch (a new branch starts there, as with git switch -c),
   * else none (the repository's first commit).
   */
  parent?: string | null;
  /** Branch to move to the new commit (created when missing). */
  branch?: string;
  /** Path → content (string, bytes or a function producing them) or null to delete. Other files are inherited from the parent. */
  files: FileChanges;
  message?: string;
  /** A GitHub login (the commit is linked to that account) or a git name and e-mail. */
  author?: string | { name: string; email: string };
}

const SHA = /^[0-9a-f]{40}$/;

export function isSha(value: string): boolean {
  return SHA.test(value);
}

function changeList(files: FileChanges): (readonly [string, FileChange])[] {
  if (Symbol.iterator in files) return [...(files as Iterable<readonly [string, FileChange]>)];
  return Object.entries(files as Record<string, FileChange>);
}

/** The commit SHA a branch name, "heads/x", "refs/heads/x" or full SHA designates, or undefined. */
export function resolveRef(repository: RepositoryRecord, ref: string): string | undefined {
  if (isSha(ref)) return repository.commits.has(ref) ? ref : undefined;
  const branch = ref.replace(/^refs\//, "").replace(/^heads\//, "");
  return repository.branches.get(branch);
}

function defaultParent(repository: RepositoryRecord, branch: string | undefined): string | undefined {
  if (branch !== undefined && repository.branches.has(branch)) return branch;
  return repository.branches.has(repository.defaultBranch) ? repository.defaultBranch : undefined;
}

export function createCommit(repository: RepositoryRecord, input: CommitInput, date: string): CommitRecord {
  const parentRef = input.parent === null ? undefined : (input.parent ?? defaultParent(repository, input.branch));
  const parentSha = parentRef === undefined ? undefined : resolveRef(repository, parentRef);
  if (parentRef !== undefined && parentSha === undefined) throw new Error(`${repository.fullName} has no commit or branch "${parentRef}" to commit on top of.`);
  const parent = parentSha === undefined ? undefined : (repository.commits.get(parentSha) as CommitRecord);
  const changes = changeList(input.files);
  const message = input.message ?? `Change ${changes.map(([path]) => path).slice(0, 3).join(", ")}${changes.length > 3 ? ", …" : ""}`;
  const login = typeof input.author === "string" ? input.author : null;
  const identity = typeof input.author === "string" ? { name: input.author, email: `${input.author}@users.noreply.github.com` } : input.author;
  const actor: GitActor = { name: identity?.name ?? "Fake Author", email: identity?.email ?? "author@example.com", date };
  // Deterministic across runs that seed in the same order: the sequence number keeps equal changes apart.
  const hash = createHash("sha1").update(`${repository.fullName}\n${repository.commits.size}\n${parentSha ?? ""}\n${message}\n`);
  for (const [path, change] of changes) hash.update(`${path}\n${change === null ? "-" : "+"}\n`);
  const commit: CommitRecord = {
    sha: hash.digest("hex"),
    parents: parentSha === undefined ? [] : [parentSha],
    tree: applyChanges(parent?.tree, changes),
    message,
    author: actor,
    committer: actor,
    login,
  };
  repository.commits.set(commit.sha, commit);
  if (input.branch !== undefined) repository.branches.set(input.branch, commit.sha);
  return commit;
}

/** Every ancestor of `sha`, itself included. */
function ancestors(repository: RepositoryRecord, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(repository.commits.get(next)?.parents ?? []));
  }
  return seen;
}

/** The nearest common ancestor, as `git merge-base`; undefined for unrelated histories. */
export function mergeBase(repository: RepositoryRecord, a: string, b: string): string | undefined {
  const ofA = ancestors(repository, a);
  const queue = [b];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (ofA.has(next)) return next;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(repository.commits.get(next)?.parents ?? []));
  }
  return undefined;
}

/** Commits reachable from `head` but not from `base`, oldest first (`git log base..head --reverse`). */
export function commitsBetween(repository: RepositoryRecord, base: string, head: string): CommitRecord[] {
  const excluded = ancestors(repository, base);
  const out: CommitRecord[] = [];
  const seen = new Set<string>();
  const queue = [head];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (excluded.has(next) || seen.has(next)) continue;
    seen.add(next);
    const commit = repository.commits.get(next);
    if (!commit) continue;
    out.push(commit);
    queue.push(...commit.parents);
  }
  return out.reverse();
}
