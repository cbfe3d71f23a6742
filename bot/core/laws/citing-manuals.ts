// The manuals citing a law, from the same front-matter index `manuals impact` reads.
import type { ManualSummary } from "../validate/manual-summary.ts";

export interface CitingManual {
  file: string;
  id: string | null;
  title: string | null;
  department: string | null;
  owner: string | null;
  deputy: string | null;
  cites: { article: string; version: string }[];
}

export function citingManuals(index: readonly ManualSummary[], lawKey: string): CitingManual[] {
  return index
    .map((m) => ({
      file: m.file,
      id: m.id?.value ?? null,
      title: m.title ?? null,
      department: m.department?.value ?? null,
      owner: m.owner?.value ?? null,
      deputy: m.deputy?.value ?? null,
      cites: m.laws.filter((l) => l.law === lawKey).map((l) => ({ article: l.article, version: l.version })),
    }))
    .filter((m) => m.cites.length > 0)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** "제16조제1항" cites article 제16조; "제6조의2" is its own article. */
export function baseArticle(article: string): string {
  return /^제\d+조(?:의\d+)?/.exec(article.replace(/\s+/g, ""))?.[0] ?? article;
}
