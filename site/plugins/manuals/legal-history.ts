// Legal history: for each commit that touched manuals, the core's compare over the manual texts
// before and after it. Results are cached per commit (a commit's content never changes), so a
// rebuild only compares commits it has not seen.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { compareManuals, type ManualPair } from "../../../bot/core/compare/compare-manuals.ts";
import type { LawChange } from "../../../bot/core/compare/law-changes.ts";
import type { SectionsSpec } from "../../../bot/core/sections-spec.ts";
import type { DescribedChange } from "../../../bot/core/compare/change-sentences.ts";
import type { Registry } from "../../../bot/core/registry.ts";
import { readManualBlobs, type CommitRecord, type GitHistory } from "../../../bot/local/history.ts";

/** What the site keeps of one manual's change in one commit. */
export interface ManualChangeRecord {
  file: string;
  previousFile: string | null;
  id: string | null;
  title: string | null;
  department: string | null;
  /** The department before the change, when it was moved. */
  previousDepartment: string | null;
  kind: "added" | "deleted" | "moved" | "modified";
  legal: boolean;
  laws: LawChange[];
  /** Korean titles of the legal sections whose statements changed. */
  sections: string[];
}

export interface CommitChanges {
  sha: string;
  date: string;
  author: string;
  subject: string;
  pr: number | null;
  manuals: ManualChangeRecord[];
}

/** "Fix the fee table (#123)" → 123; squash and merge commits on GitHub carry the number so. */
export function pullRequestOf(subject: string): number | null {
  const squash = /\(#(\d+)\)\s*$/.exec(subject) ?? /\(#(\d+)\)/.exec(subject);
  if (squash) return Number(squash[1]);
  const merge = /^Merge pull request #(\d+)\b/.exec(subject);
  return merge ? Number(merge[1]) : null;
}

function pairsOf(commit: CommitRecord, texts: Map<string, string>): ManualPair[] {
  return commit.changes.map((change) => ({
    base: change.baseBlob ? { file: change.from ?? change.path, text: texts.get(change.baseBlob) ?? "" } : null,
    head: change.headBlob ? { file: change.path, text: texts.get(change.headBlob) ?? "" } : null,
  }));
}

function compareCommit(commit: CommitRecord, texts: Map<string, string>, spec: SectionsSpec): ManualChangeRecord[] {
  return compareManuals(pairsOf(commit, texts), spec).map((change) => ({
    file: change.file,
    previousFile: change.previousFile ?? null,
    id: change.id,
    title: change.title,
    department: change.head?.department ?? change.base?.department ?? null,
    previousDepartment: change.kind === "moved" ? (change.base?.department ?? null) : null,
    kind: change.kind,
    legal: change.legal,
    laws: change.laws,
    sections: change.sections.map((s) => s.title.ko),
  }));
}

interface CacheFile {
  key: string;
  commits: Record<string, ManualChangeRecord[]>;
}

/**
 * The legal history of the manuals, newest commit first. `cacheFile` keeps compared commits
 * between builds; its key covers the sections spec, so a schema change recompares everything.
 */
export function legalHistory(history: GitHistory, spec: SectionsSpec, cacheFile: string | null): CommitChanges[] {
  const key = createHash("sha1").update(JSON.stringify(spec)).update("v2").digest("hex");
  let cache: CacheFile = { key, commits: {} };
  if (cacheFile) {
    try {
      const stored = JSON.parse(readFileSync(cacheFile, "utf8")) as CacheFile;
      if (stored.key === key) cache = stored;
    } catch {
      // no cache yet
    }
  }
  const missing = history.commits.filter((c) => !cache.commits[c.sha]);
  if (missing.length) {
    const texts = readManualBlobs(
      history.root,
      missing.flatMap((c) => c.changes.flatMap((ch) => [ch.baseBlob, ch.headBlob].filter((b): b is string => b !== null))),
    );
    for (const commit of missing) cache.commits[commit.sha] = compareCommit(commit, texts, spec);
    if (cacheFile) {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile + ".tmp", JSON.stringify(cache));
      renameSync(cacheFile + ".tmp", cacheFile);
    }
  }
  return history.commits.map((commit) => ({
    sha: commit.sha,
    date: commit.date,
    author: commit.author,
    subject: commit.subject,
    pr: pullRequestOf(commit.subject),
    manuals: cache.commits[commit.sha] ?? [],
  }));
}

const fileName = (path: string) => path.split("/").pop() ?? path;

/** A record as the core's change sentences take it: a move names the departments when it crossed them, else the files. */
export function describedChange(record: ManualChangeRecord, registry: Registry | null): DescribedChange {
  const departmentName = (key: string) => registry?.departments[key]?.name.ko ?? key;
  const crossed = !!record.previousDepartment && !!record.department && record.previousDepartment !== record.department;
  const move =
    record.kind !== "moved"
      ? null
      : crossed
        ? { departments: true, from: departmentName(record.previousDepartment!), to: departmentName(record.department!) }
        : { departments: false, from: fileName(record.previousFile ?? record.file), to: fileName(record.file) };
  return { kind: record.kind, laws: record.laws, sections: record.sections, move };
}
