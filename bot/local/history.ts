// The git side of the site's history: one `git log` over manuals/ (NUL-separated, so any file name
// survives) and the file versions through the one git wrapper. Everything after this (what changed
// legally) is the core's compare.
import { decodeManual } from "../core/parse/decode.ts";
import { git, isWorkTree, readBlobs } from "./git.ts";

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

/** null when root is not inside a git work tree (a source archive, a generated corpus). */
export function readHistory(root: string, pathspec: string, isManual: (path: string) => boolean): GitHistory | null {
  if (!isWorkTree(root)) return null;
  let log: string;
  try {
    log = git(root, ["log", "-z", "-M", "--raw", "--no-abbrev", `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`, "--", pathspec]);
  } catch {
    return { root, commits: [], shallow: false }; // a repository without commits yet
  }
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  const commits: CommitRecord[] = [];
  for (const chunk of log.split(RECORD)) {
    if (!chunk.trim()) continue;
    const end = chunk.indexOf("\0");
    const [sha = "", date = "", author = "", subject = ""] = chunk.slice(0, end === -1 ? undefined : end).split(FIELD);
    const tokens = end === -1 ? [] : chunk.slice(end + 1).replace(/^\n/, "").split("\0");
    const changes: FileChange[] = [];
    for (let i = 0; i < tokens.length; ) {
      // :100644 100644 <base> <head> M   then the path, or for a rename R097 then old and new paths
      const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([AMDRTC])\d*$/.exec(tokens[i++] ?? "");
      if (!match) continue;
      const [, base = "", head = "", letter = "M"] = match;
      const first = tokens[i++] ?? "";
      const second = letter === "R" || letter === "C" ? tokens[i++] ?? "" : null;
      const status = letter === "R" ? "R" : letter === "A" || letter === "C" ? "A" : letter === "D" ? "D" : "M";
      const path = second ?? first;
      const from = second !== null ? first : null;
      if (!isManual(path) && !(from && isManual(from))) continue;
      changes.push({ status, path, from, baseBlob: NO_BLOB.test(base) ? null : base, headBlob: NO_BLOB.test(head) ? null : head });
    }
    if (changes.length) commits.push({ sha, date, author, subject, changes });
  }
  return { root, commits, shallow };
}

/** Manual versions by blob id, decoded as the check decodes a manual; one that is not a readable manual is left out. */
export function readManualBlobs(root: string, oids: Iterable<string>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [oid, bytes] of readBlobs(root, oids)) {
    const decoded = decodeManual(bytes);
    if (decoded.ok) texts.set(oid, decoded.text);
  }
  return texts;
}
