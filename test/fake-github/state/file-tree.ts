// Files as git stores them: immutable trees that share every unchanged subtree between commits.
// A commit that touches three manuals copies only the directories on those three paths, so a
// repository of 100,000 manuals costs one tree however many commits and pull requests refer to it.
import { createHash } from "node:crypto";

export type FileContent = string | Uint8Array;
/** Content, or a function that produces it on demand (a benchmark can seed 100,000 files without holding them). */
export type FileSource = FileContent | (() => FileContent);
/** What a commit does to one path: new content, or null to delete the file (or the whole folder). */
export type FileChange = FileSource | null;

export class Blob {
  readonly kind = "blob";
  readonly #source: FileSource;
  #sha: string | undefined;
  #size: number | undefined;
  #binary: boolean | undefined;

  constructor(source: FileSource) {
    this.#source = source;
  }

  /** The bytes, produced again on every call for lazy sources so that nothing large stays in memory. */
  bytes(): Buffer {
    const content = typeof this.#source === "function" ? this.#source() : this.#source;
    return typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  }

  text(): string {
    const content = typeof this.#source === "function" ? this.#source() : this.#source;
    return typeof content === "string" ? content : Buffer.from(content).toString("utf8");
  }

  /** The git blob SHA (sha1 of "blob <size>\0" + bytes), as GitHub reports it. */
  get sha(): string {
    if (this.#sha === undefined) this.#measure();
    return this.#sha as string;
  }

  get size(): number {
    if (this.#size === undefined) this.#measure();
    return this.#size as number;
  }

  /** git's heuristic: a NUL byte in the first 8000 bytes makes a file binary. */
  get binary(): boolean {
    if (this.#binary === undefined) this.#measure();
    return this.#binary as boolean;
  }

  #measure(): void {
    const bytes = this.bytes();
    this.#size = bytes.length;
    this.#binary = bytes.subarray(0, 8000).includes(0);
    this.#sha = createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
  }
}

export interface Tree {
  readonly kind: "tree";
  readonly entries: ReadonlyMap<string, Tree | Blob>;
}

export type TreeEntry = Tree | Blob;

/** Splits and checks a repository-relative path: no leading slash, no empty, "." or ".." segments. */
export function pathSegments(path: string): string[] {
  const segments = path.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error(`Invalid repository path "${path}": expected segments separated by single slashes, without "." or "..".`);
  }
  return segments;
}

interface PendingDirectory {
  files: Map<string, Blob | null>;
  directories: Map<string, PendingDirectory>;
}

function pendingDirectory(): PendingDirectory {
  return { files: new Map(), directories: new Map() };
}

/**
 * Returns a new tree with the changes applied. Directories not on a changed path are the same
 * objects as in `root`; each touched directory is copied once however many files change in it.
 * Returns undefined when nothing is left (an empty repository).
 */
export function applyChanges(root: Tree | undefined, changes: Iterable<readonly [string, FileChange]>): Tree | undefined {
  const pending = pendingDirectory();
  for (const [path, change] of changes) {
    const segments = pathSegments(path);
    let directory = pending;
    for (const segment of segments.slice(0, -1)) {
      if (directory.files.has(segment)) throw new Error(`Path conflict at "${path}": "${segment}" is changed as a file and as a folder in the same commit.`);
      let next = directory.directories.get(segment);
      if (!next) {
        next = pendingDirectory();
        directory.directories.set(segment, next);
      }
      directory = next;
    }
    const name = segments[segments.length - 1] as string;
    if (directory.directories.has(name)) throw new Error(`Path conflict at "${path}": it is changed as a file and as a folder in the same commit.`);
    directory.files.set(name, change === null ? null : new Blob(change));
  }
  return rebuild(root, pending, "");
}

function rebuild(node: Tree | undefined, pending: PendingDirectory, prefix: string): Tree | undefined {
  const entries = new Map(node?.entries ?? []);
  for (const [name, sub] of pending.directories) {
    const existing = entries.get(name);
    if (existing?.kind === "blob") throw new Error(`Path conflict at "${prefix}${name}": it is a file, so nothing can be stored under it.`);
    const rebuilt = rebuild(existing, sub, `${prefix}${name}/`);
    if (rebuilt) entries.set(name, rebuilt);
    else entries.delete(name);
  }
  for (const [name, blob] of pending.files) {
    if (blob === null) {
      entries.delete(name);
      continue;
    }
    if (entries.get(name)?.kind === "tree") throw new Error(`Path conflict at "${prefix}${name}": it is a folder; delete it (null) before storing a file there.`);
    entries.set(name, blob);
  }
  return entries.size > 0 ? { kind: "tree", entries } : undefined;
}

/** The file or folder at `path` ("" is the root), or undefined. */
export function lookup(root: Tree | undefined, path: string): TreeEntry | undefined {
  if (path === "") return root;
  let node: TreeEntry | undefined = root;
  for (const segment of path.split("/")) {
    if (node?.kind !== "tree") return undefined;
    node = node.entries.get(segment);
  }
  return node;
}

/** git orders a folder as if its name ended with "/". */
export function sortedEntries(tree: Tree): [string, TreeEntry][] {
  const key = ([name, entry]: [string, TreeEntry]) => (entry.kind === "tree" ? `${name}/` : name);
  return [...tree.entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Every file under `tree`, in path order. */
export function* walkFiles(tree: Tree | undefined, prefix = ""): Generator<[string, Blob]> {
  if (!tree) return;
  for (const [name, entry] of sortedEntries(tree)) {
    if (entry.kind === "tree") yield* walkFiles(entry, `${prefix}${name}/`);
    else yield [`${prefix}${name}`, entry];
  }
}

export interface TreeDifference {
  path: string;
  base?: Blob;
  head?: Blob;
}

/**
 * The files that differ between two trees, sorted by path. Shared subtrees are skipped by identity,
 * so comparing a pull request's head with its base costs the size of the change, not of the repository.
 */
export function diffTrees(base: Tree | undefined, head: Tree | undefined): TreeDifference[] {
  const out: TreeDifference[] = [];
  collectDifferences(base, head, "", out);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function collectDifferences(base: Tree | undefined, head: Tree | undefined, prefix: string, out: TreeDifference[]): void {
  if (base === head) return;
  const names = new Set([...(base?.entries.keys() ?? []), ...(head?.entries.keys() ?? [])]);
  for (const name of names) {
    const before = base?.entries.get(name);
    const after = head?.entries.get(name);
    if (before === after) continue;
    const path = `${prefix}${name}`;
    const beforeTree = before?.kind === "tree" ? before : undefined;
    const afterTree = after?.kind === "tree" ? after : undefined;
    if (beforeTree || afterTree) collectDifferences(beforeTree, afterTree, `${path}/`, out);
    const beforeBlob = before?.kind === "blob" ? before : undefined;
    const afterBlob = after?.kind === "blob" ? after : undefined;
    if (beforeBlob && afterBlob) {
      if (beforeBlob.sha !== afterBlob.sha) out.push({ path, base: beforeBlob, head: afterBlob });
    } else if (beforeBlob) out.push({ path, base: beforeBlob });
    else if (afterBlob) out.push({ path, head: afterBlob });
  }
}
