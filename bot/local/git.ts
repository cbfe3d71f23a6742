// The few git operations the CLI needs, through the git command (no library reads packs and
// handles every repository layout as faithfully as git itself).
import { execFileSync, spawnSync } from "node:child_process";
import type { ChangedFile, ChangeStatus } from "../core/review-plan.ts";
import { UsageError } from "../core/messages/message-error.ts";
import { text } from "../core/messages/text.ts";

export function git(root: string, args: string[], input?: string): string {
  const result = spawnSync("git", args, { cwd: root, input, encoding: "utf8", maxBuffer: 1024 * 1024 * 512 });
  if (result.error || result.status !== 0) throw gitFailure(root, args, result.stderr ?? "", result.error);
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
  let output: Buffer;
  try {
    output = execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: paths.map((p) => `${ref}:${p}`).join("\n") + "\n", maxBuffer: 1024 * 1024 * 512, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    throw gitFailure(root, ["cat-file"], String((error as { stderr?: unknown }).stderr ?? ""), error as Error);
  }
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
  if (result.status !== 0) throw gitFailure(root, ["grep"], result.stderr ?? "", result.error);
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(ref.length + 1));
}
