// The "법령 변경" page and its feeds: the law changes to existing manuals (law entries added, removed
// or re-versioned, legal sections rewritten) and manuals deleted, newest first, each said in Korean
// sentences by the core. A manual's first version is not listed (every manual would appear once,
// burying the changes), nor a rename or move that left the legal content as it was.
import { changeSentences, changesLaw } from "../../../bot/core/compare/change-sentences.ts";
import type { Registry } from "../../../bot/core/registry.ts";
import type { LawChangeEntry } from "../../src/data/types.ts";
import { describedChange, type CommitChanges } from "./legal-history.ts";
import { changeSource } from "./manual-card.ts";
import type { ManualDoc } from "./manual-docs.ts";

export function lawChangeEntries(commits: readonly CommitChanges[], docs: readonly ManualDoc[], registry: Registry | null, limit: number): LawChangeEntry[] {
  const byFile = new Map(docs.flatMap((doc) => (doc.card ? [[doc.card.file, doc] as const] : [])));
  const byId = new Map(docs.map((doc) => [doc.id.split("/").pop() ?? doc.id, doc] as const));
  const lawName = (key: string) => registry?.laws[key]?.name ?? key;
  const entries: LawChangeEntry[] = [];
  for (const commit of commits) {
    for (const change of commit.manuals) {
      if (change.kind === "added" || !changesLaw(change)) continue;
      const doc = byFile.get(change.file) ?? (change.id ? byId.get(change.id) : undefined);
      const department = change.department ?? "";
      entries.push({
        ...changeSource(commit, registry),
        kind: change.kind,
        manual: {
          id: change.id ?? change.file,
          title: doc?.title ?? change.title ?? change.file,
          permalink: change.kind === "deleted" ? null : (doc?.permalink ?? null),
          department: registry?.departments[department]?.name.ko ?? department,
        },
        sentences: changeSentences("ko", describedChange(change, registry), lawName),
        laws: [...new Set(change.laws.map((law) => law.law))].map((law) => ({ law, name: lawName(law), url: registry?.laws[law]?.url ?? null })),
      });
      if (entries.length >= limit) return entries;
    }
  }
  return entries;
}
