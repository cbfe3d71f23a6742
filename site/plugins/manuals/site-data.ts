// What the site knows besides the Markdown: the registry, the sections spec and the legal
// history from git. Read once per build; every hook and page builder shares it.
import { join } from "node:path";
import { isManualFile } from "../../../bot/core/review/plan.ts";
import { loadSchemaSet, registrySources } from "../../../bot/local/repository.ts";
import { loadRegistry, type Registry } from "../../../bot/core/registry.ts";
import { compileSchemas } from "../../../bot/core/schemas.ts";
import { sectionsSpec, type SectionsSpec } from "../../../bot/core/sections-spec.ts";
import type { HistoryEntry } from "../../src/data/types.ts";
import { readHistory } from "../../../bot/local/history.ts";
import { legalHistory, type CommitChanges } from "./legal-history.ts";
import { historyOf } from "./manual-card.ts";

export interface SiteData {
  root: string;
  registry: Registry | null;
  spec: SectionsSpec;
  /** Commits that touched manuals, newest first, with the core's compare of each. */
  commits: CommitChanges[];
  historyAvailable: boolean;
  shallow: boolean;
  /** Today in Korea, YYYY-MM-DD. */
  today: string;
  historyOf(file: string): HistoryEntry[];
}

export interface SiteDataInput {
  root: string;
  today: string;
  /** Where compared commits are kept between builds; null for none. */
  cacheDir: string | null;
}

export function loadSiteData({ root, today, cacheDir }: SiteDataInput): SiteData {
  const validators = compileSchemas(loadSchemaSet(root));
  const { registry } = loadRegistry(registrySources(root), validators);
  const spec = sectionsSpec(validators.sectionsSchema);
  const git = readHistory(root, "manuals/", isManualFile);
  const commits = git ? legalHistory(git, spec, cacheDir ? join(cacheDir, "legal-history.json") : null) : [];
  const lawName = (key: string) => registry?.laws[key]?.name ?? key;
  const cache = new Map<string, HistoryEntry[]>();
  return {
    root,
    registry,
    spec,
    commits,
    historyAvailable: git !== null,
    shallow: git?.shallow ?? false,
    today,
    historyOf(file) {
      let entries = cache.get(file);
      if (!entries) cache.set(file, (entries = historyOf(file, commits, lawName)));
      return entries;
    },
  };
}
