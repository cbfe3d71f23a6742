// The review's plan and decision: which changed files matter, and from their texts the changes,
// the required approvals and their fingerprints.
import type { ManualChange, ManualPair } from "../compare/compare-manuals.ts";
import { compareManuals, type ParseVersion } from "../compare/compare-manuals.ts";
import type { BotConfig } from "../generated/config.ts";
import type { Registry } from "../generated/registry.ts";
import { isAdminFile, route, type RequiredApproval } from "../route/route.ts";
import type { SectionsSpec } from "../sections-spec.ts";
import { isManualFile, isMdxFile } from "../manual-paths.ts";

export type ChangeStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

export interface ChangedFile {
  file: string;
  status: ChangeStatus;
  /** For a rename: the path on the base side. */
  previousFile?: string;
}

export interface ReviewPlan {
  /** Manual paths to read on each side, paired. */
  manuals: { base: string | null; head: string | null }[];
  /** Registry, schema and configuration files that changed (read at the head). */
  adminFiles: { file: string; deleted: boolean }[];
  /** MDX files the change adds or edits under manuals/: never allowed, MDX runs code. */
  mdxFiles: string[];
}

export { isManualFile, isMdxFile };

export function planReview(files: readonly ChangedFile[]): ReviewPlan {
  const manuals: ReviewPlan["manuals"] = [];
  const adminFiles: ReviewPlan["adminFiles"] = [];
  const mdxFiles: string[] = [];
  for (const changed of files) {
    if (changed.status !== "removed" && isMdxFile(changed.file)) mdxFiles.push(changed.file);
    if (isAdminFile(changed.file) || (changed.previousFile && isAdminFile(changed.previousFile))) {
      adminFiles.push({ file: changed.file, deleted: changed.status === "removed" });
    }
    const headIsManual = isManualFile(changed.file);
    const baseFile = changed.status === "renamed" ? changed.previousFile ?? null : changed.status === "added" || changed.status === "copied" ? null : changed.file;
    const baseIsManual = baseFile !== null && isManualFile(baseFile);
    if (!headIsManual && !baseIsManual) continue;
    manuals.push({ base: baseIsManual ? baseFile : null, head: headIsManual && changed.status !== "removed" ? changed.file : null });
  }
  return { manuals, adminFiles, mdxFiles };
}

export interface DecideInput {
  pairs: readonly ManualPair[];
  adminFiles: readonly { file: string; text: string }[];
  registry: Registry | null;
  config: BotConfig | null;
  spec: SectionsSpec;
  /** How to parse a manual version (a review remembers, so each is parsed once per event). */
  parse?: ParseVersion;
}

export interface Decision {
  changes: ManualChange[];
  required: RequiredApproval[];
}

export function decide(input: DecideInput): Decision {
  const changes = compareManuals(input.pairs, input.spec, input.parse);
  const required = route({ changes, adminFiles: input.adminFiles, registry: input.registry, config: input.config });
  return { changes, required };
}

/** Rule id → fingerprint, for the fingerprints of a commit an approval was given on. */
export function fingerprintsOf(required: readonly RequiredApproval[]): Map<string, string> {
  return new Map(required.map((r) => [r.id, r.fingerprint]));
}
