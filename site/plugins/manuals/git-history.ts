// The git side of the site's history: one `git log` over manuals/ and one `git cat-file --batch`
// for the file versions. Everything after this (what changed legally) is the core's compare.
import { execFileSync, spawnSync } from "node:child_process";

export interface FileChange {
  status: "A" | "M" | "D" | "R";
  /** Path after the commit (the old path for a deletion). */
  path: string;
  /** Path before the commit when git saw a rename. */
  from: string | null;
  baseBlob: string | null;
  headBlob: string | null;
}

export interface CommitRecord {
  sha: string;
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  subject: string;
  changes: FileChange[];
}

export interface GitHistory {
  /** The repository the commits come from. */
  root: string;
  commits: CommitRecord[];
  /** A shallow clone has only part of the history; the site says so rather than inventing dates. */
  shallow: boolean;
}

const NO_BLOB = /^0+$/;
const RECORD = "\x1e";
const FIELD = "\x1f";

function git(root: string, args: string[]): string {
  return execFileSync("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
}

/** null when root is not inside a git work tree (a source archive, a generated corpus). */
export function readHistory(root: string, pathspec: string, isManual: (path: string) => boolean): GitHistory | null {
  try {
    if (git(root, ["rev-parse", "--is-inside-work-tree"]).trim() !== "true") return null;
  } catch {
    return null;
  }
  let log: string;
  try {
    log = git(root, ["-c", "core.quotePath=false", "log", "-M", "--raw", "--no-abbrev", `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`, "--", pathspec]);
  } catch {
    return { root, commits: [], shallow: false }; // a repository without commits yet
  }
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  const commits: CommitRecord[] = [];
  for (const chunk of log.split(RECORD)) {
    if (!chunk.trim()) continue;
    const [header = "", ...lines] = chunk.split("\n");
    const [sha = "", date = "", author = "", subject = ""] = header.split(FIELD);
    const changes: FileChange[] = [];
    for (const line of lines) {
      // :100644 100644 <base> <head> M\tpath   or   :… R097\told\tnew
      const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([AMDRTC])\d*\t([^\t]+)(?:\t(.+))?$/.exec(line);
      if (!match) continue;
      const [, base = "", head = "", letter = "M", first = "", second] = match;
      const status = letter === "R" ? "R" : letter === "A" || letter === "C" ? "A" : letter === "D" ? "D" : "M";
      const path = second ?? first;
      const from = second ? first : null;
      if (!isManual(path) && !(from && isManual(from))) continue;
      changes.push({ status, path, from, baseBlob: NO_BLOB.test(base) ? null : base, headBlob: NO_BLOB.test(head) ? null : head });
    }
    if (changes.length) commits.push({ sha, date, author, subject, changes });
  }
  return { root, commits, shallow };
}

/** The texts of the given blobs, read in one `git cat-file --batch` process. */
export function readBlobs(root: string, blobs: Iterable<string>): Map<string, string> {
  const wanted = [...new Set(blobs)];
  const texts = new Map<string, string>();
  if (wanted.length === 0) return texts;
  const result = spawnSync("git", ["-C", root, "cat-file", "--batch"], { input: wanted.join("\n") + "\n", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git cat-file failed: ${result.stderr.toString()}`);
  const out = result.stdout;
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    if (newline < 0) break;
    const [sha = "", type = "", size = "0"] = out.subarray(offset, newline).toString("utf8").split(" ");
    if (type === "missing") {
      offset = newline + 1;
      continue;
    }
    const length = Number(size);
    texts.set(sha, out.subarray(newline + 1, newline + 1 + length).toString("utf8"));
    offset = newline + 1 + length + 1;
  }
  return texts;
}
