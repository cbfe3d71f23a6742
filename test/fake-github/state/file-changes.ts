// The changed files between two commits as GitHub lists them for a pull request or a comparison:
// status, line counts, a unified-diff patch, and renames paired the way git's rename detection does.
import { structuredPatch } from "diff";
import { diffTrees, type Blob, type Tree, type TreeDifference } from "./file-tree.ts";

export type FileStatus = "added" | "removed" | "modified" | "renamed";

export interface FileChangeRecord {
  filename: string;
  status: FileStatus;
  /** Set for renames only. */
  previousFilename?: string;
  /** The file before (absent when added) and after (absent when removed). */
  base?: Blob;
  head?: Blob;
  additions: number;
  deletions: number;
  /** Hunks only, starting at "@@" as GitHub returns them; absent for binary files. */
  patch?: string;
}

/** git's default: a removed and an added file are one renamed file when at least half of the content is shared. */
const RENAME_SIMILARITY = 0.5;
/** Pairwise similarity is quadratic; beyond this many candidate pairs only exact renames are found. */
const MAX_SIMILARITY_PAIRS = 2_500;

export function compareTrees(base: Tree | undefined, head: Tree | undefined): FileChangeRecord[] {
  const differences = diffTrees(base, head);
  const removed = differences.filter((d) => d.base && !d.head);
  const added = differences.filter((d) => d.head && !d.base);
  const renames = pairRenames(removed, added);
  const renamedFrom = new Set([...renames.values()].map((d) => d.path));
  const out: FileChangeRecord[] = [];
  for (const difference of differences) {
    if (renamedFrom.has(difference.path)) continue;
    const source = renames.get(difference.path);
    if (source) out.push(describe(difference.path, "renamed", source.base, difference.head, source.path));
    else if (difference.base && difference.head) out.push(describe(difference.path, "modified", difference.base, difference.head));
    else if (difference.head) out.push(describe(difference.path, "added", undefined, difference.head));
    else out.push(describe(difference.path, "removed", difference.base, undefined));
  }
  return out;
}

/** Maps an added path to the removed file it was renamed from. */
function pairRenames(removed: TreeDifference[], added: TreeDifference[]): Map<string, TreeDifference> {
  const renames = new Map<string, TreeDifference>();
  const removedBySha = new Map<string, TreeDifference[]>();
  for (const difference of removed) {
    const sha = (difference.base as Blob).sha;
    removedBySha.set(sha, [...(removedBySha.get(sha) ?? []), difference]);
  }
  const unpairedAdded: TreeDifference[] = [];
  for (const difference of added) {
    const candidates = removedBySha.get((difference.head as Blob).sha);
    const source = candidates?.shift();
    if (source) renames.set(difference.path, source);
    else unpairedAdded.push(difference);
  }
  const unpairedRemoved = [...removedBySha.values()].flat().filter((d) => d.base && !d.base.binary);
  const textAdded = unpairedAdded.filter((d) => d.head && !d.head.binary);
  if (unpairedRemoved.length * textAdded.length > MAX_SIMILARITY_PAIRS) return renames;
  const scored: { score: number; from: TreeDifference; to: TreeDifference }[] = [];
  for (const from of unpairedRemoved) {
    for (const to of textAdded) {
      const score = similarity((from.base as Blob).text(), (to.head as Blob).text());
      if (score >= RENAME_SIMILARITY) scored.push({ score, from, to });
    }
  }
  const used = new Set<string>();
  for (const { from, to } of scored.sort((a, b) => b.score - a.score)) {
    if (used.has(from.path) || renames.has(to.path)) continue;
    used.add(from.path);
    renames.set(to.path, from);
  }
  return renames;
}

/** Shared bytes over the larger file's bytes, counted on unchanged lines. */
function similarity(before: string, after: string): number {
  const larger = Math.max(before.length, after.length);
  if (larger === 0) return 1;
  const patch = structuredPatch("a", "b", before, after, "", "", { context: 0 });
  let changed = 0;
  for (const hunk of patch.hunks) for (const line of hunk.lines) if (line.startsWith("-")) changed += line.length;
  return Math.max(0, before.length - changed) / larger;
}

function describe(filename: string, status: FileStatus, base: Blob | undefined, head: Blob | undefined, previousFilename?: string): FileChangeRecord {
  const record: FileChangeRecord = { filename, status, additions: 0, deletions: 0 };
  if (base) record.base = base;
  if (head) record.head = head;
  if (previousFilename !== undefined) record.previousFilename = previousFilename;
  if (base?.binary || head?.binary) return record;
  const patch = structuredPatch(previousFilename ?? filename, filename, base?.text() ?? "", head?.text() ?? "", "", "", { context: 3 });
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) {
      lines.push(line);
      if (line.startsWith("+")) record.additions += 1;
      else if (line.startsWith("-")) record.deletions += 1;
    }
  }
  if (lines.length > 0) record.patch = lines.join("\n");
  return record;
}
