// What the site knows of the manuals, read once per build through the core: the gate's check
// (bot/local/check, cached by content) gives the registry and each manual's summary — front
// matter, the summary line and the searchable text from the same projection the review compares —
// and git gives the legal history. Every hook and page builder shares it.
import { join } from "node:path";
import { isManualFile } from "../../../bot/core/review/plan.ts";
import { loadSchemaSet } from "../../../bot/local/repository.ts";
import type { Registry } from "../../../bot/core/registry.ts";
import type { SectionsSchema } from "../../../bot/core/schemas.ts";
import { sectionsSpec, type SectionsSpec } from "../../../bot/core/sections-spec.ts";
import type { ManualSummary } from "../../../bot/core/validate/manual-summary.ts";
import { gateManuals, type GateMode } from "./gate.ts";
import type { HistoryEntry } from "../../src/data/types.ts";
import { readHistory } from "../../../bot/local/history.ts";
import { legalHistory, type CommitChanges } from "./legal-history.ts";
import { historyOf } from "./manual-card.ts";

export interface SiteData {
  root: string;
  registry: Registry | null;
  spec: SectionsSpec;
  /** Each manual the check read, by repository path. */
  manuals: Map<string, ManualSummary>;
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
  /** "fail" stops the build on a manual the check rejects; "warn" publishes it (site tests only). */
  gate: GateMode;
  warn: (message: string) => void;
}

export async function loadSiteData({ root, today, cacheDir, gate, warn }: SiteDataInput): Promise<SiteData> {
  const check = await gateManuals({ root, mode: gate, today, warn });
  const { registry } = check;
  const spec = sectionsSpec(loadSchemaSet(root).sections as SectionsSchema);
  const git = readHistory(root, "manuals/", isManualFile);
  const commits = git ? legalHistory(git, spec, cacheDir ? join(cacheDir, "legal-history.json") : null) : [];
  const cache = new Map<string, HistoryEntry[]>();
  return {
    root,
    registry,
    spec,
    manuals: new Map(check.summaries.map((summary) => [summary.file, summary])),
    commits,
    historyAvailable: git !== null,
    shallow: git?.shallow ?? false,
    today,
    historyOf(file) {
      let entries = cache.get(file);
      if (!entries) cache.set(file, (entries = historyOf(file, commits, registry)));
      return entries;
    },
  };
}
