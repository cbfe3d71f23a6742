// Which law entries of the front matter were added, removed or changed between two versions.
// Entries pair by law and article; an entry whose article moved within the same law is "changed".
import type { LawEntry } from "./legal-content.ts";

export interface LawChange {
  law: string;
  article: string;
  change: "added" | "removed" | "changed";
  before?: { article: string; version: string };
  after?: { article: string; version: string };
}

export function compareLawEntries(base: readonly LawEntry[], head: readonly LawEntry[]): LawChange[] {
  const changes: LawChange[] = [];
  const key = (e: LawEntry) => `${e.law}\u0000${e.article}`;
  const headByKey = new Map(head.map((e) => [key(e), e]));
  const baseByKey = new Map(base.map((e) => [key(e), e]));
  const removed: LawEntry[] = [];
  for (const entry of base) {
    const after = headByKey.get(key(entry));
    if (!after) removed.push(entry);
    else if (after.version !== entry.version) {
      changes.push({ law: entry.law, article: entry.article, change: "changed", before: { article: entry.article, version: entry.version }, after: { article: after.article, version: after.version } });
    }
  }
  const added = head.filter((e) => !baseByKey.has(key(e)));
  for (const entry of removed) {
    const index = added.findIndex((a) => a.law === entry.law);
    if (index >= 0) {
      const [after] = added.splice(index, 1);
      changes.push({ law: entry.law, article: after!.article, change: "changed", before: { article: entry.article, version: entry.version }, after: { article: after!.article, version: after!.version } });
    } else {
      changes.push({ law: entry.law, article: entry.article, change: "removed", before: { article: entry.article, version: entry.version } });
    }
  }
  for (const entry of added) changes.push({ law: entry.law, article: entry.article, change: "added", after: { article: entry.article, version: entry.version } });
  return changes.sort((a, b) => (a.law + a.article < b.law + b.article ? -1 : a.law + a.article > b.law + b.article ? 1 : 0));
}
