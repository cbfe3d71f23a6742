// The few git operations the CLI needs, through the git command (no library reads packs and
// handles every repository layout as faithfully as git itself).
import { execFileSync, spawnSync } from "node:child_process";
import type { ChangedFile, ChangeStatus } from "../core/review-plan.ts";
import { UsageError } from "../cli/usage-error.ts";

export function git(root: string, args: string[], input?: string): string {
  const result = spawnSync("git", args, { cwd: root, input, encoding: "utf8", maxBuffer: 1024 * 1024 * 512 });
  if (result.error || result.status !== 0) {
    throw new UsageError("cli.git", { detail: `git ${args.join(" ")}: ${(result.stderr || result.error?.message || "").trim().split("\n")[0]}` });
  }
  return result.stdout;
}

export function resolveCommit(root: string, ref: string): string {
  return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
}

const STATUS: Record<string, ChangeStatus> = { A: "added", M: "modified", R: "renamed", C: "copied", T: "changed" };

/** Files changed between two commits, renames detected (as GitHub shows a pull request's files). */
export function changedFiles(root: string, from: string, to: string): ChangedFile[] {
  const out = git(root, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", from, to]);
  const parts = out.split("\0").filter((p) => p !== "");
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++]!;
    const letter = code[0]!;
    if (letter === "R" || letter === "C") {
      const previousFile = parts[i++]!;
      const file = parts[i++]!;
      files.push({ file, previousFile, status: STATUS[letter]! });
    } else {
      const file = parts[i++]!;
      files.push({ file, status: letter === "D" ? "removed" : STATUS[letter] ?? "modified" });
    }
  }
  return files;
}

/** Reads many blobs in one git process; a missing path reads as null. */
export function readAtRef(root: string, ref: string, paths: readonly string[]): Map<string, string | null> {
  const result = new Map<string, string | null>();
  if (paths.length === 0) return result;
  const output = execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: paths.map((p) => `${ref}:${p}`).join("\n") + "\n", maxBuffer: 1024 * 1024 * 512 });
  let offset = 0;
  for (const path of paths) {
    const newline = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, newline).toString("utf8");
    offset = newline + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.set(path, null);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    result.set(path, output.subarray(offset, offset + size).toString("utf8"));
    offset += size + 1;
  }
  return result;
}

/** Paths under manuals/ at a ref whose text contains the fixed string. */
export function grepFiles(root: string, ref: string, needle: string): string[] {
  const result = spawnSync("git", ["grep", "-l", "-F", "-e", needle, ref, "--", "manuals/"], { cwd: root, encoding: "utf8", maxBuffer: 1024 * 1024 * 64 });
  if (result.status === 1) return [];
  if (result.status !== 0) throw new UsageError("cli.git", { detail: `git grep: ${result.stderr.trim()}` });
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(ref.length + 1));
}
