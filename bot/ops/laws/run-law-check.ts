// `manuals laws check` without the printing, in numbered steps. Every question to the law service
// is answered before anything is written, so a failure changes neither issues nor laws.yml.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BotConfig, Registry } from "../../core/registry.ts";
import { registryFiles } from "../../core/registry.ts";
import type { ManualSummary } from "../../core/validate/manual-summary.ts";
import { fileUrl, type GitHubTarget } from "../github/github-target.ts";
import type { DesiredIssue } from "../issues/desired-issue.ts";
import type { IssueStore } from "../issues/issue-store.ts";
import { syncIssues, type SyncResult } from "../issues/sync-issues.ts";
import type { LawStatus } from "./amendments.ts";
import { checkLaws } from "./check-laws.ts";
import { citingManuals, type CitingManual } from "../../core/laws/citing-manuals.ts";
import type { LawApi } from "./law-api.ts";
import { LAW_CLOSING_COMMENT, LAW_KIND, LAW_LABEL, lawIssue } from "./law-issues.ts";
import { writeEffective } from "./write-effective.ts";

export interface LawReport {
  statuses: (LawStatus & { citing: CitingManual[] })[];
  issues: DesiredIssue[];
  synced: SyncResult[] | null;
  /** Keys whose effective date was written to laws.yml. */
  written: string[];
}

export interface LawCheckParams {
  root: string;
  registry: Registry;
  config: BotConfig | null;
  index: readonly ManualSummary[];
  api: LawApi;
  today: string;
  keys?: readonly string[];
  /** Where issues go; null to only report. */
  issues: { store: IssueStore; target: Pick<GitHubTarget, "owner" | "repo" | "serverUrl"> } | null;
  /** Links in the report when there is no GitHub target. */
  linkBase?: Pick<GitHubTarget, "owner" | "repo" | "serverUrl">;
  write: boolean;
}

export async function runLawCheck(params: LawCheckParams): Promise<LawReport> {
  // 1. Ask the service about every law (throws on any failure, before any change).
  const found = await checkLaws({ registry: params.registry, api: params.api, keys: params.keys });

  // 2. Which manuals cite each law, and the issue each law needs.
  const target = params.issues?.target ?? params.linkBase;
  const link = (path: string) => (target ? fileUrl(target, path) : path);
  const statuses = found.map((status) => ({ ...status, citing: citingManuals(params.index, status.key) }));
  const issues = statuses.flatMap((status) => {
    const issue = lawIssue({ status, citing: status.citing, registry: params.registry, today: params.today, link, admins: params.config?.admins.users ?? [] });
    return issue ? [issue] : [];
  });

  // 3. Keep one issue per law. Laws not checked this time (not found, or not asked) keep theirs.
  let synced: SyncResult[] | null = null;
  if (params.issues) {
    const checked = new Set(statuses.filter((s) => s.state !== "not-found").map((s) => s.key));
    const keep = new Set(Object.keys(params.registry.laws).filter((key) => !checked.has(key)));
    synced = await syncIssues({ store: params.issues.store, label: LAW_LABEL, kind: LAW_KIND, desired: issues, keep, closingComment: LAW_CLOSING_COMMENT });
  }

  // 4. Optionally bring laws.yml's effective dates up to the service's.
  let written: string[] = [];
  if (params.write) {
    const updates = statuses.filter((s) => s.state === "amended" && s.found).map((s) => ({ key: s.key, effective: s.found!.effective }));
    if (updates.length) {
      const path = join(params.root, registryFiles.laws);
      const result = writeEffective(readFileSync(path, "utf8"), updates);
      if (result.changed.length) writeFileSync(path, result.text);
      written = result.changed;
    }
  }
  return { statuses, issues, synced, written };
}
