// What every repository-wide rule receives: all manuals' summaries, the registry, the
// repository's files, and today's date (passed in, so the rules stay pure and testable).
import type { Finding } from "../../findings.ts";
import type { Registry } from "../../generated/registry.ts";
import type { ManualSummary } from "../manual-summary.ts";
import type { IdIndex } from "./unique-ids.ts";

export interface SpecialEntry {
  /** Repository-relative path under manuals/. */
  path: string;
  kind: "mdx" | "symlink";
  /** For a symlink: where it points, as written. */
  target?: string;
  /** For a symlink: whether the target resolves outside the repository. */
  outside?: boolean;
}

/** What the rules read. A warm check reuses their findings while a digest of it is unchanged (bot/local/check/run-check.ts, repositoryInputs): a new field belongs there too. */
export interface RepositoryContext {
  manuals: readonly ManualSummary[];
  registry: Registry | null;
  /** Every file in the repository (repository-relative, forward slashes), for link resolution. */
  files: ReadonlySet<string>;
  special: readonly SpecialEntry[];
  /** YYYY-MM-DD */
  today: string;
  /** Every manual's id in the repository, when only some manuals are given above (`manuals check <path>`). */
  ids?: IdIndex;
}

export type RepositoryRule = (context: RepositoryContext) => Finding[];
