// The manuals as the docs plugin loaded them, reduced to what the site's own pages need.
import type { ManualCard } from "../../src/data/types.ts";

export interface ManualDoc {
  id: string;
  title: string;
  permalink: string;
  /** Directory under manuals/: "<institution>/<department>". */
  dir: string;
  card: ManualCard | null;
  tags: string[];
  /** Absolute path of the Markdown file. */
  source: string;
}

export interface DocLike {
  id: string;
  title: string;
  permalink: string;
  sourceDirName: string;
  source: string;
  frontMatter: Record<string, unknown>;
  tags?: { label: string }[];
}

export function manualDocs(docs: readonly DocLike[], resolveSource: (source: string) => string): ManualDoc[] {
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    permalink: doc.permalink,
    dir: doc.sourceDirName,
    card: (doc.frontMatter.manual as ManualCard | undefined) ?? null,
    tags: (doc.tags ?? []).map((t) => t.label),
    source: resolveSource(doc.source),
  }));
}

export function lawKeys(doc: { card: ManualCard | null }): string[] {
  return doc.card?.laws.map((l) => l.law) ?? [];
}
