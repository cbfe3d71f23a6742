// Which commit approved each manual's text: the newest commit on the branch that touched the file,
// and only when the working tree still holds exactly that text (the file's git blob id equals the
// one at HEAD). A file changed since, or a tree without git history, gets no approval: the books
// then say so rather than print a commit the text did not come from.
import { createHash } from "node:crypto";
import type { Approval } from "../../core/book/book.ts";
import { isManualFile } from "../../core/manual-paths.ts";
import { isWorkTree, listTree } from "../git.ts";
import { readHistory } from "../history.ts";

export function gitBlobId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

export interface ApprovalLookup {
  (file: string, bytes: Uint8Array): Approval | null;
}

export function readApprovals(root: string): ApprovalLookup {
  if (!isWorkTree(root)) return () => null;
  const history = readHistory(root, "manuals/", isManualFile);
  const latest = new Map<string, Approval>();
  for (const commit of history?.commits ?? []) {
    for (const change of commit.changes) {
      if (change.status !== "D" && !latest.has(change.path)) latest.set(change.path, { sha: commit.sha, date: commit.date.slice(0, 10) });
    }
  }
  let head: Map<string, string>;
  try {
    head = new Map(listTree(root, "HEAD", "manuals", true).map((e) => [e.path, e.oid]));
  } catch {
    head = new Map(); // no commits yet
  }
  return (file, bytes) => (head.get(file) === gitBlobId(bytes) ? latest.get(file) ?? null : null);
}
