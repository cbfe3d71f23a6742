// The "법령 변경" page and its feeds: legal changes to existing manuals (law entries added,
// removed or re-versioned, legal sections rewritten) and manuals deleted, newest first. A manual's
// first version is not listed: every manual would appear once, burying the changes.
import type { Registry } from "../../../bot/core/registry.ts";
import type { LawChangeEntry } from "../../src/data/types.ts";
import type { CommitChanges } from "./legal-history.ts";
import type { ManualDoc } from "./manual-docs.ts";

export function lawChangeEntries(commits: readonly CommitChanges[], docs: readonly ManualDoc[], registry: Registry | null, limit: number): LawChangeEntry[] {
  const byFile = new Map(docs.flatMap((doc) => (doc.card ? [[doc.card.file, doc] as const] : [])));
  const byId = new Map(docs.map((doc) => [doc.id.split("/").pop() ?? doc.id, doc] as const));
  const entries: LawChangeEntry[] = [];
  for (const commit of commits) {
    for (const change of commit.manuals) {
      if (!change.legal || change.kind === "added") continue;
      const doc = byFile.get(change.file) ?? (change.id ? byId.get(change.id) : undefined);
      const department = change.department ?? "";
      entries.push({
        sha: commit.sha,
        date: commit.date,
        author: commit.author,
        message: commit.subject,
        pr: commit.pr,
        kind: change.kind,
        manual: {
          id: change.id ?? change.file,
          title: doc?.title ?? change.title ?? change.file,
          permalink: change.kind === "deleted" ? null : (doc?.permalink ?? null),
          department: registry?.departments[department]?.name.ko ?? department,
        },
        laws: change.laws.map((law) => ({
          law: law.law,
          name: registry?.laws[law.law]?.name ?? law.law,
          article: law.article,
          change: law.change,
          before: law.before ? `${law.before.article} (${law.before.version})` : null,
          after: law.after ? `${law.after.article} (${law.after.version})` : null,
          url: registry?.laws[law.law]?.url ?? null,
        })),
        sections: change.sections,
      });
      if (entries.length >= limit) return entries;
    }
  }
  return entries;
}
