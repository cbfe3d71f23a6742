// The one git wrapper of the CLI and the site, through the git command (no library reads packs and
// handles every repository layout as faithfully as git itself). Paths cross the pipe NUL-separated
// (`-z`) and as literal pathspecs, so a file name holding a newline, a tab or a `*` is read like any
// other; blobs are read by object id as bytes, and the caller decodes them.
import { spawnSync } from "node:child_process";
import type { ChangedFile, ChangeStatus } from "../core/review/plan.ts";
import { UsageError } from "../core/messages/message-error.ts";
import { text } from "../core/messages/text.ts";

const MAX_BUFFER = 1 << 30;

function run(root: string, args: readonly string[], input?: string | Uint8Array): Buffer {
  const result = spawnSync("git", ["-c", "core.quotePath=false", "--literal-pathspecs", ...args], { cwd: root, input, maxBuffer: MAX_BUFFER });
  if (result.error || result.status !== 0) throw gitFailure(root, args, result.stderr?.toString() ?? "", result.error);
  return result.stdout;
}

const WHAT: Record<string, "git.what-diff" | "git.what-read" | "git.what-grep"> = { diff: "git.what-diff", "cat-file": "git.what-read", show: "git.what-read", grep: "git.what-grep" };

/** A failed git call as a sentence: what git was asked, and what to check (its own words only as a detail). */
export function gitFailure(root: string, args: readonly string[], stderr: string, error?: Error): UsageError {
  const said = stderr.trim().split("\n")[0] ?? "";
  if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return new UsageError("git.not-installed");
  if (/not a git repository/i.test(said) || (args[0] === "rev-parse" && args.includes("--git-dir"))) return new UsageError("git.not-repository", { root });
  if (args[0] === "rev-parse" && args.includes("--verify")) return new UsageError("git.unknown-ref", { ref: (args.at(-1) ?? "").replace(/\^\{commit\}$/, "") });
  if (args[0] === "merge-base") return new UsageError("git.no-merge-base", { base: args[1] ?? "", head: args[2] ?? "" });
  const command = args[0] ?? "";
  const what = WHAT[command];
  return new UsageError("git.failed", { what: what ? text(what) : text("git.what-other", { command }), detail: said || error?.message || "—" });
}


export function git(root: string, args: readonly string[], input?: string): string {
  return run(root, args, input).toString("utf8");
}

/** Whether root is inside a git work tree (a source archive or a generated corpus is not). */
export function isWorkTree(root: string): boolean {
  const result = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: root, encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() === "true";
}

export function resolveCommit(root: string, ref: string): string {
  return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
}

const STATUS: Record<string, ChangeStatus> = { A: "added", M: "modified", R: "renamed", C: "copied", T: "changed" };

/** Files changed between two commits, renames detected (as GitHub shows a pull request's files). */
export function changedFiles(root: string, from: string, to: string): ChangedFile[] {
  const parts = git(root, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", from, to]).split("\0").filter((p) => p !== "");
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const letter = parts[i++]![0]!;
    if (letter === "R" || letter === "C") {
      const previousFile = parts[i++]!;
      files.push({ file: parts[i++]!, previousFile, status: STATUS[letter]! });
    } else {
      files.push({ file: parts[i++]!, status: letter === "D" ? "removed" : STATUS[letter] ?? "modified" });
    }
  }
  return files;
}

export interface TreeEntry {
  path: string;
  type: "blob" | "tree" | "commit";
  /** 120000 is a symbolic link. */
  mode: string;
  oid: string;
}

function parseTree(out: string): TreeEntry[] {
  return out
    .split("\0")
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf("\t");
      const [mode = "", type = "", oid = ""] = record.slice(0, tab).split(" ");
      return { mode, type: type as TreeEntry["type"], oid, path: record.slice(tab + 1) };
    });
}

/** The tree entries for exact paths at a ref (absent paths are left out). */
export function entriesAt(root: string, ref: string, paths: readonly string[]): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (let start = 0; start < paths.length; start += 500) {
    for (const entry of parseTree(git(root, ["ls-tree", "-z", "--full-tree", ref, "--", ...paths.slice(start, start + 500)]))) entries.set(entry.path, entry);
  }
  return entries;
}

/** Every entry under a folder at a ref ("" is the root); `recursive` walks into subfolders. */
export function listTree(root: string, ref: string, folder: string, recursive = false): TreeEntry[] {
  const pathspec = folder === "" ? [] : ["--", folder.endsWith("/") ? folder : `${folder}/`];
  return parseTree(git(root, ["ls-tree", "-z", "--full-tree", ...(recursive ? ["-r"] : []), ref, ...pathspec]));
}

/** The bytes of many blobs, in one `git cat-file --batch` process; unknown ids are left out. */
export function readBlobs(root: string, oids: Iterable<string>): Map<string, Buffer> {
  const wanted = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return blobs;
  const out = run(root, ["cat-file", "--batch"], wanted.join("\n") + "\n");
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    if (newline < 0) break;
    const [oid = "", type = "", size = "0"] = out.subarray(offset, newline).toString("utf8").split(" ");
    offset = newline + 1;
    if (type === "missing") continue;
    const length = Number(size);
    blobs.set(oid, out.subarray(offset, offset + length));
    offset += length + 1;
  }
  return blobs;
}

/** Files at a ref as bytes; a missing path (or a folder) reads as null. */
export function readAtRef(root: string, ref: string, paths: readonly string[]): Map<string, Buffer | null> {
  const entries = entriesAt(root, ref, paths);
  const blobs = readBlobs(
    root,
    [...entries.values()].filter((e) => e.type === "blob").map((e) => e.oid),
  );
  return new Map(paths.map((path) => {
    const entry = entries.get(path);
    return [path, entry?.type === "blob" ? blobs.get(entry.oid) ?? null : null];
  }));
}

/** Files at a ref as UTF-8 text (the registry, schemas and configuration). */
export function readTextAtRef(root: string, ref: string, paths: readonly string[]): Map<string, string | null> {
  return new Map([...readAtRef(root, ref, paths)].map(([path, bytes]) => [path, bytes ? bytes.toString("utf8").replace(/^\uFEFF/, "") : null]));
}
